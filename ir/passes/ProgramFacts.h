//===- ProgramFacts.h - What the whole program proves about names -*- C++ -*-===//
///
/// \file
/// Facts about module-level names that hold for a whole program (every module
/// the driver compiles together), used by the whole-program type inference
/// and by codegen to call functions directly:
///
///  - a *stable function*: a module-level name whose only binding is one
///    `def` executed at most once by the module's top-level code, which nothing
///    in the program can rebind (no other store or `del` of the name in the
///    module, no `globals()`, `from ... import *` into it, `eval`/`exec`,
///    `setattr`/`delattr`/`__dict__`, or attribute store named like it);
///  - a *call-only* stable function: additionally its value never escapes;
///    every use is the callee of a `call` passing exactly its positional
///    parameters, so the call sites are all its callers;
///  - a *stable builtin*: a builtin name no module binds as a global and that
///    nothing can replace in the builtins module;
///  - a *stable module attribute*: `math.sqrt` (or `sqrt` from
///    `from math import sqrt`) naming a function of one of the runtime's
///    built-in modules that the program never replaces;
///  - the facts the kinds of globals, attributes and mixed arithmetic rest
///    on (ProgramKindFacts.cpp): the *numeric closure* (no user arithmetic
///    dunders, no int/float subclasses, no source of complex numbers besides
///    `**`), module globals bound only by their module's top-level code,
///    attribute names stored only by `setattr` instructions, and classes
///    that are only ever called (their `__init__`'s call sites).
///
/// Every fact is conservative: anything the analysis does not understand
/// makes the name unstable.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_PASSES_PROGRAMFACTS_H
#define KRAIT_IR_PASSES_PROGRAMFACTS_H

#include "ir/IR.h"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace krait::ir {

/// Stability facts about the names of a whole program's modules.
class ProgramFacts {
  public:
    /// Analyses `modules`, the program's compiled modules (module bodies
    /// first in each). Built-in (runtime) modules are the imported names that
    /// are not among them.
    explicit ProgramFacts(const std::vector<const Module *> &modules);

    /// The function a module-level name of `module` always holds when bound,
    /// or null when the name is not a stable function.
    const Function *stableFunction(const Module &module, std::string_view name) const;
    /// True when `fn` is a stable function whose every use is a `call` with
    /// exactly its positional parameters (see callSites()).
    bool callOnly(const Function &fn) const;
    /// The `call` instructions of a call-only function (empty otherwise).
    const std::vector<const Instruction *> &callSites(const Function &fn) const;
    /// True when the builtin `name` can never be shadowed or replaced.
    bool stableBuiltin(std::string_view name) const;
    /// For a value that is always the attribute `attr` of the runtime's
    /// built-in module `mod` (`getattr` of a stable `import mod` global, or a
    /// global bound only by `from mod import attr`): {mod, attr}. Empty
    /// strings otherwise.
    std::pair<std::string, std::string> builtinModuleAttr(const Module &module,
                                                          const Instruction &value) const;
    /// The stable function `callee` always is: a `global.load` of a stable
    /// function name of the module holding it; null otherwise.
    const Function *calleeFunction(const Instruction &callee) const;

    /// True when `float OP x` (+ - * / // %, float on the left) can only
    /// give a float or raise, for any x that is not a complex: no class
    /// defines a reflected arithmetic dunder (`__radd__`...) or derives from
    /// int or float, and nothing but `**` can make a complex
    /// (no imaginary literal, `complex`, `pow`, `cmath`, eval/exec). The
    /// caller must still prove every `**` of the program real.
    bool numericClosure() const { return numericClosure_; }
    /// The same for `object OP float` (float on the right, object % float
    /// excepted): no class defines a forward or in-place arithmetic dunder,
    /// and the conditions of numericClosure() but reflected dunders hold.
    bool forwardClosure() const { return forwardClosure_; }
    /// The `global.store`s of `name` in `module` when they are its only
    /// bindings: all in the module's top-level code, no `global` store or
    /// `del` elsewhere, no store through the module object, no globals(),
    /// import * or eval/exec, and `name` is not a builtin (a load before
    /// the first store would find it). Null otherwise.
    const std::vector<const Instruction *> *globalBindings(const Module &module,
                                                           std::string_view name) const;
    /// The `setattr` instructions of attribute `name` when they are the only
    /// way the program gives an object an attribute so named: no class body
    /// defines it, no class has __getattr__/__setattr__/..., it is not an
    /// attribute name of the runtime or a global of a compiled module, no
    /// `type(name, bases, dict)`, setattr()/vars()/__dict__/eval/exec, and
    /// every imported module is compiled or one of the runtime's. Null
    /// otherwise (also when `name` is never stored).
    const std::vector<const Instruction *> *attributeStores(std::string_view name) const;
    /// True when no instance dict can ever hold attribute `name`: the
    /// conditions of attributeStores() on the program (no attribute hooks,
    /// setattr()/vars()/__dict__/eval/exec, unknown modules) and no `setattr`
    /// or `delattr` instruction named `name`. A method load then needs no
    /// instance probe.
    bool classOnlyAttribute(std::string_view name) const;
    /// Every function a call `x.name(...)` can call, when the program proves
    /// it: each binding of `name` anywhere is a plain `def` (or lambda) in a
    /// class body (no decorator, constant or other value), classOnlyAttribute
    /// holds, and `name` is not a dunder, a runtime name (a method of a
    /// built-in type or module), a global of a compiled module or the last
    /// part of a module's name. Null otherwise.
    const std::vector<const Function *> *methodFamily(std::string_view name) const;
    /// For the `__init__` of a class that is only ever called by name with
    /// positional arguments (a plain class bound once, no bases, whose body
    /// only defines functions, never reached as `type(x)`, `__class__`, a
    /// base, an argument or `C.__init__`): those calls. Argument i of each
    /// is parameter i + 1. Empty otherwise.
    const std::vector<const Instruction *> &constructorCalls(const Function &init) const;

    /// A call that may enter a method: `shift` 0 for `x.m(args)` reaching
    /// it through an instance (argument i is parameter i, self the
    /// receiver), 1 for `C.m(obj, args)` through the class (argument i is
    /// parameter i - 1).
    struct MethodCall {
        const Instruction *call;
        unsigned shift;
    };
    /// Every call that can enter `fn`, a method of a methodFamily() name,
    /// when the program proves them: each `getattr` of the name anywhere is
    /// the callee of a `call` with positional arguments only (no bound
    /// method escapes), the class body's `def` is its only binding and never
    /// read as a value, `fn` has no defaults, `*args`, `**kwargs` or
    /// keyword-only parameters, and nothing reflective (getattr(), import *,
    /// eval...) exists. A call whose argument count fits neither form cannot
    /// enter `fn` and is left out. Null otherwise.
    const std::vector<MethodCall> *methodCalls(const Function &fn) const;

  private:
    struct ModuleInfo {
        bool dynamic = false; ///< globals(), import *: names bound unseen
        std::map<std::string, std::vector<const Instruction *>> stores;
        std::set<std::string> deleted;
        std::map<std::string, const Function *> stable;
    };
    void scan(const Module &module);
    void findStable(const Module &module);
    void findCallOnly(const Module &module);

    std::vector<const Module *> modules_;
    std::set<std::string> compiledModules_;
    std::map<const Module *, ModuleInfo> info_;
    std::set<std::string> attrStored_;   ///< setattr/delattr names anywhere
    std::set<std::string> attrLoaded_;   ///< getattr names anywhere
    std::set<std::string> importedFrom_; ///< `from m import NAME` names anywhere
    std::set<std::string> globalBinds_;  ///< every module's global store/del names
    bool everythingDynamic_ = false;     ///< eval/exec, __dict__, setattr()...
    bool reflective_ = false;            ///< getattr() builtin, import *: values escape
    bool builtinsModule_ = false;        ///< `import builtins`
    std::map<const Function *, std::vector<const Instruction *>> callSites_;
    std::set<const Function *> callOnly_;

    // ProgramKindFacts.cpp.
    void findKindFacts();
    void findNumericClosure();
    void findAttributeStores();
    void findConstructors(const Module &module);
    bool numericClosure_ = false;
    bool forwardClosure_ = false;
    bool attributesKnown_ = false;     ///< attributeStores() may answer
    std::set<std::string> classNames_; ///< ns.store names (class bodies)
    std::set<std::string> runtimeNames_;
    std::map<std::string, std::vector<const Instruction *>> attrStores_;
    std::map<const Function *, std::vector<const Instruction *>> constructorCalls_;
    /// Class-body `def`s by name, and names some class body binds to
    /// anything else (methodFamily).
    std::map<std::string, std::vector<const Function *>> methodDefs_;
    std::set<std::string> otherClassValues_;

    void findMethodCalls();
    std::map<const Function *, std::vector<MethodCall>> methodCalls_;
};

} // namespace krait::ir

#endif // KRAIT_IR_PASSES_PROGRAMFACTS_H
