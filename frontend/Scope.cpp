//===- Scope.cpp - Scope analysis -----------------------------------------===//
///
/// Three steps, in the manner of CPython's symtable:
///  1. collect: walk the AST, create a Scope per scope-introducing node and
///     record, per scope, which names are bound, used and declared
///     global/nonlocal (and check declaration errors);
///  2. resolve: classify every name of every scope (local, cell, free,
///     global, class) and record captures through intermediate scopes;
///  3. fill: number slots, cells and free variables, then walk the AST again
///     and store the final binding in every name occurrence.
///
//===----------------------------------------------------------------------===//

#include "frontend/Scope.h"
#include "frontend/AST.h"
#include "frontend/Diagnostics.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace krait {

using namespace ast;

namespace {

/// How a name is classified in one scope before numbering.
enum class Res { Local, Free, Global, Class };

/// Analysis-private facts about one scope.
struct ScopeData {
    std::vector<std::string> order;            ///< Every name mentioned, params first.
    std::unordered_set<std::string> mentioned; ///< Same names, for lookup.
    std::unordered_set<std::string> assigned;  ///< Bound here (store/del/def/import/param).
    std::unordered_set<std::string> params;
    std::unordered_set<std::string> globals;            ///< Declared global.
    std::unordered_set<std::string> nonlocals;          ///< Declared nonlocal.
    std::unordered_set<std::string> walrusNonlocal;     ///< Comprehension: bound by := outside.
    std::unordered_map<std::string, SourceLoc> declLoc; ///< Where global/nonlocal was declared.
    std::unordered_map<std::string, Res> res;
    std::unordered_set<std::string> captured; ///< Locals some inner scope reads: cells.
};

class ScopeBuilder {
  public:
    ScopeBuilder(ScopeInfo &info, DiagnosticEngine &diags) : info_(info), diags_(diags) {}

    void run(Module &module) {
        Scope *m = info_.createScope(ScopeKind::Module, nullptr, &module);
        m->name = "<module>";
        module.scope = m;
        cur_ = m;
        collecting_ = true;
        visitBody(module.body);
        for (const auto &s : info_.scopes())
            resolveScope(s.get());
        for (const auto &s : info_.scopes())
            number(s.get());
        for (const auto &s : info_.scopes())
            linkFrees(s.get());
        collecting_ = false;
        cur_ = m;
        visitBody(module.body);
    }

  private:
    ScopeInfo &info_;
    DiagnosticEngine &diags_;
    Scope *cur_ = nullptr;
    bool collecting_ = true;
    bool reported_ = false;
    std::map<const Scope *, ScopeData> data_;

    ScopeData &d(const Scope *s) { return data_[s]; }

    /// Reports the first error only: like the parser (and MicroPython's
    /// compiler), analysis stops reporting at the first SyntaxError.
    void error(SourceLoc at, const std::string &message) {
        if (!reported_) diags_.error(at, message);
        reported_ = true;
    }

    //===------------------------------------------------------------------===//
    // Step 1 helpers: recording names
    //===------------------------------------------------------------------===//

    void mention(Scope *s, const std::string &name) {
        ScopeData &sd = d(s);
        if (sd.mentioned.insert(name).second) sd.order.push_back(name);
    }

    void bind(Scope *s, const std::string &name) {
        mention(s, name);
        d(s).assigned.insert(name);
    }

    /// Binds a name occurrence, or (fill step) returns its binding.
    NameBinding bindName(const std::string &name) {
        if (collecting_) {
            bind(cur_, name);
            return {};
        }
        return bindingFor(cur_, name);
    }

    Scope *newScope(ScopeKind kind, const Node *node, std::string name) {
        Scope *s = info_.createScope(kind, cur_, node);
        s->name = std::move(name);
        std::string prefix;
        if (cur_->kind != ScopeKind::Module)
            prefix = cur_->qualName + (cur_->kind == ScopeKind::Class ? "." : ".<locals>.");
        s->qualName = prefix + s->name;
        for (const Scope *p = cur_; p; p = p->parent)
            if (p->kind == ScopeKind::Class) {
                s->enclosingClass = p;
                break;
            }
        d(s); // Create its data.
        return s;
    }

    /// Nearest enclosing scope that is not a comprehension.
    Scope *nonComprehension(Scope *s) {
        while (s->kind == ScopeKind::Comprehension)
            s = s->parent;
        return s;
    }

    //===------------------------------------------------------------------===//
    // Traversal (shared by collect and fill)
    //===------------------------------------------------------------------===//

    void visitBody(StmtList &body) {
        for (auto &s : body)
            visitStmt(*s);
    }

    void visitExprs(ExprList &list) {
        for (auto &e : list)
            if (e) visitExpr(*e);
    }

    void visitKeywords(std::vector<Keyword> &kws) {
        for (auto &kw : kws)
            visitExpr(*kw.value);
    }

    void declare(Stmt &s, const std::vector<std::string> &names, bool isGlobal) {
        if (!collecting_) return;
        const char *what = isGlobal ? "global" : "nonlocal";
        if (!isGlobal && cur_->kind == ScopeKind::Module) {
            error(s.range.begin, "nonlocal declaration not allowed at module level");
            return;
        }
        ScopeData &sd = d(cur_);
        for (const auto &name : names) {
            if (sd.params.count(name)) {
                error(s.range.begin, "name '" + name + "' is parameter and " + what);
                continue;
            }
            if ((isGlobal && sd.nonlocals.count(name)) || (!isGlobal && sd.globals.count(name))) {
                error(s.range.begin, "name '" + name + "' is nonlocal and global");
                continue;
            }
            if (sd.mentioned.count(name) && !sd.globals.count(name) && !sd.nonlocals.count(name)) {
                error(s.range.begin,
                      "name '" + name + "' is " +
                          (sd.assigned.count(name) ? "assigned to before " : "used prior to ") +
                          what + " declaration");
                continue;
            }
            (isGlobal ? sd.globals : sd.nonlocals).insert(name);
            sd.declLoc.emplace(name, s.range.begin);
            mention(cur_, name);
            (isGlobal ? cur_->globalDecls : cur_->nonlocalDecls).push_back(name);
        }
    }

    void visitArgsDefaults(Arguments &args) {
        visitExprs(args.defaults);
        visitExprs(args.kwDefaults);
    }

    void visitAnnotations(Arguments &args) {
        auto ann = [&](Arg &a) {
            if (a.annotation) visitExpr(*a.annotation);
        };
        for (auto &a : args.posonly)
            ann(a);
        for (auto &a : args.args)
            ann(a);
        if (args.vararg) ann(*args.vararg);
        for (auto &a : args.kwonly)
            ann(a);
        if (args.kwarg) ann(*args.kwarg);
    }

    /// Binds the parameters in the (new, current) function scope.
    void bindParams(Arguments &args) {
        auto param = [&](Arg &a) {
            if (collecting_) {
                bind(cur_, a.name);
                d(cur_).params.insert(a.name);
                cur_->numParams++;
            } else {
                a.binding = bindingFor(cur_, a.name);
            }
        };
        for (auto &a : args.posonly)
            param(a);
        for (auto &a : args.args)
            param(a);
        if (args.vararg) param(*args.vararg);
        for (auto &a : args.kwonly)
            param(a);
        if (args.kwarg) param(*args.kwarg);
    }

    void visitFunction(FunctionDef &f) {
        visitExprs(f.decorators);
        visitArgsDefaults(f.args);
        visitAnnotations(f.args);
        if (f.returns) visitExpr(*f.returns);
        f.nameBinding = bindName(f.name);
        Scope *saved = cur_;
        if (collecting_) {
            f.scope = newScope(ScopeKind::Function, &f, f.name);
            f.scope->isCoroutine = f.isAsync;
        }
        cur_ = f.scope;
        bindParams(f.args);
        visitBody(f.body);
        cur_ = saved;
    }

    void visitClass(ClassDef &c) {
        visitExprs(c.decorators);
        visitExprs(c.bases);
        visitKeywords(c.keywords);
        Scope *saved = cur_;
        if (collecting_) c.scope = newScope(ScopeKind::Class, &c, c.name);
        cur_ = c.scope;
        visitBody(c.body);
        cur_ = saved;
        // The name is bound after the body has run.
        c.nameBinding = bindName(c.name);
    }

    void visitComprehension(ComprehensionExpr &comp) {
        // The first iterable is evaluated in the enclosing scope.
        visitExpr(*comp.generators.front().iter);
        Scope *saved = cur_;
        if (collecting_) {
            static const char *names[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
            size_t which = static_cast<size_t>(comp.kind()) -
                           static_cast<size_t>(NodeKind::FirstComprehension);
            comp.scope = newScope(ScopeKind::Comprehension, &comp, names[which]);
            comp.scope->isGenerator = isa<GeneratorExp>(&comp);
            bind(comp.scope, ".0");
            d(comp.scope).params.insert(".0");
            comp.scope->numParams = 1;
        }
        cur_ = comp.scope;
        for (size_t i = 0; i < comp.generators.size(); ++i) {
            Comprehension &g = comp.generators[i];
            if (g.isAsync && collecting_) {
                cur_->isCoroutine = true;
                cur_->hasAwait = true;
                // An async generator expression is itself an async iterable;
                // other async comprehensions run immediately and must be awaited.
                if (!isa<GeneratorExp>(&comp)) markAwait(g.range.begin);
            }
            if (i > 0) visitExpr(*g.iter);
            visitExpr(*g.target);
            visitExprs(g.ifs);
        }
        if (auto *l = dyn_cast<ListComp>(&comp))
            visitExpr(*l->elt);
        else if (auto *s = dyn_cast<SetComp>(&comp))
            visitExpr(*s->elt);
        else if (auto *g = dyn_cast<GeneratorExp>(&comp))
            visitExpr(*g->elt);
        else {
            auto *dc = cast<DictComp>(&comp);
            visitExpr(*dc->key);
            visitExpr(*dc->value);
        }
        cur_ = saved;
    }

    void visitLambda(Lambda &l) {
        visitArgsDefaults(l.args);
        Scope *saved = cur_;
        if (collecting_) l.scope = newScope(ScopeKind::Lambda, &l, "<lambda>");
        cur_ = l.scope;
        bindParams(l.args);
        visitExpr(*l.body);
        cur_ = saved;
    }

    void visitNamedExpr(NamedExpr &n) {
        visitExpr(*n.value);
        Name &t = *n.target;
        if (cur_->kind != ScopeKind::Comprehension) {
            visitExpr(t);
            return;
        }
        // Inside a comprehension the target belongs to the enclosing function.
        if (collecting_) {
            Scope *target = nonComprehension(cur_);
            if (target->kind == ScopeKind::Class) {
                error(n.range.begin, "assignment expression within a comprehension cannot be "
                                     "used in a class body");
                return;
            }
            for (Scope *s = cur_; s != target; s = s->parent) {
                mention(s, t.id);
                d(s).walrusNonlocal.insert(t.id);
            }
            bind(target, t.id);
        } else {
            t.binding = bindingFor(cur_, t.id);
        }
    }

    void markYield(SourceLoc at) {
        if (!collecting_) return;
        if (cur_->kind == ScopeKind::Module || cur_->kind == ScopeKind::Class) {
            error(at, "'yield' outside function");
            return;
        }
        if (cur_->kind == ScopeKind::Comprehension) {
            error(at, "'yield' inside comprehension");
            return;
        }
        cur_->isGenerator = true;
    }

    void markAwait(SourceLoc at) {
        if (!collecting_) return;
        Scope *fn = nonComprehension(cur_);
        if (fn->kind == ScopeKind::Module || fn->kind == ScopeKind::Class) {
            error(at, "'await' outside function");
            return;
        }
        if (!(fn->kind == ScopeKind::Function && fn->isCoroutine)) {
            error(at, "'await' outside async function");
            return;
        }
        for (Scope *s = cur_; s != fn->parent; s = s->parent)
            s->hasAwait = true;
    }

    void visitExpr(Expr &e) {
        switch (e.kind()) {
        case NodeKind::Name: {
            auto &n = *cast<Name>(&e);
            if (collecting_) {
                if (n.ctx == ExprContext::Load) {
                    mention(cur_, n.id);
                    if (n.id == "super") cur_->usesSuper = true;
                } else {
                    bind(cur_, n.id);
                }
            } else {
                n.binding = bindingFor(cur_, n.id);
            }
            return;
        }
        case NodeKind::Constant:
            return;
        case NodeKind::JoinedStr:
            visitExprs(cast<JoinedStr>(&e)->values);
            return;
        case NodeKind::FormattedValue: {
            auto &f = *cast<FormattedValue>(&e);
            visitExpr(*f.value);
            if (f.formatSpec) visitExpr(*f.formatSpec);
            return;
        }
        case NodeKind::BinOp:
            visitExpr(*cast<BinOp>(&e)->left);
            visitExpr(*cast<BinOp>(&e)->right);
            return;
        case NodeKind::UnaryOp:
            visitExpr(*cast<UnaryOp>(&e)->operand);
            return;
        case NodeKind::BoolOp:
            visitExprs(cast<BoolOp>(&e)->values);
            return;
        case NodeKind::Compare:
            visitExpr(*cast<Compare>(&e)->left);
            visitExprs(cast<Compare>(&e)->comparators);
            return;
        case NodeKind::Call: {
            auto &c = *cast<Call>(&e);
            visitExpr(*c.func);
            visitExprs(c.args);
            visitKeywords(c.keywords);
            return;
        }
        case NodeKind::Attribute:
            visitExpr(*cast<Attribute>(&e)->value);
            return;
        case NodeKind::Subscript:
            visitExpr(*cast<Subscript>(&e)->value);
            visitExpr(*cast<Subscript>(&e)->slice);
            return;
        case NodeKind::Slice: {
            auto &s = *cast<Slice>(&e);
            for (ExprPtr *p : {&s.lower, &s.upper, &s.step})
                if (*p) visitExpr(**p);
            return;
        }
        case NodeKind::Tuple:
            visitExprs(cast<Tuple>(&e)->elts);
            return;
        case NodeKind::List:
            visitExprs(cast<List>(&e)->elts);
            return;
        case NodeKind::Set:
            visitExprs(cast<Set>(&e)->elts);
            return;
        case NodeKind::Dict:
            for (size_t i = 0; i < cast<Dict>(&e)->keys.size(); ++i) {
                if (cast<Dict>(&e)->keys[i]) visitExpr(*cast<Dict>(&e)->keys[i]);
                visitExpr(*cast<Dict>(&e)->values[i]);
            }
            return;
        case NodeKind::ListComp:
        case NodeKind::SetComp:
        case NodeKind::DictComp:
        case NodeKind::GeneratorExp:
            visitComprehension(*cast<ComprehensionExpr>(&e));
            return;
        case NodeKind::IfExp: {
            auto &i = *cast<IfExp>(&e);
            visitExpr(*i.test);
            visitExpr(*i.body);
            visitExpr(*i.orelse);
            return;
        }
        case NodeKind::Lambda:
            visitLambda(*cast<Lambda>(&e));
            return;
        case NodeKind::NamedExpr:
            visitNamedExpr(*cast<NamedExpr>(&e));
            return;
        case NodeKind::Starred:
            visitExpr(*cast<Starred>(&e)->value);
            return;
        case NodeKind::Yield:
            markYield(e.range.begin);
            if (cast<Yield>(&e)->value) visitExpr(*cast<Yield>(&e)->value);
            return;
        case NodeKind::YieldFrom:
            markYield(e.range.begin);
            if (collecting_) cur_->hasYieldFrom = true;
            visitExpr(*cast<YieldFrom>(&e)->value);
            return;
        case NodeKind::Await:
            markAwait(e.range.begin);
            visitExpr(*cast<Await>(&e)->value);
            return;
        default:
            return;
        }
    }

    void visitAlias(Alias &a) {
        if (a.name == "*") {
            if (collecting_) {
                if (cur_->kind != ScopeKind::Module)
                    error(a.range.begin, "import * only allowed at module level");
                cur_->hasStarImport = true;
            }
            return;
        }
        a.binding = bindName(a.boundName());
    }

    void visitStmt(Stmt &s) {
        switch (s.kind()) {
        case NodeKind::ExprStmt:
            visitExpr(*cast<ExprStmt>(&s)->value);
            return;
        case NodeKind::Assign:
            visitExpr(*cast<Assign>(&s)->value);
            visitExprs(cast<Assign>(&s)->targets);
            return;
        case NodeKind::AugAssign: {
            auto &a = *cast<AugAssign>(&s);
            visitExpr(*a.value);
            // The target is read and written.
            if (auto *n = dyn_cast<Name>(a.target.get()); n && collecting_) mention(cur_, n->id);
            visitExpr(*a.target);
            return;
        }
        case NodeKind::AnnAssign: {
            auto &a = *cast<AnnAssign>(&s);
            if (a.value) visitExpr(*a.value);
            visitExpr(*a.annotation);
            // `x: int` without a value does not bind x at run time, but makes
            // it local like CPython does.
            visitExpr(*a.target);
            return;
        }
        case NodeKind::Delete:
            visitExprs(cast<Delete>(&s)->targets);
            return;
        case NodeKind::Pass:
        case NodeKind::Break:
        case NodeKind::Continue:
            return;
        case NodeKind::Return: {
            auto &r = *cast<Return>(&s);
            if (collecting_) {
                if (!cur_->isFunctionLike())
                    error(s.range.begin, "'return' outside function");
                else if (r.value)
                    cur_->hasReturnValue = true;
            }
            if (r.value) visitExpr(*r.value);
            return;
        }
        case NodeKind::Raise: {
            auto &r = *cast<Raise>(&s);
            if (r.exc) visitExpr(*r.exc);
            if (r.cause) visitExpr(*r.cause);
            return;
        }
        case NodeKind::Global:
            declare(s, cast<Global>(&s)->names, true);
            return;
        case NodeKind::Nonlocal:
            declare(s, cast<Nonlocal>(&s)->names, false);
            return;
        case NodeKind::If: {
            auto &i = *cast<If>(&s);
            visitExpr(*i.test);
            visitBody(i.body);
            visitBody(i.orelse);
            return;
        }
        case NodeKind::While: {
            auto &w = *cast<While>(&s);
            visitExpr(*w.test);
            visitBody(w.body);
            visitBody(w.orelse);
            return;
        }
        case NodeKind::For: {
            auto &f = *cast<For>(&s);
            if (f.isAsync) markAwait(s.range.begin);
            visitExpr(*f.iter);
            visitExpr(*f.target);
            visitBody(f.body);
            visitBody(f.orelse);
            return;
        }
        case NodeKind::Try: {
            auto &t = *cast<Try>(&s);
            visitBody(t.body);
            for (auto &h : t.handlers) {
                if (h.type) visitExpr(*h.type);
                if (!h.name.empty()) h.nameBinding = bindName(h.name);
                visitBody(h.body);
            }
            visitBody(t.orelse);
            visitBody(t.finalbody);
            return;
        }
        case NodeKind::With: {
            auto &w = *cast<With>(&s);
            if (w.isAsync) markAwait(s.range.begin);
            for (auto &item : w.items) {
                visitExpr(*item.contextExpr);
                if (item.optionalVars) visitExpr(*item.optionalVars);
            }
            visitBody(w.body);
            return;
        }
        case NodeKind::FunctionDef:
            visitFunction(*cast<FunctionDef>(&s));
            return;
        case NodeKind::ClassDef:
            visitClass(*cast<ClassDef>(&s));
            return;
        case NodeKind::Import:
            for (auto &a : cast<Import>(&s)->names)
                visitAlias(a);
            return;
        case NodeKind::ImportFrom:
            for (auto &a : cast<ImportFrom>(&s)->names)
                visitAlias(a);
            return;
        case NodeKind::Assert: {
            auto &a = *cast<Assert>(&s);
            visitExpr(*a.test);
            if (a.msg) visitExpr(*a.msg);
            return;
        }
        default:
            return;
        }
    }

    //===------------------------------------------------------------------===//
    // Step 2: resolution
    //===------------------------------------------------------------------===//

    /// True when `name` is a variable of function-like scope `s` itself (not
    /// declared global/nonlocal there).
    bool ownsVariable(const Scope *s, const std::string &name) {
        ScopeData &sd = d(s);
        return sd.assigned.count(name) && !sd.globals.count(name) && !sd.nonlocals.count(name) &&
               !sd.walrusNonlocal.count(name);
    }

    /// Finds the function scope, at or above `from`, that provides `name` to
    /// an inner scope. Class scopes are skipped (their names are not visible
    /// to nested scopes). Returns null when the name is global there.
    Scope *findProvider(Scope *from, const std::string &name) {
        for (Scope *p = from; p; p = p->parent) {
            if (p->kind == ScopeKind::Module) return nullptr;
            if (p->kind == ScopeKind::Class) continue;
            ScopeData &pd = d(p);
            if (pd.globals.count(name)) return nullptr;
            if (pd.nonlocals.count(name) || pd.walrusNonlocal.count(name) ||
                pd.assigned.count(name))
                return p;
        }
        return nullptr;
    }

    /// Records that `s` reads `name` from `provider`: every scope from `s`
    /// up to (not including) the provider gets a free variable, and the
    /// provider keeps the variable in a cell (unless it is itself free there).
    void capture(Scope *s, Scope *provider, const std::string &name) {
        for (Scope *q = s; q != provider; q = q->parent) {
            if (q->freeIndex(name) < 0) q->frees.push_back(FreeVar{name, false, 0});
        }
        if (ownsVariable(provider, name)) d(provider).captured.insert(name);
    }

    void resolveScope(Scope *s) {
        ScopeData &sd = d(s);
        for (const auto &name : sd.order) {
            Res r;
            if (s->kind == ScopeKind::Module || sd.globals.count(name)) {
                r = Res::Global;
            } else if (sd.nonlocals.count(name) || sd.walrusNonlocal.count(name)) {
                Scope *provider = findProvider(s->parent, name);
                if (provider) {
                    capture(s, provider, name);
                    r = Res::Free;
                } else if (sd.walrusNonlocal.count(name)) {
                    r = Res::Global; // := in a module-level comprehension.
                } else {
                    error(sd.declLoc[name], "no binding for nonlocal '" + name + "' found");
                    r = Res::Global;
                }
            } else if (sd.assigned.count(name)) {
                r = s->kind == ScopeKind::Class ? Res::Class : Res::Local;
            } else {
                Scope *provider = findProvider(s->parent, name);
                if (provider) {
                    capture(s, provider, name);
                    r = Res::Free;
                } else {
                    r = Res::Global;
                }
            }
            sd.res[name] = r;
            if (r == Res::Global && sd.assigned.count(name)) info_.addAssignedGlobal(name);
        }
    }

    //===------------------------------------------------------------------===//
    // Step 3: numbering and filling
    //===------------------------------------------------------------------===//

    void number(Scope *s) {
        ScopeData &sd = d(s);
        for (const auto &name : sd.order) {
            if (sd.res[name] == Res::Class) s->classNames.push_back(name);
            if (sd.res[name] != Res::Local) continue;
            if (sd.captured.count(name))
                s->cells.push_back(name);
            else
                s->locals.push_back(name);
        }
    }

    void linkFrees(Scope *s) {
        for (FreeVar &fv : s->frees) {
            const Scope *p = s->parent;
            int cell = p->cellIndex(fv.name);
            if (cell >= 0 && d(p).res[fv.name] == Res::Local) {
                fv.fromParentCell = true;
                fv.parentIndex = static_cast<uint32_t>(cell);
            } else {
                fv.fromParentCell = false;
                fv.parentIndex = static_cast<uint32_t>(std::max(p->freeIndex(fv.name), 0));
            }
        }
    }

    NameBinding globalBinding(const std::string &name) {
        NameBinding b;
        b.kind = info_.assignedGlobals().count(name) ? BindingKind::Global
                                                     : BindingKind::GlobalOrBuiltin;
        return b;
    }

    NameBinding bindingFor(Scope *s, const std::string &name) {
        ScopeData &sd = d(s);
        auto it = sd.res.find(name);
        if (it == sd.res.end()) return globalBinding(name);
        NameBinding b;
        switch (it->second) {
        case Res::Global:
            return globalBinding(name);
        case Res::Class:
            b.kind = BindingKind::ClassLocal;
            return b;
        case Res::Free:
            b.kind = BindingKind::Free;
            b.index = static_cast<uint32_t>(std::max(s->freeIndex(name), 0));
            return b;
        case Res::Local:
            if (int cell = s->cellIndex(name); cell >= 0) {
                b.kind = BindingKind::Cell;
                b.index = static_cast<uint32_t>(cell);
            } else {
                b.kind = BindingKind::Local;
                b.index = static_cast<uint32_t>(std::max(s->localIndex(name), 0));
            }
            return b;
        }
        return b;
    }
};

} // namespace

std::unique_ptr<ScopeInfo> analyzeScopes(ast::Module &module, DiagnosticEngine &diags) {
    auto info = std::make_unique<ScopeInfo>();
    ScopeBuilder(*info, diags).run(module);
    return info;
}

} // namespace krait
