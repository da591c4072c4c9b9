//===- ASTExpr.h - Expression nodes -----------------------------*- C++ -*-===//
///
/// \file
/// Expression nodes of the AST (see AST.h for its conventions).
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_FRONTEND_ASTEXPR_H
#define KRAIT_FRONTEND_ASTEXPR_H

#include "frontend/ASTNode.h"

namespace krait::ast {

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

/// A variable reference `id`. Scope analysis fills `binding`.
class Name : public Expr {
  public:
    Name(SourceRange r, std::string id, ExprContext ctx = ExprContext::Load)
        : Expr(NodeKind::Name, r), id(std::move(id)), ctx(ctx) {}
    KRAIT_AST_CLASSOF(Name)

    std::string id;      ///< The identifier (UTF-8).
    ExprContext ctx;     ///< Load, Store or Del.
    NameBinding binding; ///< Where the variable lives (set by analyzeScopes).
};

/// The kinds of literal constant.
enum class ConstantKind : uint8_t {
    Int,
    Float,
    Imaginary,
    Str,
    Bytes,
    True,
    False,
    None,
    Ellipsis
};

/// A literal: number, string, bytes, True/False/None or `...`.
/// Adjacent string literals are already concatenated.
class Constant : public Expr {
  public:
    Constant(SourceRange r, ConstantKind ck) : Expr(NodeKind::Constant, r), constKind(ck) {}
    KRAIT_AST_CLASSOF(Constant)

    ConstantKind constKind;
    /// Int: the digits, without base prefix and underscores (e.g. "ff" for
    /// 0xFF, "0" for 0). Exact, so big integers lose nothing.
    /// Str: the decoded value, UTF-8. Bytes: the raw byte values.
    /// Float/Imaginary: the literal's source spelling without underscores.
    std::string text;
    /// Int only: 10, 16, 8 or 2.
    unsigned base = 10;
    /// Float: the value. Imaginary: the imaginary part (the real part is 0).
    double floatValue = 0.0;
};

/// An f-string (possibly concatenated with plain literals). `values` holds
/// `Constant` (Str) pieces and `FormattedValue` fields, in order.
class JoinedStr : public Expr {
  public:
    explicit JoinedStr(SourceRange r) : Expr(NodeKind::JoinedStr, r) {}
    KRAIT_AST_CLASSOF(JoinedStr)

    ExprList values;
};

/// One `{expr!conv:spec}` replacement field of an f-string.
class FormattedValue : public Expr {
  public:
    FormattedValue(SourceRange r, ExprPtr value)
        : Expr(NodeKind::FormattedValue, r), value(std::move(value)) {}
    KRAIT_AST_CLASSOF(FormattedValue)

    ExprPtr value;       ///< The embedded expression.
    char conversion = 0; ///< 0 (none), 'r' (`!r`) or 's' (`!s`).
    /// The format spec after ':' (may itself contain fields), or null.
    std::unique_ptr<JoinedStr> formatSpec;
};

/// `left op right`.
class BinOp : public Expr {
  public:
    BinOp(SourceRange r, ExprPtr left, BinOpKind op, ExprPtr right)
        : Expr(NodeKind::BinOp, r), left(std::move(left)), op(op), right(std::move(right)) {}
    KRAIT_AST_CLASSOF(BinOp)

    ExprPtr left;
    BinOpKind op;
    ExprPtr right;
};

/// `op operand`.
class UnaryOp : public Expr {
  public:
    UnaryOp(SourceRange r, UnaryOpKind op, ExprPtr operand)
        : Expr(NodeKind::UnaryOp, r), op(op), operand(std::move(operand)) {}
    KRAIT_AST_CLASSOF(UnaryOp)

    UnaryOpKind op;
    ExprPtr operand;
};

/// `a and b and c` / `a or b or c` (n-ary, at least two values; mixed
/// and/or nest as separate BoolOps).
class BoolOp : public Expr {
  public:
    BoolOp(SourceRange r, BoolOpKind op) : Expr(NodeKind::BoolOp, r), op(op) {}
    KRAIT_AST_CLASSOF(BoolOp)

    BoolOpKind op;
    ExprList values;
};

/// A chained comparison `left op0 c0 op1 c1 ...`; `ops.size() == comparators.size() >= 1`.
class Compare : public Expr {
  public:
    Compare(SourceRange r, ExprPtr left) : Expr(NodeKind::Compare, r), left(std::move(left)) {}
    KRAIT_AST_CLASSOF(Compare)

    ExprPtr left;
    std::vector<CmpOpKind> ops;
    ExprList comparators;
};

/// A keyword argument `name=value`, or `**value` when `name` is empty.
struct Keyword {
    SourceRange range;
    std::string name; ///< Empty for `**mapping`.
    ExprPtr value;
};

/// A call `func(args..., keywords...)`. `args` may contain `Starred`
/// (`*iterable`). Keywords and `**` entries keep their source order in
/// `keywords`; CPython allows positional/`*` arguments after keywords, and the
/// evaluation order is args, then keywords.
class Call : public Expr {
  public:
    Call(SourceRange r, ExprPtr func) : Expr(NodeKind::Call, r), func(std::move(func)) {}
    KRAIT_AST_CLASSOF(Call)

    ExprPtr func;
    ExprList args;
    std::vector<Keyword> keywords;
};

/// `value.attr`.
class Attribute : public Expr {
  public:
    Attribute(SourceRange r, ExprPtr value, std::string attr, ExprContext ctx = ExprContext::Load)
        : Expr(NodeKind::Attribute, r), value(std::move(value)), attr(std::move(attr)), ctx(ctx) {}
    KRAIT_AST_CLASSOF(Attribute)

    ExprPtr value;
    std::string attr;
    ExprContext ctx;
};

/// `value[slice]`. `slice` is an expression, a `Slice`, or a `Tuple` whose
/// elements may be `Slice`s (extended slicing `a[1:2, ::3]`).
class Subscript : public Expr {
  public:
    Subscript(SourceRange r, ExprPtr value, ExprPtr slice, ExprContext ctx = ExprContext::Load)
        : Expr(NodeKind::Subscript, r), value(std::move(value)), slice(std::move(slice)), ctx(ctx) {
    }
    KRAIT_AST_CLASSOF(Subscript)

    ExprPtr value;
    ExprPtr slice;
    ExprContext ctx;
};

/// `lower:upper:step` inside a subscript; each part may be null.
class Slice : public Expr {
  public:
    explicit Slice(SourceRange r) : Expr(NodeKind::Slice, r) {}
    KRAIT_AST_CLASSOF(Slice)

    ExprPtr lower, upper, step;
};

/// `(a, b)` or `a, b`; as an assignment target its elements are targets.
class Tuple : public Expr {
  public:
    Tuple(SourceRange r, ExprContext ctx = ExprContext::Load)
        : Expr(NodeKind::Tuple, r), ctx(ctx) {}
    KRAIT_AST_CLASSOF(Tuple)

    ExprList elts; ///< May contain `Starred`.
    ExprContext ctx;
};

/// `[a, b]`; as an assignment target its elements are targets.
class List : public Expr {
  public:
    List(SourceRange r, ExprContext ctx = ExprContext::Load) : Expr(NodeKind::List, r), ctx(ctx) {}
    KRAIT_AST_CLASSOF(List)

    ExprList elts; ///< May contain `Starred`.
    ExprContext ctx;
};

/// `{k: v, **m}`. `keys[i]` is null for a `**values[i]` unpacking entry.
class Dict : public Expr {
  public:
    explicit Dict(SourceRange r) : Expr(NodeKind::Dict, r) {}
    KRAIT_AST_CLASSOF(Dict)

    ExprList keys;
    ExprList values;
};

/// `{a, b}` (never empty: `{}` is a Dict).
class Set : public Expr {
  public:
    explicit Set(SourceRange r) : Expr(NodeKind::Set, r) {}
    KRAIT_AST_CLASSOF(Set)

    ExprList elts; ///< May contain `Starred`.
};

/// One `for target in iter if cond...` clause of a comprehension.
struct Comprehension {
    SourceRange range;
    ExprPtr target; ///< A Store target (Name, Tuple, ...).
    ExprPtr iter;
    ExprList ifs;
    bool isAsync = false; ///< `async for`.
};

/// Base of ListComp, SetComp, DictComp and GeneratorExp. The comprehension
/// is its own function scope; `generators[0].iter` is evaluated in the
/// enclosing scope and passed in as the scope's single parameter ".0".
class ComprehensionExpr : public Expr {
  public:
    static bool classof(const Node *n) {
        return n->kind() >= NodeKind::FirstComprehension &&
               n->kind() <= NodeKind::LastComprehension;
    }

    std::vector<Comprehension> generators; ///< At least one.
    Scope *scope = nullptr;                ///< Set by analyzeScopes.

  protected:
    using Expr::Expr;
};

/// `[elt for ...]`.
class ListComp : public ComprehensionExpr {
  public:
    explicit ListComp(SourceRange r) : ComprehensionExpr(NodeKind::ListComp, r) {}
    KRAIT_AST_CLASSOF(ListComp)
    ExprPtr elt;
};

/// `{elt for ...}`.
class SetComp : public ComprehensionExpr {
  public:
    explicit SetComp(SourceRange r) : ComprehensionExpr(NodeKind::SetComp, r) {}
    KRAIT_AST_CLASSOF(SetComp)
    ExprPtr elt;
};

/// `{key: value for ...}`.
class DictComp : public ComprehensionExpr {
  public:
    explicit DictComp(SourceRange r) : ComprehensionExpr(NodeKind::DictComp, r) {}
    KRAIT_AST_CLASSOF(DictComp)
    ExprPtr key;
    ExprPtr value;
};

/// `(elt for ...)`; its scope is a generator.
class GeneratorExp : public ComprehensionExpr {
  public:
    explicit GeneratorExp(SourceRange r) : ComprehensionExpr(NodeKind::GeneratorExp, r) {}
    KRAIT_AST_CLASSOF(GeneratorExp)
    ExprPtr elt;
};

/// `body if test else orelse`.
class IfExp : public Expr {
  public:
    IfExp(SourceRange r, ExprPtr test, ExprPtr body, ExprPtr orelse)
        : Expr(NodeKind::IfExp, r), test(std::move(test)), body(std::move(body)),
          orelse(std::move(orelse)) {}
    KRAIT_AST_CLASSOF(IfExp)

    ExprPtr test, body, orelse;
};

/// One parameter of a function or lambda.
struct Arg {
    SourceRange range;
    std::string name;
    ExprPtr annotation;  ///< `: ann`, or null (always null in lambdas).
    NameBinding binding; ///< Local slot or Cell of the parameter (set by analyzeScopes).
};

/// A parameter list:
/// `def f(posonly..., /, args..., *vararg, kwonly..., **kwarg)`.
struct Arguments {
    std::vector<Arg> posonly;    ///< Before `/`.
    std::vector<Arg> args;       ///< Positional-or-keyword.
    ExprList defaults;           ///< Defaults of the last `defaults.size()` of posonly+args.
    std::unique_ptr<Arg> vararg; ///< `*name`, or null.
    std::vector<Arg> kwonly;     ///< After `*` or `*name`.
    ExprList kwDefaults;         ///< Same size as kwonly; null entry = no default.
    std::unique_ptr<Arg> kwarg;  ///< `**name`, or null.
};

/// `lambda args: body`.
class Lambda : public Expr {
  public:
    explicit Lambda(SourceRange r) : Expr(NodeKind::Lambda, r) {}
    KRAIT_AST_CLASSOF(Lambda)

    Arguments args;
    ExprPtr body;
    Scope *scope = nullptr; ///< Set by analyzeScopes.
};

/// `target := value` (target is a Name in Store context).
class NamedExpr : public Expr {
  public:
    NamedExpr(SourceRange r, std::unique_ptr<Name> target, ExprPtr value)
        : Expr(NodeKind::NamedExpr, r), target(std::move(target)), value(std::move(value)) {}
    KRAIT_AST_CLASSOF(NamedExpr)

    std::unique_ptr<Name> target;
    ExprPtr value;
};

/// `*value` in a call, a literal or an assignment target.
class Starred : public Expr {
  public:
    Starred(SourceRange r, ExprPtr value, ExprContext ctx = ExprContext::Load)
        : Expr(NodeKind::Starred, r), value(std::move(value)), ctx(ctx) {}
    KRAIT_AST_CLASSOF(Starred)

    ExprPtr value;
    ExprContext ctx;
};

/// `yield` or `yield value` (value may be a Tuple for `yield a, b`).
class Yield : public Expr {
  public:
    Yield(SourceRange r, ExprPtr value) : Expr(NodeKind::Yield, r), value(std::move(value)) {}
    KRAIT_AST_CLASSOF(Yield)

    ExprPtr value; ///< May be null.
};

/// `yield from value`.
class YieldFrom : public Expr {
  public:
    YieldFrom(SourceRange r, ExprPtr value)
        : Expr(NodeKind::YieldFrom, r), value(std::move(value)) {}
    KRAIT_AST_CLASSOF(YieldFrom)

    ExprPtr value;
};

/// `await value`.
class Await : public Expr {
  public:
    Await(SourceRange r, ExprPtr value) : Expr(NodeKind::Await, r), value(std::move(value)) {}
    KRAIT_AST_CLASSOF(Await)

    ExprPtr value;
};

} // namespace krait::ast

#endif // KRAIT_FRONTEND_ASTEXPR_H
