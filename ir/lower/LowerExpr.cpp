//===- LowerExpr.cpp - Expressions ----------------------------------------===//
///
/// \file
/// Every expression lowers to one `object` value. Short-circuit operators,
/// comparison chains and conditional expressions merge their values with a
/// `phi` in a join block.
///
//===----------------------------------------------------------------------===//

#include "ir/lower/IntLiteral.h"
#include "ir/lower/LowerImpl.h"

namespace krait::lower {

ir::BinaryOp irCompareOp(ast::CmpOpKind op) {
    using C = ast::CmpOpKind;
    using B = ir::BinaryOp;
    switch (op) {
    case C::Eq:
        return B::Eq;
    case C::NotEq:
        return B::Ne;
    case C::Lt:
        return B::Lt;
    case C::LtE:
        return B::Le;
    case C::Gt:
        return B::Gt;
    case C::GtE:
        return B::Ge;
    case C::Is:
        return B::Is;
    case C::IsNot:
        return B::IsNot;
    case C::In:
        return B::In;
    case C::NotIn:
        return B::NotIn;
    }
    return B::Eq;
}

namespace {

ir::UnaryOp irUnaryOp(ast::UnaryOpKind op) {
    switch (op) {
    case ast::UnaryOpKind::Invert:
        return ir::UnaryOp::Invert;
    case ast::UnaryOpKind::Not:
        return ir::UnaryOp::Not;
    case ast::UnaryOpKind::UAdd:
        return ir::UnaryOp::Pos;
    case ast::UnaryOpKind::USub:
        return ir::UnaryOp::Neg;
    }
    return ir::UnaryOp::Pos;
}

} // namespace

//===----------------------------------------------------------------------===//
// Dispatch
//===----------------------------------------------------------------------===//

ir::Instruction *FunctionLowering::lowerExpr(const ast::Expr &e) {
    at(e);
    using K = ast::NodeKind;
    switch (e.kind()) {
    case K::Name: {
        auto &n = *ast::cast<ast::Name>(&e);
        return loadName(n.range.begin, n.binding, n.id);
    }
    case K::Constant:
        return lowerConstant(*ast::cast<ast::Constant>(&e));
    case K::JoinedStr:
        return lowerJoinedStr(*ast::cast<ast::JoinedStr>(&e));
    case K::FormattedValue:
        return lowerFormattedValue(*ast::cast<ast::FormattedValue>(&e));
    case K::BinOp: {
        auto &bo = *ast::cast<ast::BinOp>(&e);
        ir::Instruction *l = lowerExpr(*bo.left);
        ir::Instruction *r = lowerExpr(*bo.right);
        at(e);
        return b_.binary(irBinaryOp(bo.op), l, r);
    }
    case K::UnaryOp: {
        auto &u = *ast::cast<ast::UnaryOp>(&e);
        ir::Instruction *v = lowerExpr(*u.operand);
        at(e);
        return b_.unary(irUnaryOp(u.op), v);
    }
    case K::BoolOp:
        return lowerBoolOp(*ast::cast<ast::BoolOp>(&e));
    case K::Compare:
        return lowerCompare(*ast::cast<ast::Compare>(&e));
    case K::Call:
        return lowerCall(*ast::cast<ast::Call>(&e));
    case K::Attribute: {
        auto &a = *ast::cast<ast::Attribute>(&e);
        ir::Instruction *obj = lowerExpr(*a.value);
        at(e);
        return b_.getAttr(obj, a.attr);
    }
    case K::Subscript: {
        auto &s = *ast::cast<ast::Subscript>(&e);
        ir::Instruction *obj = lowerExpr(*s.value);
        ir::Instruction *index = lowerExpr(*s.slice);
        at(e);
        return b_.getItem(obj, index);
    }
    case K::Slice:
        return lowerSlice(*ast::cast<ast::Slice>(&e));
    case K::Tuple:
        return lowerSequence(e, ast::cast<ast::Tuple>(&e)->elts, true);
    case K::List:
        return lowerSequence(e, ast::cast<ast::List>(&e)->elts, false);
    case K::Set:
        return lowerSetDisplay(*ast::cast<ast::Set>(&e));
    case K::Dict:
        return lowerDict(*ast::cast<ast::Dict>(&e));
    case K::IfExp:
        return lowerIfExp(*ast::cast<ast::IfExp>(&e));
    case K::Lambda:
        return lowerLambda(*ast::cast<ast::Lambda>(&e));
    case K::NamedExpr: {
        auto &ne = *ast::cast<ast::NamedExpr>(&e);
        ir::Instruction *v = lowerExpr(*ne.value);
        storeName(ne.target->range.begin, ne.target->binding, ne.target->id, v);
        return v;
    }
    case K::ListComp:
    case K::SetComp:
    case K::DictComp:
    case K::GeneratorExp:
        return lowerComprehension(*ast::cast<ast::ComprehensionExpr>(&e));
    case K::Yield: {
        auto &y = *ast::cast<ast::Yield>(&e);
        if (!fn_->generator) {
            error(e, "'yield' outside function");
            return poison();
        }
        ir::Instruction *v = lowerOptional(y.value.get());
        at(e);
        return b_.yield(v);
    }
    case K::YieldFrom: {
        auto &y = *ast::cast<ast::YieldFrom>(&e);
        if (!fn_->generator) {
            error(e, "'yield' outside function");
            return poison();
        }
        ir::Instruction *v = lowerExpr(*y.value);
        at(e);
        return b_.yieldFrom(v);
    }
    case K::Await: {
        // MicroPython: `await x` is `yield from x` (x's __iter__, or its
        // __await__ when it has no __iter__; see kr_yield_from_start).
        auto &a = *ast::cast<ast::Await>(&e);
        if (!fn_->generator) {
            error(e, "'await' outside async function");
            return poison();
        }
        ir::Instruction *v = lowerExpr(*a.value);
        at(e);
        return b_.yieldFrom(v);
    }
    case K::Starred:
        error(e, "can't use starred expression here");
        return poison();
    default:
        break;
    }
    error(e, std::string("internal error: unexpected expression ") + ast::nodeKindName(e.kind()));
    return poison();
}

ir::Instruction *FunctionLowering::lowerOptional(const ast::Expr *e) {
    return e ? lowerExpr(*e) : b_.constNone();
}

//===----------------------------------------------------------------------===//
// Literals and f-strings
//===----------------------------------------------------------------------===//

ir::Instruction *FunctionLowering::lowerConstant(const ast::Constant &c) {
    using CK = ast::ConstantKind;
    switch (c.constKind) {
    case CK::Int: {
        // Also normalises decimal spellings such as "00".
        std::string digits = digitsToDecimal(c.text, c.base);
        if (digits.empty()) {
            error(c, "internal error: malformed int literal '" + c.text + "'");
            return poison();
        }
        return b_.constInt(std::move(digits));
    }
    case CK::Float:
        return b_.constFloat(c.floatValue);
    case CK::Imaginary:
        // Its own constant: a rebound `complex` builtin cannot change a literal.
        return b_.constComplex(c.floatValue);
    case CK::Str:
        return b_.constStr(c.text);
    case CK::Bytes:
        return b_.constBytes(c.text);
    case CK::True:
        return b_.constTrue();
    case CK::False:
        return b_.constFalse();
    case CK::None:
        return b_.constNone();
    case CK::Ellipsis:
        return b_.constEllipsis();
    }
    return poison();
}

ir::Instruction *FunctionLowering::lowerFormattedValue(const ast::FormattedValue &f) {
    ir::Instruction *v = lowerExpr(*f.value);
    ir::Instruction *spec = f.formatSpec ? lowerJoinedStr(*f.formatSpec) : nullptr;
    ir::FormatConv conv = ir::FormatConv::None;
    if (f.conversion == 's')
        conv = ir::FormatConv::Str;
    else if (f.conversion == 'r')
        conv = ir::FormatConv::Repr;
    else if (f.conversion != 0)
        error(f, std::string("f-string conversion '!") + f.conversion + "' is not supported");
    at(f);
    return b_.format(v, spec, conv);
}

ir::Instruction *FunctionLowering::lowerJoinedStr(const ast::JoinedStr &s) {
    std::vector<ir::Instruction *> parts;
    for (const ast::ExprPtr &v : s.values)
        parts.push_back(lowerExpr(*v));
    at(s);
    if (parts.empty()) return b_.constStr("");
    // A single field already is a str (format returns one); a single
    // constant part is a str literal.
    if (parts.size() == 1) return parts.front();
    return b_.buildString(std::move(parts));
}

//===----------------------------------------------------------------------===//
// Short-circuit values
//===----------------------------------------------------------------------===//

ir::Instruction *FunctionLowering::lowerBoolOp(const ast::BoolOp &e) {
    // The value is the deciding operand itself, not a bool.
    bool isAnd = e.op == ast::BoolOpKind::And;
    ir::Block *join = newBlock();
    Incoming incoming;
    for (size_t i = 0; i + 1 < e.values.size(); ++i) {
        ir::Instruction *v = lowerExpr(*e.values[i]);
        at(e);
        ir::Instruction *t = b_.truth(v);
        ir::Block *next = newBlock();
        incoming.push_back({v, curBlock()});
        if (isAnd)
            branch(t, next, join);
        else
            branch(t, join, next);
        setBlock(next);
    }
    ir::Instruction *last = lowerExpr(*e.values.back());
    incoming.push_back({last, curBlock()});
    jump(join);
    return mergeAt(join, incoming, e);
}

ir::Instruction *FunctionLowering::mergeAt(ir::Block *join, const Incoming &incoming,
                                           const ast::Node &e) {
    setBlock(join);
    at(e);
    ir::Instruction *phi = b_.phi();
    for (auto &[v, from] : incoming)
        ir::IRBuilder::addIncoming(phi, v, from);
    return phi;
}

ir::Instruction *FunctionLowering::lowerCompare(const ast::Compare &e) {
    ir::Instruction *left = lowerExpr(*e.left);
    if (e.ops.size() == 1) {
        ir::Instruction *right = lowerExpr(*e.comparators[0]);
        at(e);
        return b_.binary(irCompareOp(e.ops[0]), left, right);
    }
    // a < b < c == (a < b) and (b < c), with b evaluated once; the value is
    // the first false comparison result, or the last one.
    ir::Block *join = newBlock();
    Incoming incoming;
    for (size_t i = 0; i < e.ops.size(); ++i) {
        ir::Instruction *right = lowerExpr(*e.comparators[i]);
        at(e);
        ir::Instruction *r = b_.binary(irCompareOp(e.ops[i]), left, right);
        incoming.push_back({r, curBlock()});
        if (i + 1 == e.ops.size()) {
            jump(join);
        } else {
            ir::Block *next = newBlock();
            branch(b_.truth(r), next, join);
            setBlock(next);
        }
        left = right;
    }
    return mergeAt(join, incoming, e);
}

ir::Instruction *FunctionLowering::lowerIfExp(const ast::IfExp &e) {
    ir::Block *thenB = newBlock();
    ir::Block *elseB = newBlock();
    ir::Block *join = newBlock();
    lowerCond(*e.test, thenB, elseB);
    Incoming incoming;
    // A constant test leaves one arm unreachable: drop it.
    if (keepIfUsed(thenB)) {
        setBlock(thenB);
        incoming.push_back({lowerExpr(*e.body), nullptr});
        incoming.back().second = curBlock();
        jump(join);
    }
    if (keepIfUsed(elseB)) {
        setBlock(elseB);
        incoming.push_back({lowerExpr(*e.orelse), nullptr});
        incoming.back().second = curBlock();
        jump(join);
    }
    return mergeAt(join, incoming, e);
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

ir::Instruction *FunctionLowering::lowerNamespaceCall(const ast::Call &e) {
    auto *n = ast::dyn_cast<ast::Name>(e.func.get());
    if (!n || !e.args.empty() || !e.keywords.empty() ||
        n->binding.kind != BindingKind::GlobalOrBuiltin ||
        (n->id != "globals" && n->id != "locals" && n->id != "dir"))
        return nullptr;
    at(e);
    // MicroPython keeps no dict of a function's locals: locals() is the
    // module's globals there, and the class dict in a class body.
    if (n->id == "globals") return b_.globals();
    ir::Instruction *ns = ns_ ? ns_ : b_.globals();
    if (n->id == "locals") return ns;
    // dir(): the names of that same namespace, sorted.
    return b_.call(b_.builtinLoad("sorted"), {ns});
}

ir::Instruction *FunctionLowering::lowerCall(const ast::Call &e) {
    if (auto *n = ast::dyn_cast<ast::Name>(e.func.get());
        n && n->id == "super" && e.args.empty() && e.keywords.empty() &&
        (n->binding.kind == BindingKind::GlobalOrBuiltin) && scope_->enclosingClass)
        return lowerZeroArgSuper(e);
    if (ir::Instruction *ns = lowerNamespaceCall(e)) return ns;
    ir::Instruction *f = lowerExpr(*e.func);
    bool starred = false;
    for (const ast::ExprPtr &a : e.args)
        starred |= ast::isa<ast::Starred>(a.get());
    for (const ast::Keyword &k : e.keywords)
        starred |= k.name.empty();
    if (starred) return lowerStarCall(e, f);

    std::vector<ir::Instruction *> args;
    std::vector<std::string> names;
    for (const ast::ExprPtr &a : e.args)
        args.push_back(lowerExpr(*a));
    for (const ast::Keyword &k : e.keywords) {
        args.push_back(lowerExpr(*k.value));
        names.push_back(k.name);
    }
    at(e);
    // eval(src) / exec(src) by the builtin's name: compiled code passes the
    // calling module's globals as the hidden second argument (MicroPython:
    // eval(expr) is eval(expr, globals(), globals()), never the caller's locals).
    if (auto *n = ast::dyn_cast<ast::Name>(e.func.get());
        n && args.size() == 1 && names.empty() &&
        n->binding.kind == BindingKind::GlobalOrBuiltin && (n->id == "eval" || n->id == "exec"))
        args.push_back(b_.globals());
    if (names.empty()) return b_.call(f, std::move(args));
    return b_.callKw(f, std::move(args), std::move(names));
}

ir::Instruction *FunctionLowering::lowerStarCall(const ast::Call &e, ir::Instruction *f) {
    // f(a, *b, c, k=v, **m): a tuple of the positional arguments (built as a
    // tuple display would be) and a dict of the keyword ones, in source order.
    ir::Instruction *args = lowerSequence(e, e.args, /*isTuple=*/true);
    ir::Instruction *kwargs = nullptr;
    if (!e.keywords.empty()) {
        at(e);
        kwargs = b_.buildDict({});
        for (const ast::Keyword &k : e.keywords) {
            ir::Instruction *v = lowerExpr(*k.value);
            b_.setLoc(k.range.begin);
            if (k.name.empty())
                b_.dictUpdate(kwargs, v);
            else
                b_.setItem(kwargs, b_.constStr(k.name), v);
        }
    }
    at(e);
    return b_.callEx(f, args, kwargs);
}

//===----------------------------------------------------------------------===//
// Displays and slices
//===----------------------------------------------------------------------===//

ir::Instruction *FunctionLowering::lowerSequence(const ast::Expr &e, const ast::ExprList &elts,
                                                 bool isTuple) {
    std::vector<ir::Instruction *> items;
    ir::Instruction *list = nullptr; // Set once a `*x` element appears.
    for (const ast::ExprPtr &el : elts) {
        if (auto *st = ast::dyn_cast<ast::Starred>(el.get())) {
            if (!list) {
                at(e);
                list = b_.buildList(std::move(items));
                items.clear();
            }
            ir::Instruction *v = lowerExpr(*st->value);
            at(*st);
            b_.listExtend(list, v);
            continue;
        }
        ir::Instruction *v = lowerExpr(*el);
        if (list) {
            at(*el);
            b_.listAppend(list, v);
        } else {
            items.push_back(v);
        }
    }
    at(e);
    if (!list) return isTuple ? b_.buildTuple(std::move(items)) : b_.buildList(std::move(items));
    return isTuple ? b_.tupleFrom(list) : list;
}

ir::Instruction *FunctionLowering::lowerSetDisplay(const ast::Set &e) {
    bool starred = false;
    for (const ast::ExprPtr &el : e.elts)
        starred |= ast::isa<ast::Starred>(el.get());
    if (starred) {
        // {*a, b}: collect the items in order into a list, then set(list).
        ir::Instruction *items = lowerSequence(e, e.elts, false);
        at(e);
        return b_.call(b_.builtinLoad("set"), {items});
    }
    std::vector<ir::Instruction *> items;
    for (const ast::ExprPtr &el : e.elts)
        items.push_back(lowerExpr(*el));
    at(e);
    return b_.buildSet(std::move(items));
}

ir::Instruction *FunctionLowering::lowerDict(const ast::Dict &e) {
    std::vector<ir::Instruction *> keysValues;
    size_t i = 0;
    // Leading `k: v` entries build the dict at once; after a `**m` entry the
    // rest is added one by one to keep the evaluation and insertion order.
    for (; i < e.keys.size() && e.keys[i]; ++i) {
        keysValues.push_back(lowerExpr(*e.keys[i]));
        keysValues.push_back(lowerExpr(*e.values[i]));
    }
    at(e);
    ir::Instruction *d = b_.buildDict(std::move(keysValues));
    for (; i < e.keys.size(); ++i) {
        if (!e.keys[i]) {
            ir::Instruction *m = lowerExpr(*e.values[i]);
            at(*e.values[i]);
            b_.dictUpdate(d, m);
            continue;
        }
        ir::Instruction *k = lowerExpr(*e.keys[i]);
        ir::Instruction *v = lowerExpr(*e.values[i]);
        at(*e.keys[i]);
        b_.setItem(d, k, v);
    }
    return d;
}

ir::Instruction *FunctionLowering::lowerSlice(const ast::Slice &s) {
    ir::Instruction *lo = lowerOptional(s.lower.get());
    ir::Instruction *hi = lowerOptional(s.upper.get());
    ir::Instruction *step = lowerOptional(s.step.get());
    at(s);
    return b_.buildSlice(lo, hi, step);
}

} // namespace krait::lower
