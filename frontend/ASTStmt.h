//===- ASTStmt.h - Statement nodes ------------------------------*- C++ -*-===//
///
/// \file
/// Statement nodes and the Module root of the AST (see AST.h for its
/// conventions).
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_FRONTEND_ASTSTMT_H
#define KRAIT_FRONTEND_ASTSTMT_H

#include "frontend/ASTExpr.h"

namespace krait::ast {

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

/// If `body` starts with a string-literal expression statement, returns that
/// string constant (the docstring), else null.
const Constant *docstring(const StmtList &body);

} // namespace krait::ast

#endif // KRAIT_FRONTEND_ASTSTMT_H
