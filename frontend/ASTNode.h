//===- ASTNode.h - AST base classes and casts -------------------*- C++ -*-===//
///
/// \file
/// The roots of the AST (see AST.h for its conventions): node kinds,
/// operator enums, the Node/Expr/Stmt base classes and the isa/cast helpers.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_FRONTEND_ASTNODE_H
#define KRAIT_FRONTEND_ASTNODE_H

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

} // namespace krait::ast

#endif // KRAIT_FRONTEND_ASTNODE_H
