//===- ASTDump.cpp - Readable AST dumps -----------------------------------===//

#include "frontend/ASTDump.h"

#include <cstdio>
#include <ostream>
#include <sstream>

namespace krait::ast {

std::string quoteString(const std::string &text) {
    std::string out = "\"";
    for (unsigned char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20 || c >= 0x7F) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out + "\"";
}

namespace {

class Dumper {
  public:
    Dumper(std::ostream &os, DumpOptions options) : os_(os), opts_(options) {}

    void node(const Node &n, int indent) {
        if (auto *m = dyn_cast<Module>(&n)) {
            os_ << "(Module";
            stmts(m->body, indent + 1);
            os_ << ')';
        } else if (auto *s = dyn_cast<Stmt>(&n)) {
            stmt(*s, indent);
        } else {
            expr(*cast<Expr>(&n));
        }
    }

  private:
    std::ostream &os_;
    DumpOptions opts_;

    void newline(int indent) { os_ << '\n' << std::string(static_cast<size_t>(indent) * 2, ' '); }

    void binding(const NameBinding &b) {
        if (!opts_.bindings) return;
        os_ << ' ' << bindingKindName(b.kind);
        if (b.kind == BindingKind::Local || b.kind == BindingKind::Cell ||
            b.kind == BindingKind::Free)
            os_ << ':' << b.index;
    }

    static const char *ctxName(ExprContext ctx) {
        return ctx == ExprContext::Store ? " store" : ctx == ExprContext::Del ? " del" : "";
    }

    void optExpr(const ExprPtr &e) {
        if (e)
            expr(*e);
        else
            os_ << '_';
    }

    void exprs(const ExprList &list) {
        for (const auto &e : list) {
            os_ << ' ';
            optExpr(e);
        }
    }

    void keywords(const std::vector<Keyword> &kws) {
        for (const auto &kw : kws) {
            os_ << " (kw " << (kw.name.empty() ? "**" : kw.name) << ' ';
            expr(*kw.value);
            os_ << ')';
        }
    }

    void arg(const Arg &a) {
        os_ << a.name;
        if (a.annotation) {
            os_ << ':';
            expr(*a.annotation);
        }
        if (opts_.bindings) {
            os_ << '{';
            os_ << bindingKindName(a.binding.kind) << ':' << a.binding.index;
            os_ << '}';
        }
    }

    void arguments(const Arguments &args) {
        os_ << "(args";
        size_t positional = args.posonly.size() + args.args.size();
        size_t firstDefault = positional - args.defaults.size();
        size_t i = 0;
        auto positionalArg = [&](const Arg &a) {
            os_ << ' ';
            arg(a);
            if (i >= firstDefault) {
                os_ << '=';
                expr(*args.defaults[i - firstDefault]);
            }
            ++i;
        };
        for (const auto &a : args.posonly)
            positionalArg(a);
        if (!args.posonly.empty()) os_ << " /";
        for (const auto &a : args.args)
            positionalArg(a);
        if (args.vararg) {
            os_ << " *";
            arg(*args.vararg);
        } else if (!args.kwonly.empty()) {
            os_ << " *";
        }
        for (size_t k = 0; k < args.kwonly.size(); ++k) {
            os_ << ' ';
            arg(args.kwonly[k]);
            if (args.kwDefaults[k]) {
                os_ << '=';
                expr(*args.kwDefaults[k]);
            }
        }
        if (args.kwarg) {
            os_ << " **";
            arg(*args.kwarg);
        }
        os_ << ')';
    }

    void comprehensions(const std::vector<Comprehension> &gens) {
        for (const auto &g : gens) {
            os_ << (g.isAsync ? " (async-for " : " (for ");
            expr(*g.target);
            os_ << ' ';
            expr(*g.iter);
            for (const auto &c : g.ifs) {
                os_ << " (if ";
                expr(*c);
                os_ << ')';
            }
            os_ << ')';
        }
    }

    void constant(const Constant &c) {
        switch (c.constKind) {
        case ConstantKind::Int:
            os_ << "(Int "
                << (c.base == 16  ? "0x"
                    : c.base == 8 ? "0o"
                    : c.base == 2 ? "0b"
                                  : "")
                << c.text << ')';
            break;
        case ConstantKind::Float:
            os_ << "(Float " << c.text << ')';
            break;
        case ConstantKind::Imaginary:
            os_ << "(Imag " << c.text << "j)";
            break;
        case ConstantKind::Str:
            os_ << "(Str " << quoteString(c.text) << ')';
            break;
        case ConstantKind::Bytes:
            os_ << "(Bytes b" << quoteString(c.text) << ')';
            break;
        case ConstantKind::True:
            os_ << "True";
            break;
        case ConstantKind::False:
            os_ << "False";
            break;
        case ConstantKind::None:
            os_ << "None";
            break;
        case ConstantKind::Ellipsis:
            os_ << "...";
            break;
        }
    }

    void expr(const Expr &e) {
        switch (e.kind()) {
        case NodeKind::Name: {
            auto &n = *cast<Name>(&e);
            os_ << "(Name " << n.id << ctxName(n.ctx);
            binding(n.binding);
            os_ << ')';
            return;
        }
        case NodeKind::Constant:
            constant(*cast<Constant>(&e));
            return;
        case NodeKind::JoinedStr:
            os_ << "(JoinedStr";
            exprs(cast<JoinedStr>(&e)->values);
            os_ << ')';
            return;
        case NodeKind::FormattedValue: {
            auto &f = *cast<FormattedValue>(&e);
            os_ << "(FormattedValue ";
            expr(*f.value);
            if (f.conversion) os_ << " !" << f.conversion;
            if (f.formatSpec) {
                os_ << ' ';
                expr(*f.formatSpec);
            }
            os_ << ')';
            return;
        }
        case NodeKind::BinOp: {
            auto &b = *cast<BinOp>(&e);
            os_ << "(BinOp " << spelling(b.op) << ' ';
            expr(*b.left);
            os_ << ' ';
            expr(*b.right);
            os_ << ')';
            return;
        }
        case NodeKind::UnaryOp: {
            auto &u = *cast<UnaryOp>(&e);
            os_ << "(UnaryOp " << spelling(u.op) << ' ';
            expr(*u.operand);
            os_ << ')';
            return;
        }
        case NodeKind::BoolOp: {
            auto &b = *cast<BoolOp>(&e);
            os_ << "(BoolOp " << spelling(b.op);
            exprs(b.values);
            os_ << ')';
            return;
        }
        case NodeKind::Compare: {
            auto &c = *cast<Compare>(&e);
            os_ << "(Compare ";
            expr(*c.left);
            for (size_t i = 0; i < c.ops.size(); ++i) {
                os_ << ' ' << spelling(c.ops[i]) << ' ';
                expr(*c.comparators[i]);
            }
            os_ << ')';
            return;
        }
        case NodeKind::Call: {
            auto &c = *cast<Call>(&e);
            os_ << "(Call ";
            expr(*c.func);
            exprs(c.args);
            keywords(c.keywords);
            os_ << ')';
            return;
        }
        case NodeKind::Attribute: {
            auto &a = *cast<Attribute>(&e);
            os_ << "(Attribute ";
            expr(*a.value);
            os_ << ' ' << a.attr << ctxName(a.ctx) << ')';
            return;
        }
        case NodeKind::Subscript: {
            auto &s = *cast<Subscript>(&e);
            os_ << "(Subscript ";
            expr(*s.value);
            os_ << ' ';
            expr(*s.slice);
            os_ << ctxName(s.ctx) << ')';
            return;
        }
        case NodeKind::Slice: {
            auto &s = *cast<Slice>(&e);
            os_ << "(Slice ";
            optExpr(s.lower);
            os_ << ' ';
            optExpr(s.upper);
            os_ << ' ';
            optExpr(s.step);
            os_ << ')';
            return;
        }
        case NodeKind::Tuple: {
            auto &t = *cast<Tuple>(&e);
            os_ << "(Tuple";
            exprs(t.elts);
            os_ << ctxName(t.ctx) << ')';
            return;
        }
        case NodeKind::List: {
            auto &l = *cast<List>(&e);
            os_ << "(List";
            exprs(l.elts);
            os_ << ctxName(l.ctx) << ')';
            return;
        }
        case NodeKind::Set:
            os_ << "(Set";
            exprs(cast<Set>(&e)->elts);
            os_ << ')';
            return;
        case NodeKind::Dict: {
            auto &d = *cast<Dict>(&e);
            os_ << "(Dict";
            for (size_t i = 0; i < d.keys.size(); ++i) {
                os_ << " (";
                if (d.keys[i])
                    expr(*d.keys[i]);
                else
                    os_ << "**";
                os_ << ' ';
                expr(*d.values[i]);
                os_ << ')';
            }
            os_ << ')';
            return;
        }
        case NodeKind::ListComp:
        case NodeKind::SetComp:
        case NodeKind::GeneratorExp: {
            os_ << '(' << nodeKindName(e.kind()) << ' ';
            const Expr *elt = isa<ListComp>(&e)  ? cast<ListComp>(&e)->elt.get()
                              : isa<SetComp>(&e) ? cast<SetComp>(&e)->elt.get()
                                                 : cast<GeneratorExp>(&e)->elt.get();
            expr(*elt);
            comprehensions(cast<ComprehensionExpr>(&e)->generators);
            os_ << ')';
            return;
        }
        case NodeKind::DictComp: {
            auto &d = *cast<DictComp>(&e);
            os_ << "(DictComp ";
            expr(*d.key);
            os_ << ' ';
            expr(*d.value);
            comprehensions(d.generators);
            os_ << ')';
            return;
        }
        case NodeKind::IfExp: {
            auto &i = *cast<IfExp>(&e);
            os_ << "(IfExp ";
            expr(*i.test);
            os_ << ' ';
            expr(*i.body);
            os_ << ' ';
            expr(*i.orelse);
            os_ << ')';
            return;
        }
        case NodeKind::Lambda: {
            auto &l = *cast<Lambda>(&e);
            os_ << "(Lambda ";
            arguments(l.args);
            os_ << ' ';
            expr(*l.body);
            os_ << ')';
            return;
        }
        case NodeKind::NamedExpr: {
            auto &n = *cast<NamedExpr>(&e);
            os_ << "(NamedExpr ";
            expr(*n.target);
            os_ << ' ';
            expr(*n.value);
            os_ << ')';
            return;
        }
        case NodeKind::Starred: {
            auto &s = *cast<Starred>(&e);
            os_ << "(Starred ";
            expr(*s.value);
            os_ << ctxName(s.ctx) << ')';
            return;
        }
        case NodeKind::Yield: {
            auto &y = *cast<Yield>(&e);
            os_ << "(Yield";
            if (y.value) {
                os_ << ' ';
                expr(*y.value);
            }
            os_ << ')';
            return;
        }
        case NodeKind::YieldFrom:
            os_ << "(YieldFrom ";
            expr(*cast<YieldFrom>(&e)->value);
            os_ << ')';
            return;
        case NodeKind::Await:
            os_ << "(Await ";
            expr(*cast<Await>(&e)->value);
            os_ << ')';
            return;
        default:
            os_ << "(?" << nodeKindName(e.kind()) << ')';
            return;
        }
    }

    void stmts(const StmtList &list, int indent) {
        for (const auto &s : list) {
            newline(indent);
            stmt(*s, indent);
        }
    }

    void block(const char *label, const StmtList &list, int indent) {
        if (list.empty()) return;
        newline(indent);
        os_ << '(' << label;
        stmts(list, indent + 1);
        os_ << ')';
    }

    void aliases(const std::vector<Alias> &names) {
        for (size_t i = 0; i < names.size(); ++i) {
            os_ << (i ? ", " : " ") << names[i].name;
            if (!names[i].asname.empty()) os_ << " as " << names[i].asname;
            binding(names[i].binding);
        }
    }

    void stmt(const Stmt &s, int indent) {
        switch (s.kind()) {
        case NodeKind::ExprStmt:
            os_ << "(Expr ";
            expr(*cast<ExprStmt>(&s)->value);
            os_ << ')';
            return;
        case NodeKind::Assign: {
            auto &a = *cast<Assign>(&s);
            os_ << "(Assign";
            exprs(a.targets);
            os_ << ' ';
            expr(*a.value);
            os_ << ')';
            return;
        }
        case NodeKind::AugAssign: {
            auto &a = *cast<AugAssign>(&s);
            os_ << "(AugAssign ";
            expr(*a.target);
            os_ << ' ' << spelling(a.op) << "= ";
            expr(*a.value);
            os_ << ')';
            return;
        }
        case NodeKind::AnnAssign: {
            auto &a = *cast<AnnAssign>(&s);
            os_ << "(AnnAssign ";
            expr(*a.target);
            os_ << ' ';
            expr(*a.annotation);
            if (a.value) {
                os_ << ' ';
                expr(*a.value);
            }
            if (!a.simple) os_ << " not-simple";
            os_ << ')';
            return;
        }
        case NodeKind::Delete:
            os_ << "(Delete";
            exprs(cast<Delete>(&s)->targets);
            os_ << ')';
            return;
        case NodeKind::Pass:
            os_ << "(Pass)";
            return;
        case NodeKind::Break:
            os_ << "(Break)";
            return;
        case NodeKind::Continue:
            os_ << "(Continue)";
            return;
        case NodeKind::Return: {
            auto &r = *cast<Return>(&s);
            os_ << "(Return";
            if (r.value) {
                os_ << ' ';
                expr(*r.value);
            }
            os_ << ')';
            return;
        }
        case NodeKind::Raise: {
            auto &r = *cast<Raise>(&s);
            os_ << "(Raise";
            if (r.exc) {
                os_ << ' ';
                expr(*r.exc);
            }
            if (r.cause) {
                os_ << " (from ";
                expr(*r.cause);
                os_ << ')';
            }
            os_ << ')';
            return;
        }
        case NodeKind::Global:
        case NodeKind::Nonlocal: {
            bool g = isa<Global>(&s);
            const auto &names = g ? cast<Global>(&s)->names : cast<Nonlocal>(&s)->names;
            os_ << (g ? "(Global" : "(Nonlocal");
            for (const auto &n : names)
                os_ << ' ' << n;
            os_ << ')';
            return;
        }
        case NodeKind::If: {
            auto &i = *cast<If>(&s);
            os_ << "(If ";
            expr(*i.test);
            block("body", i.body, indent + 1);
            block("orelse", i.orelse, indent + 1);
            os_ << ')';
            return;
        }
        case NodeKind::While: {
            auto &w = *cast<While>(&s);
            os_ << "(While ";
            expr(*w.test);
            block("body", w.body, indent + 1);
            block("orelse", w.orelse, indent + 1);
            os_ << ')';
            return;
        }
        case NodeKind::For: {
            auto &f = *cast<For>(&s);
            os_ << (f.isAsync ? "(AsyncFor " : "(For ");
            expr(*f.target);
            os_ << ' ';
            expr(*f.iter);
            block("body", f.body, indent + 1);
            block("orelse", f.orelse, indent + 1);
            os_ << ')';
            return;
        }
        case NodeKind::Try: {
            auto &t = *cast<Try>(&s);
            os_ << "(Try";
            block("body", t.body, indent + 1);
            for (const auto &h : t.handlers) {
                newline(indent + 1);
                os_ << "(except";
                if (h.type) {
                    os_ << ' ';
                    expr(*h.type);
                }
                if (!h.name.empty()) {
                    os_ << " as " << h.name;
                    binding(h.nameBinding);
                }
                stmts(h.body, indent + 2);
                os_ << ')';
            }
            block("orelse", t.orelse, indent + 1);
            block("finally", t.finalbody, indent + 1);
            os_ << ')';
            return;
        }
        case NodeKind::With: {
            auto &w = *cast<With>(&s);
            os_ << (w.isAsync ? "(AsyncWith" : "(With");
            for (const auto &item : w.items) {
                os_ << " (";
                expr(*item.contextExpr);
                if (item.optionalVars) {
                    os_ << " as ";
                    expr(*item.optionalVars);
                }
                os_ << ')';
            }
            block("body", w.body, indent + 1);
            os_ << ')';
            return;
        }
        case NodeKind::FunctionDef: {
            auto &f = *cast<FunctionDef>(&s);
            os_ << (f.isAsync ? "(AsyncFunctionDef " : "(FunctionDef ") << f.name;
            binding(f.nameBinding);
            os_ << ' ';
            arguments(f.args);
            if (!f.decorators.empty()) {
                os_ << " (decorators";
                exprs(f.decorators);
                os_ << ')';
            }
            if (f.returns) {
                os_ << " (returns ";
                expr(*f.returns);
                os_ << ')';
            }
            block("body", f.body, indent + 1);
            os_ << ')';
            return;
        }
        case NodeKind::ClassDef: {
            auto &c = *cast<ClassDef>(&s);
            os_ << "(ClassDef " << c.name;
            binding(c.nameBinding);
            if (!c.bases.empty() || !c.keywords.empty()) {
                os_ << " (bases";
                exprs(c.bases);
                keywords(c.keywords);
                os_ << ')';
            }
            if (!c.decorators.empty()) {
                os_ << " (decorators";
                exprs(c.decorators);
                os_ << ')';
            }
            block("body", c.body, indent + 1);
            os_ << ')';
            return;
        }
        case NodeKind::Import:
            os_ << "(Import";
            aliases(cast<Import>(&s)->names);
            os_ << ')';
            return;
        case NodeKind::ImportFrom: {
            auto &i = *cast<ImportFrom>(&s);
            os_ << "(ImportFrom " << std::string(i.level, '.') << i.module << " import";
            aliases(i.names);
            os_ << ')';
            return;
        }
        case NodeKind::Assert: {
            auto &a = *cast<Assert>(&s);
            os_ << "(Assert ";
            expr(*a.test);
            if (a.msg) {
                os_ << ' ';
                expr(*a.msg);
            }
            os_ << ')';
            return;
        }
        default:
            os_ << "(?" << nodeKindName(s.kind()) << ')';
            return;
        }
    }
};

} // namespace

void dump(const Node &node, std::ostream &os, DumpOptions options) {
    Dumper(os, options).node(node, 0);
}

std::string dumpToString(const Node &node, DumpOptions options) {
    std::ostringstream os;
    dump(node, os, options);
    return os.str();
}

} // namespace krait::ast
