//===- AST.h - Abstract syntax tree for Python 3 ---------------*- C++ -*-===//
///
/// \file
/// The AST of the Python 3 grammar that MicroPython accepts. Node names and
/// fields follow CPython's `ast` module where possible.
///
/// Conventions:
///  - Every node has a `range` (see SourceLocation.h).
///  - Children are owned through `std::unique_ptr`; optional children are
///    null when absent.
///  - Dynamic type checks use LLVM-style `classof` with the small `isa<>`,
///    `cast<>` and `dyn_cast<>` helpers below (llvm::isa works as well).
///  - `async def`, `async for` and `async with` are the non-async node with
///    `isAsync = true`.
///  - Scope analysis (Scope.h) fills the `binding` / `scope` fields.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_FRONTEND_AST_H
#define KRAIT_FRONTEND_AST_H

#include "frontend/Scope.h"
#include "frontend/SourceLocation.h"

#include <cassert>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace krait::ast {

//===----------------------------------------------------------------------===//
// Casting helpers
//===----------------------------------------------------------------------===//

/// True when `node` is a `To` (by its kind). `node` must not be null.
template <typename To, typename From> bool isa(const From *node) {
    assert(node && "isa<> on a null pointer");
    return To::classof(node);
}
/// Casts `node` to `To`, asserting that it is one.
template <typename To, typename From> To *cast(From *node) {
    assert(isa<To>(node) && "cast<> to the wrong node type");
    return static_cast<To *>(node);
}
template <typename To, typename From> const To *cast(const From *node) {
    assert(isa<To>(node) && "cast<> to the wrong node type");
    return static_cast<const To *>(node);
}
/// Casts `node` to `To` when it is one, else returns null.
template <typename To, typename From> To *dyn_cast(From *node) {
    return isa<To>(node) ? static_cast<To *>(node) : nullptr;
}
template <typename To, typename From> const To *dyn_cast(const From *node) {
    return isa<To>(node) ? static_cast<const To *>(node) : nullptr;
}
/// Like dyn_cast, but accepts null (and returns null for it).
template <typename To, typename From> To *dyn_cast_or_null(From *node) {
    return node && isa<To>(node) ? static_cast<To *>(node) : nullptr;
}

//===----------------------------------------------------------------------===//
// Kinds and operators
//===----------------------------------------------------------------------===//

/// The dynamic kind of every node.
enum class NodeKind : uint8_t {
    // Expressions.
    Name,
    Constant,
    JoinedStr,
    FormattedValue,
    BinOp,
    UnaryOp,
    BoolOp,
    Compare,
    Call,
    Attribute,
    Subscript,
    Slice,
    Tuple,
    List,
    Dict,
    Set,
    ListComp,
    SetComp,
    DictComp,
    GeneratorExp,
    IfExp,
    Lambda,
    NamedExpr,
    Starred,
    Yield,
    YieldFrom,
    Await,
    // Statements.
    ExprStmt,
    Assign,
    AugAssign,
    AnnAssign,
    Delete,
    Pass,
    Break,
    Continue,
    Return,
    Raise,
    Global,
    Nonlocal,
    If,
    While,
    For,
    Try,
    With,
    FunctionDef,
    ClassDef,
    Import,
    ImportFrom,
    Assert,
    // Root.
    Module,

    FirstExpr = Name,
    LastExpr = Await,
    FirstComprehension = ListComp,
    LastComprehension = GeneratorExp,
    FirstStmt = ExprStmt,
    LastStmt = Assert,
};

/// Returns the node kind's name as spelled in this header ("BinOp", ...).
const char *nodeKindName(NodeKind kind);

/// Binary operators (`BinOp`, `AugAssign`).
enum class BinOpKind : uint8_t {
    Add,      ///< +
    Sub,      ///< -
    Mult,     ///< *
    MatMult,  ///< @
    Div,      ///< /
    FloorDiv, ///< //
    Mod,      ///< %
    Pow,      ///< **
    LShift,   ///< <<
    RShift,   ///< >>
    BitOr,    ///< |
    BitXor,   ///< ^
    BitAnd,   ///< &
};
/// Unary operators.
enum class UnaryOpKind : uint8_t {
    Invert, ///< ~
    Not,    ///< not
    UAdd,   ///< unary +
    USub,   ///< unary -
};
/// Boolean operators (`BoolOp`).
enum class BoolOpKind : uint8_t { And, Or };
/// Comparison operators (`Compare`).
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

/// Source spelling of an operator: "+", "not", "and", "not in", ...
const char *spelling(BinOpKind op);
const char *spelling(UnaryOpKind op);
const char *spelling(BoolOpKind op);
const char *spelling(CmpOpKind op);

/// How an assignable expression is used.
enum class ExprContext : uint8_t { Load, Store, Del };

//===----------------------------------------------------------------------===//
// Base classes
//===----------------------------------------------------------------------===//

/// Base of every AST node.
class Node {
  public:
    virtual ~Node() = default;
    Node(const Node &) = delete;
    Node &operator=(const Node &) = delete;

    /// The node's dynamic kind.
    NodeKind kind() const { return kind_; }

    SourceRange range; ///< Source text the node was parsed from.

  protected:
    Node(NodeKind kind, SourceRange range) : range(range), kind_(kind) {}

  private:
    NodeKind kind_;
};

/// Base of every expression node.
class Expr : public Node {
  public:
    static bool classof(const Node *n) {
        return n->kind() >= NodeKind::FirstExpr && n->kind() <= NodeKind::LastExpr;
    }

  protected:
    using Node::Node;
};

/// Base of every statement node.
class Stmt : public Node {
  public:
    static bool classof(const Node *n) {
        return n->kind() >= NodeKind::FirstStmt && n->kind() <= NodeKind::LastStmt;
    }

  protected:
    using Node::Node;
};

using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using ExprList = std::vector<ExprPtr>;
using StmtList = std::vector<StmtPtr>;

/// Defines `classof` for a concrete node class of kind `K`.
#define KRAIT_AST_CLASSOF(K)                                                                       \
    static bool classof(const Node *n) {                                                           \
        return n->kind() == NodeKind::K;                                                           \
    }

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

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

/// An expression used as a statement.
class ExprStmt : public Stmt {
  public:
    ExprStmt(SourceRange r, ExprPtr value) : Stmt(NodeKind::ExprStmt, r), value(std::move(value)) {}
    KRAIT_AST_CLASSOF(ExprStmt)

    ExprPtr value;
};

/// `t1 = t2 = ... = value`; targets are in source order (assigned left to
/// right after evaluating `value` once).
class Assign : public Stmt {
  public:
    Assign(SourceRange r) : Stmt(NodeKind::Assign, r) {}
    KRAIT_AST_CLASSOF(Assign)

    ExprList targets; ///< Store-context targets; at least one.
    ExprPtr value;    ///< May be a Yield.
};

/// `target op= value`. `target` is a Name, Attribute or Subscript (Store ctx).
class AugAssign : public Stmt {
  public:
    AugAssign(SourceRange r, ExprPtr target, BinOpKind op, ExprPtr value)
        : Stmt(NodeKind::AugAssign, r), target(std::move(target)), op(op), value(std::move(value)) {
    }
    KRAIT_AST_CLASSOF(AugAssign)

    ExprPtr target;
    BinOpKind op;
    ExprPtr value;
};

/// `target: annotation [= value]`.
class AnnAssign : public Stmt {
  public:
    AnnAssign(SourceRange r) : Stmt(NodeKind::AnnAssign, r) {}
    KRAIT_AST_CLASSOF(AnnAssign)

    ExprPtr target; ///< Name, Attribute or Subscript (Store ctx).
    ExprPtr annotation;
    ExprPtr value;      ///< May be null (then nothing is assigned).
    bool simple = true; ///< Target is a bare, unparenthesised Name.
};

/// `del t1, t2, ...` (Del-context targets).
class Delete : public Stmt {
  public:
    explicit Delete(SourceRange r) : Stmt(NodeKind::Delete, r) {}
    KRAIT_AST_CLASSOF(Delete)

    ExprList targets;
};

/// `pass`.
class Pass : public Stmt {
  public:
    explicit Pass(SourceRange r) : Stmt(NodeKind::Pass, r) {}
    KRAIT_AST_CLASSOF(Pass)
};

/// `break`.
class Break : public Stmt {
  public:
    explicit Break(SourceRange r) : Stmt(NodeKind::Break, r) {}
    KRAIT_AST_CLASSOF(Break)
};

/// `continue`.
class Continue : public Stmt {
  public:
    explicit Continue(SourceRange r) : Stmt(NodeKind::Continue, r) {}
    KRAIT_AST_CLASSOF(Continue)
};

/// `return [value]`.
class Return : public Stmt {
  public:
    Return(SourceRange r, ExprPtr value) : Stmt(NodeKind::Return, r), value(std::move(value)) {}
    KRAIT_AST_CLASSOF(Return)

    ExprPtr value; ///< May be null.
};

/// `raise [exc [from cause]]`.
class Raise : public Stmt {
  public:
    explicit Raise(SourceRange r) : Stmt(NodeKind::Raise, r) {}
    KRAIT_AST_CLASSOF(Raise)

    ExprPtr exc;   ///< Null for a bare re-raise.
    ExprPtr cause; ///< Null without `from`.
};

/// `global a, b`.
class Global : public Stmt {
  public:
    explicit Global(SourceRange r) : Stmt(NodeKind::Global, r) {}
    KRAIT_AST_CLASSOF(Global)

    std::vector<std::string> names;
};

/// `nonlocal a, b`.
class Nonlocal : public Stmt {
  public:
    explicit Nonlocal(SourceRange r) : Stmt(NodeKind::Nonlocal, r) {}
    KRAIT_AST_CLASSOF(Nonlocal)

    std::vector<std::string> names;
};

/// `if test: body [elif ...] [else: orelse]`; an `elif` is an If alone in `orelse`.
class If : public Stmt {
  public:
    If(SourceRange r, ExprPtr test) : Stmt(NodeKind::If, r), test(std::move(test)) {}
    KRAIT_AST_CLASSOF(If)

    ExprPtr test;
    StmtList body;
    StmtList orelse;
};

/// `while test: body [else: orelse]`.
class While : public Stmt {
  public:
    While(SourceRange r, ExprPtr test) : Stmt(NodeKind::While, r), test(std::move(test)) {}
    KRAIT_AST_CLASSOF(While)

    ExprPtr test;
    StmtList body;
    StmtList orelse;
};

/// `[async] for target in iter: body [else: orelse]`.
class For : public Stmt {
  public:
    explicit For(SourceRange r) : Stmt(NodeKind::For, r) {}
    KRAIT_AST_CLASSOF(For)

    ExprPtr target; ///< Store-context target.
    ExprPtr iter;   ///< May be a Tuple (`for x in a, b:`).
    StmtList body;
    StmtList orelse;
    bool isAsync = false;
};

/// One `except [type [as name]]: body` clause.
struct ExceptHandler {
    SourceRange range;
    ExprPtr type;            ///< Null for a bare `except:`.
    std::string name;        ///< Empty without `as`.
    NameBinding nameBinding; ///< Where `name` is stored (set by analyzeScopes).
    StmtList body;
};

/// `try: body` with handlers, `else:` and `finally:` parts.
class Try : public Stmt {
  public:
    explicit Try(SourceRange r) : Stmt(NodeKind::Try, r) {}
    KRAIT_AST_CLASSOF(Try)

    StmtList body;
    std::vector<ExceptHandler> handlers;
    StmtList orelse;    ///< Only with handlers.
    StmtList finalbody; ///< Empty without `finally`.
};

/// One `expr [as target]` of a with statement.
struct WithItem {
    SourceRange range;
    ExprPtr contextExpr;
    ExprPtr optionalVars; ///< Store-context target, or null.
};

/// `[async] with item, ...: body`.
class With : public Stmt {
  public:
    explicit With(SourceRange r) : Stmt(NodeKind::With, r) {}
    KRAIT_AST_CLASSOF(With)

    std::vector<WithItem> items; ///< At least one.
    StmtList body;
    bool isAsync = false;
};

/// `@decorators [async] def name(args) -> returns: body`.
class FunctionDef : public Stmt {
  public:
    explicit FunctionDef(SourceRange r) : Stmt(NodeKind::FunctionDef, r) {}
    KRAIT_AST_CLASSOF(FunctionDef)

    std::string name;
    SourceLoc nameLoc; ///< Position of the name after `def`.
    Arguments args;
    StmtList body;
    ExprList decorators; ///< Outermost first (source order).
    ExprPtr returns;     ///< `-> ann`, or null.
    bool isAsync = false;
    NameBinding nameBinding; ///< Where the function object is stored.
    Scope *scope = nullptr;  ///< The function's own scope.
};

/// `@decorators class name(bases, keywords): body`.
class ClassDef : public Stmt {
  public:
    explicit ClassDef(SourceRange r) : Stmt(NodeKind::ClassDef, r) {}
    KRAIT_AST_CLASSOF(ClassDef)

    std::string name;
    SourceLoc nameLoc;
    ExprList bases;                ///< May contain Starred.
    std::vector<Keyword> keywords; ///< e.g. `metaclass=M`, `**kw`.
    StmtList body;
    ExprList decorators;
    NameBinding nameBinding; ///< Where the class object is stored.
    Scope *scope = nullptr;  ///< The class body's scope.
};

/// One `name [as asname]` of an import.
struct Alias {
    SourceRange range;
    std::string name;   ///< Dotted module name (Import), or imported name / "*" (ImportFrom).
    std::string asname; ///< Empty without `as`.
    /// Where the bound name is stored: `asname`, else for `import a.b.c` the
    /// first component "a", else `name`. Unresolved for "*".
    NameBinding binding;

    /// The name this alias binds in the importing scope.
    std::string boundName() const {
        if (!asname.empty()) return asname;
        auto dot = name.find('.');
        return dot == std::string::npos ? name : name.substr(0, dot);
    }
};

/// `import a.b as c, d`.
class Import : public Stmt {
  public:
    explicit Import(SourceRange r) : Stmt(NodeKind::Import, r) {}
    KRAIT_AST_CLASSOF(Import)

    std::vector<Alias> names;
};

/// `from ..module import a as b, c` or `from module import *`.
class ImportFrom : public Stmt {
  public:
    explicit ImportFrom(SourceRange r) : Stmt(NodeKind::ImportFrom, r) {}
    KRAIT_AST_CLASSOF(ImportFrom)

    std::string module;       ///< Dotted; empty for `from . import x`.
    unsigned level = 0;       ///< Number of leading dots (relative import).
    std::vector<Alias> names; ///< A single "*" alias for a star import.
};

/// `assert test [, msg]`.
class Assert : public Stmt {
  public:
    Assert(SourceRange r, ExprPtr test, ExprPtr msg)
        : Stmt(NodeKind::Assert, r), test(std::move(test)), msg(std::move(msg)) {}
    KRAIT_AST_CLASSOF(Assert)

    ExprPtr test;
    ExprPtr msg; ///< May be null.
};

//===----------------------------------------------------------------------===//
// Root
//===----------------------------------------------------------------------===//

/// A whole source file.
class Module : public Node {
  public:
    explicit Module(SourceRange r) : Node(NodeKind::Module, r) {}
    KRAIT_AST_CLASSOF(Module)

    StmtList body;
    Scope *scope = nullptr; ///< The module scope (set by analyzeScopes).
};

#undef KRAIT_AST_CLASSOF

/// If `body` starts with a string-literal expression statement, returns that
/// string constant (the docstring), else null.
const Constant *docstring(const StmtList &body);

} // namespace krait::ast

#endif // KRAIT_FRONTEND_AST_H
