//===- eval/Evaluator.h - tree-walking evaluator for eval/exec --*- C++ -*-===//
///
/// \file
/// Runs krait's AST (frontend/ parser + scope analysis) directly, by calling
/// the runtime's C ABI: the engine behind the `eval` and `exec` built-ins of
/// programs that use them (see docs/ARCHITECTURE.md, "eval and exec").
///
/// Memory: the runtime's collector is conservative over the C stack and the
/// registered roots only, so every Python value the evaluator holds lives
/// either in a C++ local (on the stack) or in a collector-allocated block
/// reachable from one. Never keep a kr_value in malloc'd memory (std::vector)
/// across a runtime call.
///
/// Errors follow the runtime's protocol: an expression evaluates to 0 with the
/// exception pending; a statement returns Flow::Error.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_EVAL_EVALUATOR_H
#define KRAIT_EVAL_EVALUATOR_H

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "frontend/Scope.h"

#include "function.h"
#include "object.h"
#include "runtime.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace krait::eval {

struct EvalCode;

/// One parsed source string: its text, AST and scopes. Kept alive for ever
/// once a function created from it may outlive the eval/exec call.
struct Unit {
    std::unique_ptr<SourceFile> file;
    std::unique_ptr<ast::Module> module;
    std::unique_ptr<ScopeInfo> scopes;
    /// Code descriptors of the unit's functions and lambdas, one per node.
    std::unordered_map<const ast::Node *, std::unique_ptr<EvalCode>> codes;
    /// Generator bodies: whether a statement contains a yield (computed once).
    std::unordered_map<const ast::Stmt *, bool> hasYield;
    /// True once a function object refers to this unit.
    bool escaped = false;
};

/// The code of a function defined in evaluated source: a runtime
/// kr_code_info (first member, so the runtime's `info` pointer leads back
/// here) plus the AST it runs.
struct EvalCode {
    kr_code_info info;
    const ast::Node *node = nullptr; ///< FunctionDef or Lambda
    const ast::Arguments *args = nullptr;
    const Scope *scope = nullptr;
    Unit *unit = nullptr;
    std::string name;
    std::vector<std::string> paramNames;
    std::vector<const char *> paramPtrs;
    std::vector<const ast::Arg *> slotArgs; ///< the Arg of each runtime slot
};

/// How a statement finished.
enum class Flow { Normal, Break, Continue, Return, Error };

/// The state of one running scope. Lives on the C stack; every value field
/// points into collector memory so the stack scan keeps it alive.
struct Frame {
    const Scope *scope = nullptr;
    kr_value globals = 0;      ///< the module dict
    kr_value ns = 0;           ///< class body / exec locals dict, or 0
    kr_value *slots = nullptr; ///< Scope::locals (0 = unbound)
    kr_value *cells = nullptr; ///< Scope::cells: each a 1-item list
    kr_value closure = 0;      ///< tuple: the scope's frees (cells), then the class cell
    kr_value classCell = 0;    ///< cell holding the class, for zero-arg super()
    kr_value firstArg = 0;     ///< name of the first parameter (str), for super()
    kr_value handling = 0;     ///< exception being handled (for bare `raise`)
    kr_value retval = 0;       ///< value of a `return`
    uint32_t line = 0;         ///< line of the statement running
    /// A generator statement with a yield inside an expression is replayed
    /// after each resume: `memo` (a list of node key, value pairs) gives the
    /// results of the sub-expressions already evaluated (0 otherwise).
    kr_value memo = 0;
    void *genState = nullptr; ///< the GenState while such a statement runs
    bool suspend = false;     ///< a yield inside the statement paused it
    const char *fnName = "<module>";
    Unit *unit = nullptr;
};

/// Evaluation entry points (EvalExpr.cpp / EvalStmt.cpp / EvalFunction.cpp).
kr_value evalExpr(Frame &f, const ast::Expr &e);
Flow execBlock(Frame &f, const ast::StmtList &body);
Flow execStmt(Frame &f, const ast::Stmt &s);

/// Store / delete a value into an assignment target.
bool assignTarget(Frame &f, const ast::Expr &target, kr_value value);
bool deleteTarget(Frame &f, const ast::Expr &target);
/// Load / store a name by its binding. Store with value 0 deletes.
kr_value loadName(Frame &f, const NameBinding &b, const std::string &id);
bool storeName(Frame &f, const NameBinding &b, const std::string &id, kr_value value);

/// A function object for a `def` or `lambda` evaluated in `f` (defaults
/// already evaluated: `defaults` a tuple or 0, `kwdefaults` a dict or 0).
kr_value makeFunction(Frame &f, const ast::Node &node, const ast::Arguments &args,
                      const Scope *scope, const std::string &name, kr_value defaults,
                      kr_value kwdefaults);
/// The generator object a call of generator function `code` returns; `frame`
/// holds the call's bound arguments (EvalGenerator.cpp).
kr_value startGenerator(const EvalCode *code, const Frame &frame);
/// The generator object of a generator expression evaluated in `frame`
/// (its own scope's frame), given the iterator of its first `for` clause.
kr_value startGeneratorExp(const ast::GeneratorExp &e, const Frame &frame, kr_value firstIter);
/// Whether an expression / expressions / statement / block contains a yield,
/// yield from or await of its own scope (YieldScan.cpp). Null is none.
bool exprHasYield(const ast::Expr *e);
bool anyHasYield(const ast::ExprList &list);
bool stmtHasYield(const ast::Stmt *s);
bool blockHasYield(const ast::StmtList &body);
/// A yield, yield from or await met inside an expression of a replayed
/// generator statement (f.genState set): 0 with f.suspend set when the
/// generator paused, else the delegation's result (EvalGenerator.cpp).
kr_value yieldInExpr(Frame &f, const ast::Expr &e);
/// Records `v` as the result of node `e` for the replay (EvalExpr.cpp).
bool memoize(Frame &f, const ast::Expr &e, kr_value v);
/// Run a class body and create the class.
kr_value makeClass(Frame &f, const ast::ClassDef &def);
/// A list/set/dict comprehension or generator expression.
kr_value evalComprehension(Frame &f, const ast::ComprehensionExpr &e);
/// Set up the slots and cells of a function-like scope's frame. False on
/// MemoryError.
bool allocFrame(Frame &f, const Scope *scope);
/// The closure tuple for a scope created inside `f`.
kr_value buildClosure(Frame &f, const Scope *inner, kr_value classCell);

/// The kr_binary_op code of a binary operator (add the in-place offset for
/// augmented assignment).
int binaryOpCode(ast::BinOpKind op);

/// Small helpers shared by the evaluator files.
kr_value str(const std::string &s);
kr_value none();
kr_value callBuiltin(const char *name, size_t nargs, const kr_value *args);
/// Raise `type` with a message naming an unsupported construct.
kr_value unsupported(const char *what);
/// True when the C stack is nearly exhausted (RecursionError raised).
bool stackTooDeep();

} // namespace krait::eval

#endif // KRAIT_EVAL_EVALUATOR_H
