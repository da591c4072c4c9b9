//===- Scope.h - Result of scope analysis ----------------------*- C++ -*-===//
///
/// \file
/// Scope analysis resolves every name occurrence of a module to where its
/// value lives at run time, and describes every scope (module, function,
/// lambda, class body, comprehension).
///
/// How the lowering uses it:
///  - Every `ast::Name` carries a filled-in `binding` (see `NameBinding`).
///    Other binding sites carry their own binding: `ast::Arg::binding`
///    (parameters), `ast::FunctionDef::nameBinding`, `ast::ClassDef::nameBinding`,
///    `ast::Alias::binding` (import targets), `ast::ExceptHandler::nameBinding`.
///  - Every scope-introducing node (`ast::Module`, `ast::FunctionDef`,
///    `ast::Lambda`, `ast::ClassDef`, the four comprehension nodes) has a
///    `scope` pointer to its `Scope`, owned by the `ScopeInfo`.
///
/// Storage model (MicroPython's): module-level names live in the module's
/// globals dict; function locals live in slots; a local captured by an inner
/// scope lives in a heap cell (`Cell`); the inner scope reaches it through its
/// closure (`Free`). Class bodies run with the class dict as their namespace.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_FRONTEND_SCOPE_H
#define KRAIT_FRONTEND_SCOPE_H

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace krait {

class DiagnosticEngine;

namespace ast {
class Node;
class Module;
class Name;
} // namespace ast

/// Where a name's value lives.
enum class BindingKind : uint8_t {
    /// Not resolved (scope analysis not run, or an error occurred).
    Unresolved,
    /// A local of the enclosing function scope; `index` is its slot in
    /// `Scope::locals`.
    Local,
    /// A local of the enclosing function scope that an inner scope captures;
    /// it lives in a heap cell; `index` is its position in `Scope::cells`.
    Cell,
    /// A variable of an enclosing function captured by this scope; `index` is
    /// its position in `Scope::frees` (the closure).
    Free,
    /// A name in the module's globals dict that the module assigns somewhere
    /// (at module level or through a `global` declaration).
    Global,
    /// A name the module never assigns: looked up in globals, then builtins
    /// (stores never resolve to this kind).
    GlobalOrBuiltin,
    /// A name assigned in a class body, accessed in the class dict. A load
    /// that misses the class dict falls back to globals, then builtins.
    ClassLocal,
};

/// Returns a stable lower-case spelling ("local", "cell", ...) for dumps.
const char *bindingKindName(BindingKind kind);

/// The resolution of one name occurrence.
struct NameBinding {
    BindingKind kind = BindingKind::Unresolved; ///< Where the value lives.
    uint32_t index = 0; ///< Slot / cell / free index; unused for globals and class names.

    bool isResolved() const { return kind != BindingKind::Unresolved; }
    /// True for kinds whose value is reached by name through a dict.
    bool isByName() const {
        return kind == BindingKind::Global || kind == BindingKind::GlobalOrBuiltin ||
               kind == BindingKind::ClassLocal;
    }
};

/// What kind of construct introduced a scope.
enum class ScopeKind : uint8_t {
    Module,        ///< The module body: every name is global.
    Function,      ///< `def` / `async def`.
    Lambda,        ///< `lambda`.
    Class,         ///< A class body: assigned names go to the class dict.
    Comprehension, ///< list/set/dict comprehension or generator expression.
};

/// A variable this scope captures from an enclosing function scope.
struct FreeVar {
    std::string name;     ///< The variable's name.
    bool fromParentCell;  ///< True: it is `parent->cells[parentIndex]`;
                          ///< false: it is `parent->frees[parentIndex]` (passed through).
    uint32_t parentIndex; ///< Index in the immediately enclosing scope (see above).
};

/// One scope of the program.
///
/// For function-like scopes (Function, Lambda, Comprehension) every local
/// name is either in `locals` (plain slot) or in `cells` (captured by an
/// inner scope), never both. Parameters come first, in declaration order:
/// positional-only, positional, `*args`, keyword-only, `**kwargs`; each
/// parameter's own binding (`ast::Arg::binding`) says whether it landed in a
/// slot or a cell. A comprehension's single implicit parameter is the
/// iterator of its first `for` (named ".0").
///
/// Class scopes use `locals`/`cells` never: their assigned names are listed in
/// `classNames`; they may have `frees` (captured variables, also used to pass
/// captures through to methods).
class Scope {
  public:
    ScopeKind kind = ScopeKind::Module; ///< What introduced this scope.
    std::string name;     ///< Function/class name; "<lambda>", "<listcomp>", "<module>", ...
    std::string qualName; ///< Dotted qualified name, e.g. "C.f.<locals>.g".
    const ast::Node *node = nullptr; ///< The node that introduced the scope.
    Scope *parent = nullptr;         ///< Enclosing scope (null for the module).
    std::vector<Scope *> children;   ///< Nested scopes in source order.

    std::vector<std::string> locals;        ///< Slot names (function-like scopes).
    std::vector<std::string> cells;         ///< Captured locals, in cell order.
    std::vector<FreeVar> frees;             ///< Captured variables from outside, closure order.
    std::vector<std::string> classNames;    ///< Class-body names (class scopes).
    std::vector<std::string> globalDecls;   ///< Names declared `global` here.
    std::vector<std::string> nonlocalDecls; ///< Names declared `nonlocal` here.

    uint32_t numParams = 0; ///< Parameters (incl. *args/**kwargs) of a function-like scope.

    bool isGenerator = false;    ///< Contains `yield`/`yield from` (or is a generator expression).
    bool isCoroutine = false;    ///< `async def` (or an async comprehension).
    bool hasYieldFrom = false;   ///< Contains `yield from`.
    bool hasReturnValue = false; ///< Contains `return <expr>`.
    bool hasAwait = false;       ///< Contains `await`, `async for` or `async with`.
    bool usesSuper = false;     ///< Loads the name `super` (zero-argument super() needs the class).
    bool hasStarImport = false; ///< Module scope: contains `from m import *`.
    /// Nearest enclosing class whose method this is (directly or through
    /// nested functions); null when not inside a class. Used for `super()`.
    const Scope *enclosingClass = nullptr;

    /// True for Function, Lambda and Comprehension scopes.
    bool isFunctionLike() const {
        return kind == ScopeKind::Function || kind == ScopeKind::Lambda ||
               kind == ScopeKind::Comprehension;
    }
    /// Index of `name` in `locals`, or -1.
    int localIndex(const std::string &name) const;
    /// Index of `name` in `cells`, or -1.
    int cellIndex(const std::string &name) const;
    /// Index of `name` in `frees`, or -1.
    int freeIndex(const std::string &name) const;
};

/// All scopes of one module, produced by `analyzeScopes`.
class ScopeInfo {
  public:
    /// The module scope.
    Scope *module() const { return module_; }
    /// Every scope, module first, then in source (pre-)order.
    const std::vector<std::unique_ptr<Scope>> &scopes() const { return scopes_; }
    /// Names the module assigns as globals (module level or via `global`).
    const std::unordered_set<std::string> &assignedGlobals() const { return assignedGlobals_; }
    /// The binding of a name occurrence (same as `name->binding`).
    static const NameBinding &lookup(const ast::Name *name);

    /// Creates a scope owned by this object (used by the analysis).
    Scope *createScope(ScopeKind kind, Scope *parent, const ast::Node *node);
    /// Records that the module assigns global `name`.
    void addAssignedGlobal(const std::string &name) { assignedGlobals_.insert(name); }

  private:
    Scope *module_ = nullptr;
    std::vector<std::unique_ptr<Scope>> scopes_;
    std::unordered_set<std::string> assignedGlobals_;
};

/// Analyses the scopes of `module`, fills in every binding and `scope`
/// pointer in its AST, and reports errors (e.g. "nonlocal declaration not
/// allowed at module level", "no binding for nonlocal 'x' found", "name 'x'
/// is used prior to global declaration") to `diags`; only the first error is
/// reported, as the parser does. Always returns the scope tree; check
/// `diags.hasErrors()`.
std::unique_ptr<ScopeInfo> analyzeScopes(ast::Module &module, DiagnosticEngine &diags);

} // namespace krait

#endif // KRAIT_FRONTEND_SCOPE_H
