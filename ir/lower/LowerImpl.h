//===- LowerImpl.h - Internals of the AST to IR lowering -------*- C++ -*-===//
///
/// \file
/// `ModuleLowering` holds what every function of one module shares (the IR
/// module, diagnostics); `FunctionLowering` lowers the body of one Python
/// function (or the module body, or a lambda) into one `ir::Function`. Its
/// member functions are split by area over LowerExpr.cpp, LowerStmt.cpp,
/// LowerControl.cpp and LowerFunction.cpp.
///
/// Exceptions: every block records the handler block of the innermost
/// enclosing `try` (`curHandler_`); entering or leaving a protected region
/// always starts a new block so that the recorded handler stays exact.
///
/// `finally` bodies are duplicated on every exit path (fall-through,
/// exception, and `return`/`break`/`continue` crossing them); the context
/// stack records the active loops, finally bodies and handled exceptions so
/// that each exit runs exactly the cleanups it crosses.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_LOWER_LOWERIMPL_H
#define KRAIT_IR_LOWER_LOWERIMPL_H

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "frontend/Scope.h"
#include "ir/Builder.h"
#include "ir/IR.h"

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_set>
#include <utility>
#include <vector>

namespace krait::lower {

/// The IR operator of a Python binary operator.
ir::BinaryOp irBinaryOp(ast::BinOpKind op);
/// The IR operator of a Python comparison operator.
ir::BinaryOp irCompareOp(ast::CmpOpKind op);

/// State shared by the lowering of all functions of one module.
class ModuleLowering {
  public:
    /// Lowers into `irModule`, reporting to `diags`.
    ModuleLowering(ir::Module &irModule, DiagnosticEngine &diags)
        : irModule(irModule), diags(diags) {}

    /// Reports an error at `loc` once: a `finally` body is lowered several
    /// times, and its errors must not repeat.
    void error(SourceLoc loc, const std::string &message);
    /// Reports "`what` is not supported yet" at `loc`.
    void unsupported(SourceLoc loc, const std::string &what) {
        error(loc, what + " not supported yet");
    }

    ir::Module &irModule;    ///< The module being built.
    DiagnosticEngine &diags; ///< Where errors go.
    /// The package relative imports start from: the module's own name for a
    /// package's __init__, its parent package otherwise; empty at top level.
    std::string package;

  private:
    std::set<std::tuple<uint32_t, uint32_t, std::string>> reported_;
};

/// Lowers the code of one function-like scope into one IR function.
class FunctionLowering {
  public:
    /// Lowers into `fn`, whose names resolve through `scope`.
    FunctionLowering(ModuleLowering &m, ir::Function *fn, const Scope *scope);

    /// Lowers the module body `body` (the function is the module body).
    void lowerModuleBody(const ast::StmtList &body);
    /// Lowers a `def` body: parameter set-up, statements, implicit `return None`.
    void lowerFunctionBody(const ast::FunctionDef &def);
    /// Lowers a lambda body: parameter set-up and `return <body>`.
    void lowerLambdaBody(const ast::Lambda &lambda);

  private:
    //===--- One entry of the context stack --------------------------------===//
    /// An active loop, cleanup region, or exception being handled.
    struct Context {
        enum Kind {
            Loop,      ///< `break` / `continue` targets.
            Cleanup,   ///< A `finally` body (or a handler's name unbinding).
            ActiveExc, ///< Inside an `except` body: what a bare `raise` re-raises.
        } kind;
        ir::Block *breakTarget = nullptr;    ///< Loop.
        ir::Block *continueTarget = nullptr; ///< Loop.
        /// Cleanup: emits the cleanup code at the current insert point.
        std::function<void()> emitCleanup;
        /// Cleanup: the handler active outside the protected region (the
        /// cleanup code itself runs under it).
        ir::Block *outerHandler = nullptr;
        ir::Instruction *exc = nullptr; ///< ActiveExc: the exception.

        static Context loop(ir::Block *breakTarget, ir::Block *continueTarget) {
            Context c{Loop};
            c.breakTarget = breakTarget;
            c.continueTarget = continueTarget;
            return c;
        }
        static Context cleanup(std::function<void()> emit, ir::Block *outerHandler) {
            Context c{Cleanup};
            c.emitCleanup = std::move(emit);
            c.outerHandler = outerHandler;
            return c;
        }
        static Context active(ir::Instruction *exc) {
            Context c{ActiveExc};
            c.exc = exc;
            return c;
        }

      private:
        explicit Context(Kind kind) : kind(kind) {}
    };

    //===--- Blocks and locations (LowerFunction.cpp) ------------------------===//
    /// A new block protected by the current handler.
    ir::Block *newBlock() { return newBlock(curHandler_); }
    /// A new block protected by `handler` (null: none).
    ir::Block *newBlock(ir::Block *handler);
    /// Continues emitting into `block`.
    void setBlock(ir::Block *block) { b_.setInsertPoint(block); }
    /// The block being emitted into.
    ir::Block *curBlock() const { return b_.insertBlock(); }
    /// False after a terminator: the code that follows is dead.
    bool reachable() const { return !b_.isTerminated(); }
    /// Ends the current block with a jump to a new block protected by
    /// `handler` and continues there.
    void switchHandler(ir::Block *handler);
    /// Stamps the next instructions with the start of `node`.
    void at(const ast::Node &node) { b_.setLoc(node.range.begin); }
    /// Removes `block` if nothing jumps to it; returns true when it was kept.
    bool keepIfUsed(ir::Block *block);
    /// Ends the current block with a jump (recording the target as used).
    void jump(ir::Block *target) {
        targeted_.insert(target);
        b_.jump(target);
    }
    /// Ends the current block with a branch on a truth bit.
    void branch(ir::Instruction *cond, ir::Block *ifTrue, ir::Block *ifFalse) {
        targeted_.insert(ifTrue);
        targeted_.insert(ifFalse);
        b_.branch(cond, ifTrue, ifFalse);
    }

    //===--- Errors ----------------------------------------------------------===//
    void error(const ast::Node &node, const std::string &message) {
        m_.error(node.range.begin, message);
    }
    void unsupported(const ast::Node &node, const std::string &what) {
        m_.unsupported(node.range.begin, what);
    }

    //===--- Names (LowerStmt.cpp) -----------------------------------------===//
    /// Reads variable `id` bound as `b`; `loc` positions errors and the load.
    ir::Instruction *loadName(SourceLoc loc, const NameBinding &b, const std::string &id);
    /// Writes variable `id`.
    void storeName(SourceLoc loc, const NameBinding &b, const std::string &id,
                   ir::Instruction *value);
    /// Unbinds variable `id` (`del id`).
    void deleteName(SourceLoc loc, const NameBinding &b, const std::string &id);
    /// True when `b` can be lowered here; reports an error otherwise.
    bool checkBinding(SourceLoc loc, const NameBinding &b, const std::string &id);

    //===--- Statements (LowerStmt.cpp) ------------------------------------===//
    void lowerStmts(const ast::StmtList &stmts);
    void lowerStmt(const ast::Stmt &stmt);
    void lowerAssign(const ast::Assign &s);
    void lowerAugAssign(const ast::AugAssign &s);
    void lowerDelete(const ast::Expr &target);
    void lowerImport(const ast::Import &s);
    void lowerImportFrom(const ast::ImportFrom &s);
    /// Stores `value` into the assignment target `target`.
    void assignTo(const ast::Expr &target, ir::Instruction *value);
    /// Unpacks `value` into the elements of a tuple/list target.
    void assignSequence(const ast::Node &at, const ast::ExprList &elts, ir::Instruction *value);

    //===--- Control flow (LowerControl.cpp) -------------------------------===//
    void lowerIf(const ast::If &s);
    void lowerWhile(const ast::While &s);
    void lowerFor(const ast::For &s);
    /// `async for`: __aiter__, then `await __anext__()` until StopAsyncIteration.
    void lowerAsyncFor(const ast::For &s);
    /// Emits the head of an async loop over the async iterator `it`: sets
    /// `item` to `await it.__anext__()` and continues in a new body block;
    /// StopAsyncIteration goes to `exit`. Returns the head (the loop's
    /// `continue` target).
    ir::Block *lowerAsyncHead(SourceLoc loc, ir::Instruction *it, ir::Block *exit,
                              ir::Instruction *&item);
    void lowerTry(const ast::Try &s);
    void lowerTryExcept(const ast::Try &s);
    /// Runs `body` protected by a cleanup that `emitCleanup` emits on every
    /// exit path (fall-through, return/break/continue, and exception). When
    /// `onException` is given it replaces "cleanup, then re-raise" on the
    /// exception path; it receives the exception and may leave its block
    /// open to resume after the region (the exception was swallowed).
    void lowerProtected(const std::function<void()> &body, const std::function<void()> &emitCleanup,
                        const std::function<void(ir::Instruction *)> &onException = nullptr);
    /// Lowers items `item...` of a with statement, then its body.
    void lowerWith(const ast::With &s, size_t item);
    void lowerReturn(const ast::Return &s);
    void lowerBreakContinue(const ast::Stmt &s, bool isBreak);
    void lowerRaise(const ast::Raise &s);
    void lowerAssert(const ast::Assert &s);
    /// Runs the cleanups of contexts `[stop, end)` innermost first, as a
    /// jump out of them does. Returns false if a cleanup ended the block.
    bool runCleanupsDownTo(size_t stop);
    /// Branches to `ifTrue` / `ifFalse` on the truth of `e`, short-circuiting
    /// `and`, `or`, `not` and comparison chains without building values.
    void lowerCond(const ast::Expr &e, ir::Block *ifTrue, ir::Block *ifFalse);

    //===--- Expressions (LowerExpr.cpp) -----------------------------------===//
    ir::Instruction *lowerExpr(const ast::Expr &e);
    ir::Instruction *lowerConstant(const ast::Constant &c);
    ir::Instruction *lowerJoinedStr(const ast::JoinedStr &s);
    ir::Instruction *lowerFormattedValue(const ast::FormattedValue &f);
    ir::Instruction *lowerBoolOp(const ast::BoolOp &e);
    /// Values reaching a join block, each with the block it comes from.
    using Incoming = std::vector<std::pair<ir::Instruction *, ir::Block *>>;
    /// Continues in `join` with a phi of `incoming`, located at `e`.
    ir::Instruction *mergeAt(ir::Block *join, const Incoming &incoming, const ast::Node &e);
    ir::Instruction *lowerCompare(const ast::Compare &e);
    ir::Instruction *lowerIfExp(const ast::IfExp &e);
    ir::Instruction *lowerCall(const ast::Call &e);
    /// A call with `*args` or `**kwargs` arguments (call.ex).
    ir::Instruction *lowerStarCall(const ast::Call &e, ir::Instruction *f);
    ir::Instruction *lowerSequence(const ast::Expr &e, const ast::ExprList &elts, bool isTuple);
    ir::Instruction *lowerSetDisplay(const ast::Set &e);
    ir::Instruction *lowerDict(const ast::Dict &e);
    ir::Instruction *lowerSlice(const ast::Slice &s);
    ir::Instruction *lowerOptional(const ast::Expr *e);
    /// A placeholder value after an error (lowering continues to find more).
    ir::Instruction *poison() { return b_.constNone(); }

    //===--- Functions (LowerFunction.cpp) ---------------------------------===//
    /// One parameter: its name and where scope analysis put it.
    struct ParamInfo {
        std::string name;
        NameBinding binding;
    };
    /// All parameters in IR order: positional, keyword-only, *args, **kwargs.
    struct Params {
        std::vector<ParamInfo> list;
        unsigned nPos = 0;     ///< Including the positional-only ones.
        unsigned nPosOnly = 0; ///< The first `nPosOnly` are positional-only.
        unsigned nKwOnly = 0;
        bool varargs = false;
        bool varkw = false;
    };
    void lowerFunctionDef(const ast::FunctionDef &def);
    ir::Instruction *lowerLambda(const ast::Lambda &lambda);
    /// Checks that a def/lambda of `scope` with `args` can be lowered;
    /// reports what cannot.
    bool checkFunction(const ast::Node &at, const Scope *scope, const ast::Arguments &args);
    /// Evaluates the positional defaults into a tuple (null when none).
    ir::Instruction *lowerDefaults(const ast::Arguments &args);
    /// The closure tuple for a function of scope `inner` defined here (its
    /// captured cells, in `inner->frees` order), or null when it has none.
    ir::Instruction *closureFor(const ast::Node &at, const Scope *inner);
    /// Declares parameters and locals, copies each parameter into its slot or
    /// a new cell, creates the other cells and fetches the closure cells. All
    /// in the entry block, so the cell values dominate the whole function.
    void setUpFrame(const Params &params);
    /// The parameters of `args` in IR order.
    static Params paramsOf(const ast::Arguments &args);
    /// Evaluates the keyword-only defaults into a dict (null when none).
    ir::Instruction *lowerKwDefaults(const ast::Arguments &args);
    /// Evaluates decorator expressions (before the definition, in order).
    std::vector<ir::Instruction *> lowerDecorators(const ast::ExprList &decorators);
    /// Applies evaluated decorators to `object`, innermost first.
    ir::Instruction *applyDecorators(const ast::ExprList &decorators,
                                     const std::vector<ir::Instruction *> &values,
                                     ir::Instruction *object);

    //===--- Classes (LowerClass.cpp) --------------------------------------===//
    void lowerClassDef(const ast::ClassDef &def);
    /// Lowers a class body function: its parameter is the namespace dict.
    void lowerClassBody(const ast::ClassDef &def);
    /// A class statement with keyword arguments: raises TypeError at run time.
    void lowerClassKeywords(const ast::ClassDef &def);
    /// True when `scope` is a method that needs the class cell for a
    /// zero-argument super().
    static bool needsClassCell(const Scope *scope);
    /// Lowers `super()` inside a method: super(<class cell>, <first param>).
    ir::Instruction *lowerZeroArgSuper(const ast::Call &e);
    /// `globals()` / `locals()` of the builtins: the namespace itself, or null
    /// when `e` is another call.
    ir::Instruction *lowerNamespaceCall(const ast::Call &e);

    //===--- Comprehensions (LowerComprehension.cpp) -----------------------===//
    /// Calls a new function that runs the comprehension `c`.
    ir::Instruction *lowerComprehension(const ast::ComprehensionExpr &c);
    /// Lowers the body of the comprehension function.
    void lowerComprehensionBody(const ast::ComprehensionExpr &c);
    /// Emits the loop of `c.generators[k]` and everything nested in it.
    void lowerComprehensionLoop(const ast::ComprehensionExpr &c, size_t k, ir::Instruction *result);

    ModuleLowering &m_;
    ir::Function *fn_;
    const Scope *scope_;
    ir::IRBuilder b_;
    ir::Block *curHandler_ = nullptr;
    std::vector<Context> contexts_;
    /// Blocks some jump or branch targets (see `keepIfUsed`).
    std::unordered_set<const ir::Block *> targeted_;
    /// IR slot of each `scope_->locals` entry.
    std::vector<unsigned> slotOf_;
    /// The cell of each `scope_->cells` entry (created in the entry block).
    std::vector<ir::Instruction *> cells_;
    /// The closure cell of each `scope_->frees` entry (fetched in the entry block).
    std::vector<ir::Instruction *> frees_;
    /// Class bodies: the namespace dict (the parameter).
    ir::Instruction *ns_ = nullptr;
    /// Class bodies whose methods use zero-argument super(): the cell that
    /// will hold the class (appended to those methods' closures).
    ir::Instruction *classCell_ = nullptr;
    /// Methods using zero-argument super(): the class cell (the closure
    /// entry after the scope's own frees), and the first parameter.
    ir::Instruction *superCell_ = nullptr;
    std::optional<ParamInfo> firstParam_;
};

} // namespace krait::lower

#endif // KRAIT_IR_LOWER_LOWERIMPL_H
