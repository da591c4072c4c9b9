//===- eval/EvalExpr.cpp - evaluating expressions -------------------------===//
//
// Every expression form of the AST, each by the runtime call compiled code
// would make for it (see codegen/ for the same choices).
//
//===----------------------------------------------------------------------===//

#include "eval/Evaluator.h"

#include "exception.h"

namespace krait::eval {

using namespace krait::ast;

int binaryOpCode(BinOpKind op) {
    switch (op) {
    case BinOpKind::Add:
        return KR_BINARY_ADD;
    case BinOpKind::Sub:
        return KR_BINARY_SUB;
    case BinOpKind::Mult:
        return KR_BINARY_MUL;
    case BinOpKind::MatMult:
        return KR_BINARY_MATMUL;
    case BinOpKind::Div:
        return KR_BINARY_TRUE_DIVIDE;
    case BinOpKind::FloorDiv:
        return KR_BINARY_FLOOR_DIVIDE;
    case BinOpKind::Mod:
        return KR_BINARY_MODULO;
    case BinOpKind::Pow:
        return KR_BINARY_POWER;
    case BinOpKind::LShift:
        return KR_BINARY_LSHIFT;
    case BinOpKind::RShift:
        return KR_BINARY_RSHIFT;
    case BinOpKind::BitOr:
        return KR_BINARY_OR;
    case BinOpKind::BitXor:
        return KR_BINARY_XOR;
    case BinOpKind::BitAnd:
        return KR_BINARY_AND;
    }
    return KR_BINARY_ADD;
}

namespace {

int compareCode(CmpOpKind op) {
    switch (op) {
    case CmpOpKind::Eq:
        return KR_BINARY_EQ;
    case CmpOpKind::NotEq:
        return KR_BINARY_NE;
    case CmpOpKind::Lt:
        return KR_BINARY_LT;
    case CmpOpKind::LtE:
        return KR_BINARY_LE;
    case CmpOpKind::Gt:
        return KR_BINARY_GT;
    case CmpOpKind::GtE:
        return KR_BINARY_GE;
    case CmpOpKind::Is:
        return KR_BINARY_IS;
    case CmpOpKind::IsNot:
        return KR_BINARY_IS_NOT;
    case CmpOpKind::In:
        return KR_BINARY_IN;
    case CmpOpKind::NotIn:
        return KR_BINARY_NOT_IN;
    }
    return KR_BINARY_EQ;
}

kr_value evalConstant(const Constant &c) {
    switch (c.constKind) {
    case ConstantKind::Int: {
        if (c.base == 10) return kr_int_from_digits(c.text.data(), c.text.size());
        // Other bases through int(text, base), which handles any size.
        kr_value args[2] = {str(c.text), kr_small_int(c.base)};
        if (!args[0]) return 0;
        return callBuiltin("int", 2, args);
    }
    case ConstantKind::Float:
        return kr_float_new(c.floatValue);
    case ConstantKind::Imaginary: {
        kr_value parts[2] = {kr_float_new(0.0), kr_float_new(c.floatValue)};
        if (!parts[0] || !parts[1]) return 0;
        return callBuiltin("complex", 2, parts);
    }
    case ConstantKind::Str:
        return str(c.text);
    case ConstantKind::Bytes:
        return kr_bytes_new(reinterpret_cast<const uint8_t *>(c.text.data()), c.text.size());
    case ConstantKind::True:
        return kr_val(&kr_True);
    case ConstantKind::False:
        return kr_val(&kr_False);
    case ConstantKind::None:
        return none();
    case ConstantKind::Ellipsis:
        return kr_val(&kr_Ellipsis_obj);
    }
    return none();
}

/// Appends the items of `elts` (expanding `*x`) to the list `out`.
bool collectItems(Frame &f, const ExprList &elts, kr_value out) {
    for (const ExprPtr &e : elts) {
        if (const auto *s = dyn_cast<Starred>(e.get())) {
            kr_value it = evalExpr(f, *s->value);
            if (!it || !kr_call_method(out, str("extend"), 1, &it, 0)) return false;
            continue;
        }
        kr_value v = evalExpr(f, *e);
        if (!v || !kr_list_append(out, v)) return false;
    }
    return true;
}

kr_value evalSequence(Frame &f, const ExprList &elts, NodeKind kind) {
    kr_value list = kr_list_new(0);
    if (!list || !collectItems(f, elts, list)) return 0;
    if (kind == NodeKind::List) return list;
    return callBuiltin(kind == NodeKind::Tuple ? "tuple" : "set", 1, &list);
}

kr_value evalDict(Frame &f, const ast::Dict &d) {
    kr_value dict = kr_dict_new();
    if (!dict) return 0;
    for (size_t i = 0; i < d.keys.size(); ++i) {
        if (!d.keys[i]) {
            kr_value m = evalExpr(f, *d.values[i]);
            if (!m || !kr_call_method(dict, str("update"), 1, &m, 0)) return 0;
            continue;
        }
        kr_value k = evalExpr(f, *d.keys[i]);
        if (!k) return 0;
        kr_value v = evalExpr(f, *d.values[i]);
        if (!v || !kr_setitem(dict, k, v)) return 0;
    }
    return dict;
}

kr_value evalBoolOp(Frame &f, const BoolOp &e) {
    kr_value v = 0;
    for (const ExprPtr &x : e.values) {
        v = evalExpr(f, *x);
        if (!v) return 0;
        int t = kr_truthy(v);
        if (t < 0) return 0;
        if ((e.op == BoolOpKind::And) != (t == 1)) return v;
    }
    return v;
}

kr_value evalCompare(Frame &f, const Compare &e) {
    kr_value left = evalExpr(f, *e.left);
    if (!left) return 0;
    kr_value r = 0;
    for (size_t i = 0; i < e.ops.size(); ++i) {
        kr_value right = evalExpr(f, *e.comparators[i]);
        if (!right) return 0;
        r = kr_binary_op(compareCode(e.ops[i]), left, right);
        if (!r) return 0;
        if (i + 1 < e.ops.size()) {
            int t = kr_truthy(r);
            if (t < 0) return 0;
            if (!t) return r;
        }
        left = right;
    }
    return r;
}

kr_value evalUnary(Frame &f, const UnaryOp &e) {
    kr_value v = evalExpr(f, *e.operand);
    if (!v) return 0;
    switch (e.op) {
    case UnaryOpKind::Not:
        return kr_not(v);
    case UnaryOpKind::USub:
        return kr_unary_op(KR_UNARY_NEG, v);
    case UnaryOpKind::UAdd:
        return kr_unary_op(KR_UNARY_POS, v);
    case UnaryOpKind::Invert:
        return kr_unary_op(KR_UNARY_INVERT, v);
    }
    return 0;
}

/// Zero-argument super() inside a method: super(__class__, first argument).
kr_value evalZeroArgSuper(Frame &f) {
    if (!f.classCell || !f.firstArg)
        return kr_raise_msg(&kr_type_RuntimeError, "super(): no arguments");
    kr_value cls = kr_getitem(f.classCell, kr_small_int(0));
    if (!cls) return 0;
    kr_value args[2] = {cls, f.firstArg};
    return callBuiltin("super", 2, args);
}

/// globals(), locals() and dir() without arguments, as compiled code does
/// them (MicroPython keeps no dict of a function's locals: locals() is the
/// module's globals there, the class dict in a class body). Null when `e` is
/// not one of them.
bool evalNamespaceCall(Frame &f, const Call &e, kr_value &out) {
    const auto *n = dyn_cast<Name>(e.func.get());
    if (!n || !e.args.empty() || !e.keywords.empty() ||
        n->binding.kind != BindingKind::GlobalOrBuiltin ||
        (n->id != "globals" && n->id != "locals" && n->id != "dir"))
        return false;
    kr_value ns = f.ns ? f.ns : f.globals;
    out = n->id == "globals" ? f.globals : n->id == "locals" ? ns : callBuiltin("sorted", 1, &ns);
    return true;
}

kr_value evalCall(Frame &f, const Call &e) {
    if (const auto *n = dyn_cast<Name>(e.func.get());
        n && n->id == "super" && e.args.empty() && e.keywords.empty() &&
        n->binding.kind == BindingKind::GlobalOrBuiltin && f.scope->enclosingClass)
        return evalZeroArgSuper(f);
    if (kr_value ns = 0; evalNamespaceCall(f, e, ns)) return ns;
    kr_value callee = evalExpr(f, *e.func);
    if (!callee) return 0;
    kr_value buf = kr_list_new(0);
    if (!buf || !collectItems(f, e.args, buf)) return 0;
    size_t npos;
    kr_list_items(buf, &npos);
    kr_value names = 0;
    if (!e.keywords.empty()) {
        names = kr_list_new(0);
        if (!names) return 0;
    }
    for (const Keyword &k : e.keywords) {
        kr_value v = evalExpr(f, *k.value);
        if (!v) return 0;
        if (!k.name.empty()) {
            kr_value name = str(k.name);
            if (!name || !kr_list_append(names, name) || !kr_list_append(buf, v)) return 0;
            continue;
        }
        // **mapping: its keys, in order, become keyword names.
        kr_value keys = callBuiltin("list", 1, &v);
        if (!keys) return 0;
        size_t nk;
        kr_list_items(keys, &nk);
        for (size_t i = 0; i < nk; ++i) {
            kr_value key = kr_list_items(keys, &nk)[i];
            if (!kr_isinstance(key, &kr_type_str))
                return kr_raise_msg(&kr_type_TypeError, "keywords must be strings");
            kr_value val = kr_getitem(v, key);
            if (!val || !kr_list_append(names, key) || !kr_list_append(buf, val)) return 0;
        }
    }
    size_t n;
    kr_value *items = kr_list_items(buf, &n);
    // As compiled code: eval(src) / exec(src) by name run in this module's
    // globals (and, at module level of an exec with locals, those locals).
    if (const auto *fn = dyn_cast<Name>(e.func.get());
        fn && !names && n == 1 && e.args.size() == 1 && !isa<Starred>(e.args[0].get()) &&
        fn->binding.kind == BindingKind::GlobalOrBuiltin &&
        (fn->id == "eval" || fn->id == "exec")) {
        kr_value three[3] = {items[0], f.globals, f.ns ? f.ns : f.globals};
        return kr_call(callee, f.scope->kind == ScopeKind::Module ? 3 : 2, three);
    }
    if (!names) return kr_call(callee, n, items);
    kr_value kwnames = callBuiltin("tuple", 1, &names);
    if (!kwnames) return 0;
    items = kr_list_items(buf, &n);
    return kr_call_kw(callee, npos, items, kwnames);
}

kr_value evalSlicePart(Frame &f, const ExprPtr &e) {
    return e ? evalExpr(f, *e) : none();
}

kr_value evalJoinedStr(Frame &f, const JoinedStr &e) {
    kr_value parts = kr_list_new(0);
    if (!parts) return 0;
    for (const ExprPtr &x : e.values) {
        kr_value piece;
        if (const auto *fv = dyn_cast<FormattedValue>(x.get())) {
            kr_value v = evalExpr(f, *fv->value);
            if (!v) return 0;
            kr_value spec = 0;
            if (fv->formatSpec && !(spec = evalJoinedStr(f, *fv->formatSpec))) return 0;
            piece = kr_format_value(v, spec, fv->conversion);
        } else {
            piece = evalExpr(f, *x);
        }
        if (!piece || !kr_list_append(parts, piece)) return 0;
    }
    size_t n;
    kr_value *items = kr_list_items(parts, &n);
    return kr_str_build(n, items);
}

kr_value evalLambda(Frame &f, const Lambda &e) {
    kr_value defaults = 0, kwdefaults = 0;
    if (!e.args.defaults.empty()) {
        kr_value list = kr_list_new(0);
        if (!list || !collectItems(f, e.args.defaults, list)) return 0;
        if (!(defaults = callBuiltin("tuple", 1, &list))) return 0;
    }
    for (size_t i = 0; i < e.args.kwDefaults.size(); ++i) {
        if (!e.args.kwDefaults[i]) continue;
        if (!kwdefaults && !(kwdefaults = kr_dict_new())) return 0;
        kr_value v = evalExpr(f, *e.args.kwDefaults[i]);
        kr_value k = v ? str(e.args.kwonly[i].name) : 0;
        if (!k || !kr_dict_set(kwdefaults, k, v)) return 0;
    }
    return makeFunction(f, e, e.args, e.scope, "<lambda>", defaults, kwdefaults);
}

/// The key of a node in Frame::memo.
kr_value memoKey(const Expr &e) {
    return kr_small_int(static_cast<kr_int>(reinterpret_cast<uintptr_t>(&e) >> 3));
}

kr_value evalNode(Frame &f, const Expr &e);

} // namespace

kr_value evalExpr(Frame &f, const Expr &e) {
    if (!f.memo) return evalNode(f, e);
    // Replaying a generator statement: sub-expressions evaluated before the
    // yield that paused it keep their first results (and side effects).
    kr_value key = memoKey(e);
    size_t n;
    kr_value *items = kr_list_items(f.memo, &n);
    for (size_t i = 0; i + 1 < n; i += 2)
        if (items[i] == key) return items[i + 1];
    kr_value v = evalNode(f, e);
    if (v && f.memo && (!kr_list_append(f.memo, key) || !kr_list_append(f.memo, v))) return 0;
    return v;
}

bool memoize(Frame &f, const Expr &e, kr_value v) {
    return kr_list_append(f.memo, memoKey(e)) && kr_list_append(f.memo, v);
}

namespace {

kr_value evalNode(Frame &f, const Expr &e) {
    if (stackTooDeep()) return 0;
    switch (e.kind()) {
    case NodeKind::Name: {
        const auto &n = *cast<Name>(&e);
        return loadName(f, n.binding, n.id);
    }
    case NodeKind::Constant:
        return evalConstant(*cast<Constant>(&e));
    case NodeKind::JoinedStr:
        return evalJoinedStr(f, *cast<JoinedStr>(&e));
    case NodeKind::BinOp: {
        const auto &b = *cast<BinOp>(&e);
        kr_value l = evalExpr(f, *b.left);
        if (!l) return 0;
        kr_value r = evalExpr(f, *b.right);
        if (!r) return 0;
        return kr_binary_op(binaryOpCode(b.op), l, r);
    }
    case NodeKind::UnaryOp:
        return evalUnary(f, *cast<UnaryOp>(&e));
    case NodeKind::BoolOp:
        return evalBoolOp(f, *cast<BoolOp>(&e));
    case NodeKind::Compare:
        return evalCompare(f, *cast<Compare>(&e));
    case NodeKind::Call:
        return evalCall(f, *cast<Call>(&e));
    case NodeKind::Attribute: {
        const auto &a = *cast<Attribute>(&e);
        kr_value obj = evalExpr(f, *a.value);
        kr_value name = obj ? str(a.attr) : 0;
        return name ? kr_getattr(obj, name) : 0;
    }
    case NodeKind::Subscript: {
        const auto &s = *cast<Subscript>(&e);
        kr_value obj = evalExpr(f, *s.value);
        if (!obj) return 0;
        kr_value index = evalExpr(f, *s.slice);
        return index ? kr_getitem(obj, index) : 0;
    }
    case NodeKind::Slice: {
        const auto &s = *cast<ast::Slice>(&e);
        kr_value lo = evalSlicePart(f, s.lower);
        kr_value hi = lo ? evalSlicePart(f, s.upper) : 0;
        kr_value st = hi ? evalSlicePart(f, s.step) : 0;
        return st ? kr_build_slice(lo, hi, st) : 0;
    }
    case NodeKind::Tuple:
        return evalSequence(f, cast<ast::Tuple>(&e)->elts, NodeKind::Tuple);
    case NodeKind::List:
        return evalSequence(f, cast<ast::List>(&e)->elts, NodeKind::List);
    case NodeKind::Set:
        return evalSequence(f, cast<ast::Set>(&e)->elts, NodeKind::Set);
    case NodeKind::Dict:
        return evalDict(f, *cast<ast::Dict>(&e));
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::DictComp:
    case NodeKind::GeneratorExp:
        return evalComprehension(f, *cast<ComprehensionExpr>(&e));
    case NodeKind::IfExp: {
        const auto &x = *cast<IfExp>(&e);
        kr_value t = evalExpr(f, *x.test);
        if (!t) return 0;
        int truth = kr_truthy(t);
        if (truth < 0) return 0;
        return evalExpr(f, truth ? *x.body : *x.orelse);
    }
    case NodeKind::Lambda:
        return evalLambda(f, *cast<Lambda>(&e));
    case NodeKind::NamedExpr: {
        const auto &x = *cast<NamedExpr>(&e);
        kr_value v = evalExpr(f, *x.value);
        if (!v || !storeName(f, x.target->binding, x.target->id, v)) return 0;
        return v;
    }
    case NodeKind::Starred:
        return kr_raise_msg(&kr_type_SyntaxError, "can't use starred expression here");
    case NodeKind::Yield:
    case NodeKind::YieldFrom:
        if (f.genState) return yieldInExpr(f, e);
        return unsupported("yield inside an expression is");
    case NodeKind::Await:
        if (f.genState) return yieldInExpr(f, e);
        return unsupported("await inside an expression is");
    case NodeKind::FormattedValue:
        break;
    default:
        break;
    }
    return unsupported(nodeKindName(e.kind()));
}

} // namespace

} // namespace krait::eval
