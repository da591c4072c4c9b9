//===- codegen/EmitterImpl.h - internals of the IR emitter ------*- C++ -*-===//
//
// Private to codegen/: the module-level emitter (constants, code infos,
// start function; ModuleEmitter.cpp) and the per-function emitter (structure
// and exception paths in FunctionEmitter.cpp, instructions in
// EmitInstructions.cpp, EmitFastPaths.cpp and EmitComposite.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_CODEGEN_EMITTERIMPL_H
#define KRAIT_CODEGEN_EMITTERIMPL_H

#include "codegen/Emitter.h"
#include "codegen/RuntimeABI.h"
#include "ir/IR.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/Module.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace krait::codegen {

/// A module constant created at start-up, identified by kind and text.
struct ConstantKey {
    enum Kind { Str, Bytes, Float, BigInt, KwNames } kind;
    std::string text; ///< str/bytes contents, digits ('-' prefix), joined names
    double number = 0;
    std::vector<std::string> names; ///< KwNames only

    bool operator<(const ConstantKey &o) const;
};

/// Whether `fn` is named like a forward arithmetic operator method
/// (`__add__`, `__sub__`...; EmitOperatorCall.cpp).
bool isOperatorMethod(const ir::Function &fn);

/// Module-level state shared by every function's emission.
class ModuleEmitter {
  public:
    /// An emitter writing `module` into the empty `out`.
    ModuleEmitter(const ir::Module &module, llvm::Module &out, const EmitOptions &options);

    /// Emit everything. False with `error` set on an unsupported construct.
    bool run(std::string &error);

    /// Index in the constants array of the module object / its dict.
    static constexpr unsigned ModuleObjectIndex = 0;
    static constexpr unsigned ModuleDictIndex = 1;

    /// Index of a str constant (interned per module).
    unsigned strConstant(const std::string &utf8);
    /// Index of a bytes constant.
    unsigned bytesConstant(const std::string &data);
    /// Index of a float constant.
    unsigned floatConstant(double value);
    /// Index of a big-int constant from decimal digits with optional '-'.
    unsigned bigIntConstant(const std::string &digits);
    /// Index of a tuple-of-str constant (call.kw keyword names).
    unsigned kwNamesConstant(const std::vector<std::string> &names);

    /// Load constant `index` at the builder's position.
    llvm::Value *loadConstant(llvm::IRBuilder<> &b, unsigned index);
    /// `!range` metadata for a value word known not to be 0.
    llvm::MDNode *nonZeroRange();
    /// The module function a `call` most likely reaches: its callee is
    /// `global.load NAME` and NAME is a top-level function of this module
    /// whose parameters the call's positional arguments fill exactly. Null
    /// otherwise. (A guess: the call site checks it at run time.)
    const ir::Function *likelyCallee(const ir::Instruction &call) const;
    /// A private NUL-terminated string constant (deduplicated).
    llvm::Constant *cString(llvm::StringRef s);
    /// The LLVM code entry of `fn`.
    llvm::Function *codeFunction(const ir::Function *fn) const { return codeFns.at(fn); }
    /// The kr_code_info constant of `fn`.
    llvm::GlobalVariable *codeInfo(const ir::Function *fn) const { return codeInfos.at(fn); }
    /// The direct-call entry of a function (EmitNativeCall.cpp): one LLVM
    /// argument per parameter after `self`, `float`-typed ones as doubles.
    struct NativeEntry {
        llvm::Function *fn = nullptr;   ///< null: the function has none
        std::vector<bool> doubleParams; ///< per parameter: passed as a double
        /// The result is `{double, i1 failed}` instead of a value word.
        bool doubleResult = false;
        /// Small, no loop, no direct calls: always inlined at calls in loops.
        bool smallLeaf = false;
        /// At most SmallFunction IR instructions (LLVM's inline hint).
        bool small = false;
    };
    /// `fn`'s native entry, made on first request (then its code entry is
    /// renamed "py.SYM.generic" and becomes a wrapper); null when `fn` has
    /// none (generators, bodies, nested functions, -O0).
    const NativeEntry *nativeEntry(const ir::Function *fn);
    /// The function of this module whose symbol is `symbol`, or null.
    const ir::Function *functionBySymbol(const std::string &symbol);
    /// The methods `obj.m(args)` (`call`, in `caller`) most likely reaches:
    /// the plain functions named `m` of this module's class bodies that take
    /// the receiver and exactly the arguments, at most 4 (none when more
    /// classes define one), the caller's own class's first for `self.m`.
    /// (Guesses: the call site checks the loaded function.)
    std::vector<const ir::Function *> likelyMethods(const ir::Function &caller,
                                                    const ir::Instruction &call);
    /// Whether a class body of this module defines a plain method `name`.
    bool definesMethod(const std::string &name);
    /// The (self, other) methods of this module's class bodies an
    /// arithmetic `binary` may call on a user instance (EmitOperatorCall.cpp):
    /// its operator's forward method, at most 4; none for other operators.
    std::vector<const ir::Function *> likelyOperators(const ir::Instruction &binary);
    /// The __init__ a `call` of a global most likely runs: the callee names
    /// a class of this module (no module-level def of the name) whose
    /// __init__ takes self and exactly the arguments (EmitConstructorCall.cpp).
    const ir::Function *likelyConstructor(const ir::Instruction &call);

    /// `i32 krait.compare.truth(i32 op, value a, value b)` (EmitHelpers.cpp):
    /// the truth of kr_binary_op(op, a, b) as 1 or 0, -1 when either raised.
    /// The shared slow path of comparisons only tested for truth.
    llvm::Function *compareTruthHelper();
    /// A private 16-byte constant whose type word is 0 (no type) and whose
    /// float value field is 0.0: what the float paths read instead of an
    /// operand that is not a float, so that they need no branch to avoid
    /// the read (EmitHelpers.cpp).
    llvm::Constant *notFloatObject();

    /// The runtime declarations of the output module.
    RuntimeABI &rt() { return runtime; }
    /// Whether to emit inline small-int / truth fast paths.
    bool inlineFastPaths() const { return options.inlineFastPaths; }
    /// The module being lowered.
    const ir::Module &irModule() const { return module; }
    /// The LLVM module being written.
    llvm::Module &llvmModule() const { return out; }

  private:
    unsigned addConstant(ConstantKey key);
    void declareFunctions();
    llvm::GlobalVariable *emitCodeInfo(const ir::Function &fn);
    llvm::Function *emitInitFunction();
    void emitStartFunction(llvm::Function *init);
    /// The kr_const_desc table entry (runtime.h) that makes `key`.
    llvm::Constant *constantDesc(const ConstantKey &key, llvm::StructType *descTy);

    const ir::Module &module;
    llvm::Module &out;
    EmitOptions options;
    RuntimeABI runtime;
    /// Stand-in for the constants array until its size is known.
    llvm::GlobalVariable *constantsPlaceholder = nullptr;
    std::map<ConstantKey, unsigned> constantIndex;
    std::vector<const ConstantKey *> constantsInOrder; ///< index - 2 -> key
    llvm::StringMap<llvm::Constant *> cStrings;
    llvm::DenseMap<const ir::Function *, llvm::Function *> codeFns;
    llvm::DenseMap<const ir::Function *, llvm::GlobalVariable *> codeInfos;
    /// Top-level functions by name (null when two share the name).
    std::map<std::string, const ir::Function *> topLevelFunctions;
    /// Native entries decided so far (EmitNativeCall.cpp).
    std::map<const ir::Function *, NativeEntry> natives;
    /// Functions by symbol (built on first use; EmitNativeCall.cpp).
    std::map<std::string, const ir::Function *> functionsBySymbol;
    /// Functions some call site may call directly (likelyCallee or
    /// likelyMethod of a call), found on first use: only they get native
    /// entries.
    std::set<const ir::Function *> directTargets;
    bool directTargetsFound = false;
    /// Plain methods of this module by name (likelyMethods, built on first use).
    std::map<std::string, std::vector<const ir::Function *>> methodsByName;
    bool methodsByNameFound = false;
    /// Operator methods of this module by name (likelyOperators).
    std::map<std::string, std::vector<const ir::Function *>> operatorMethods;
    bool operatorMethodsFound = false;
    /// methodsByName, built on first use.
    const std::map<std::string, std::vector<const ir::Function *>> &methods();
    /// Out-of-line helpers emitted on first use (EmitHelpers.cpp).
    llvm::Function *compareTruth = nullptr;
    llvm::GlobalVariable *notFloat = nullptr;
};

/// Emits one ir::Function into its (already declared) LLVM function.
class FunctionEmitter {
  public:
    /// An emitter for `fn`, whose LLVM function `module` already declared.
    FunctionEmitter(ModuleEmitter &module, const ir::Function &fn);

    /// Emit the body. False with `error` set on an unsupported construct.
    bool run(std::string &error);

  private:
    /// Where a raising operation's failure goes: the block's handler (or out
    /// of the function), through a traceback entry or not.
    struct Landing {
        llvm::BasicBlock *block = nullptr;
        llvm::PHINode *line = nullptr;
    };

    // FunctionEmitter.cpp: structure and control flow.
    std::vector<const ir::Block *> reversePostOrder() const;
    void emitPrologue();
    llvm::BasicBlock *handlerTarget(const ir::Block *handler);
    Landing &landing(const ir::Block *handler);
    void failIf(llvm::Value *failed, bool traceback = true);
    void failAlways(bool traceback = true);
    void restoreStack(llvm::Value *saved);
    llvm::Value *checkValue(llvm::Value *result);
    llvm::Value *checkInt(llvm::Value *result, bool zeroIsError);
    void emitBlock(const ir::Block &block);
    void addPhiIncomings();
    llvm::Value *valueArray(const std::vector<ir::Instruction *> &values, size_t from,
                            size_t count);
    llvm::AllocaInst *entryAlloca(unsigned words, const llvm::Twine &name);
    bool unsupported(const char *what);

    // EmitInstructions.cpp: one instruction.
    bool emitInstruction(const ir::Instruction &inst);
    bool emitTerminator(const ir::Instruction &inst);
    llvm::Value *emitConstInt(const ir::Instruction &inst);
    llvm::Value *emitBinary(const ir::Instruction &inst);
    llvm::Value *emitFormat(const ir::Instruction &inst);
    llvm::Value *emitBuildString(const ir::Instruction &inst);
    llvm::Value *emitMakeFunction(const ir::Instruction &inst);
    llvm::Value *emitSlotLoad(const ir::Instruction &inst);

    // EmitFastPaths.cpp: inline paths for small ints and truth.
    /// The inline paths a `binary` gets: only those its operands' static
    /// kinds leave possible, and as a truth bit when only tested.
    struct BinaryPaths {
        bool smallInt = false; ///< both operands may be small ints
        bool floats = false;   ///< the float path may apply
        bool bit = false;      ///< a comparison whose users only test its truth
    };
    BinaryPaths binaryPaths(const ir::Instruction &inst);
    /// Whether the instruction being emitted is on a cycle of this
    /// function: such sites get the inline paths with the fewest
    /// instructions, the others the forms with the fewest blocks.
    bool hotSite();
    /// Whether `inst` is a comparison whose every user tests its truth.
    bool onlyTestedForTruth(const ir::Instruction &inst);
    llvm::Value *emitSmallIntBinary(ir::BinaryOp op, llvm::Value *lhs, llvm::Value *rhs,
                                    const BinaryPaths &paths);
    llvm::Value *emitTruth(llvm::Value *v);
    llvm::Value *emitGenericBinary(ir::BinaryOp op, llvm::Value *lhs, llvm::Value *rhs,
                                   const BinaryPaths &paths);
    llvm::Value *emitFloatOperand(llvm::Value *v, llvm::BasicBlock *slow, bool allowInt,
                                  llvm::Value *&isFloat);
    llvm::Value *emitCachedGlobalLoad(const ir::Instruction &inst);
    /// The forms of the two above for code in loops (EmitFastPaths.cpp).
    llvm::Value *emitCachedGlobalLoadBranches(const ir::Instruction &inst);
    llvm::Value *emitFloatOperandBranches(llvm::Value *v, llvm::BasicBlock *slow, bool allowInt,
                                          llvm::Value *&isFloat);
    /// The miss path of a cached global load (kr_global_load_cached) and the
    /// join of its result with the hit's `cached` value.
    llvm::Value *emitGlobalLoadMiss(const ir::Instruction &inst, llvm::Value *globals,
                                    llvm::GlobalVariable *cache, llvm::Value *cached,
                                    llvm::BasicBlock *hit, llvm::BasicBlock *miss,
                                    llvm::BasicBlock *done);
    llvm::Value *emitSequenceGetItem(llvm::Value *seq, llvm::Value *index);
    void emitListSetItem(llvm::Value *list, llvm::Value *index, llvm::Value *value);
    llvm::Value *emitSequenceIndex(llvm::Value *seq, llvm::Value *index, bool tupleToo,
                                   llvm::BasicBlock *slow, llvm::Value *&isTuple);
    /// machine.memN[...] load/store as one volatile access (EmitFFI.cpp);
    /// false when `inst` is not one.
    bool emitMachineMem(const ir::Instruction &inst, llvm::Value *&result);
    bool emitViperPtr(const ir::Instruction &inst, unsigned width, llvm::Value *&result);
    /// The shared end of a mem/ptr access, emitted at the fast block: the
    /// volatile `width`-byte load or store at `addr`, then in `slow` the
    /// generic kr_getitem/kr_setitem, both joined in `done`; `result` gets a
    /// load's value. Values are named `prefix`.addr, .word, .value.
    /// `obj`, `index` and `value` (null for a load) are the access's operands,
    /// evaluated before the branch so both paths see them.
    void emitWordAccess(llvm::Value *obj, llvm::Value *index, llvm::Value *value, unsigned width,
                        unsigned align, llvm::Value *addr, llvm::BasicBlock *slow,
                        llvm::BasicBlock *done, llvm::StringRef prefix, llvm::Value *&result);
    llvm::Value *emitGuardedDirectCall(const ir::Function &target, llvm::Value *callee,
                                       llvm::Value *args, size_t nargs);

    // EmitNativeCall.cpp: native entries and direct calls of them.
    /// The value a failing native entry returns (0, or {0.0, true}).
    llvm::Value *failureReturn();
    /// The generic code entry of a function with a native entry: unpacks the
    /// slots, calls the native entry, boxes a double result.
    void emitGenericEntry();
    /// `param` in a native entry: its LLVM argument.
    llvm::Value *emitNativeParam(const ir::Instruction &inst);
    /// `return` in a native entry.
    void emitNativeReturn(const ir::Instruction &inst);
    /// Whether `call` can pass its operands to `target`'s native entry
    /// (every double parameter gets a `float`-typed argument).
    bool canCallNative(const ModuleEmitter::NativeEntry &target, const ir::Instruction &call);
    /// The same for a method call `obj.m(args)`: parameter 0 gets the receiver.
    bool canCallMethod(const ModuleEmitter::NativeEntry &target, const ir::Instruction &call);
    /// The unchecked call of `target`'s native entry with `call`'s arguments
    /// and `callee` as self; a double result comes back as {double, i1}.
    llvm::CallInst *emitNativeCallRaw(const ModuleEmitter::NativeEntry &target, llvm::Value *callee,
                                      const ir::Instruction &call);
    /// A checked call of `target`'s native entry (no argument array): a
    /// double, or a value word.
    llvm::Value *emitNativeCall(const ModuleEmitter::NativeEntry &target, llvm::Value *callee,
                                const ir::Instruction &call);
    /// Whether `block` is on a cycle of this function's control flow.
    bool inLoop(const ir::Block *block);
    /// Marks `call` of `target`'s native entry alwaysinline when `target`
    /// is a small leaf and the call is inside a loop.
    void markHotCall(const ModuleEmitter::NativeEntry &target, llvm::CallInst *call);
    /// `obj.m(args)` after kr_load_method: the native entry of one of
    /// ModuleEmitter::likelyMethods() when the loaded callable is that
    /// function with self, else emitMethodCall(); false (nothing emitted)
    /// when not applicable.
    bool emitNativeMethodCall(const ir::Instruction &call, llvm::Value *&result);
    /// The code info of a kr_load_method result found with self when it is
    /// a function (a null or foreign pointer otherwise, or a branch to
    /// `generic` in loops).
    llvm::Value *methodCodeInfo(llvm::Value *callee, llvm::Value *self, llvm::BasicBlock *generic);
    /// The argument array of a call of a kr_load_method result: `self` in
    /// word 0 then the call's arguments; `args` starts at word 0 when self is
    /// not 0 (a plain function called with the instance first), else at word
    /// 1, and `extra` is 1 or 0 accordingly.
    struct SelfArgs {
        llvm::AllocaInst *array;
        llvm::Value *hasSelf, *args, *extra;
        size_t n; ///< the call's own arguments
    };
    SelfArgs emitSelfArgs(const ir::Instruction &call, llvm::Value *self);
    /// kr_call of a kr_load_method result (callee, self or 0) with the
    /// arguments of `call`.
    llvm::Value *emitLoadedMethodCall(const ir::Instruction &call, llvm::Value *callee,
                                      llvm::Value *self);
    /// An arithmetic `binary` on a possible user instance: the guarded direct
    /// call of ModuleEmitter::likelyOperators() through a per-site cache,
    /// else the ordinary paths (EmitOperatorCall.cpp); null when the module
    /// defines no such method.
    llvm::Value *emitUserOperator(const ir::Instruction &inst, llvm::Value *lhs, llvm::Value *rhs,
                                  const BinaryPaths &paths);
    /// `C(args)` of a likely class of the module: the per-site guarded
    /// allocation and direct __init__ call (EmitConstructorCall.cpp); false
    /// (nothing emitted) when not applicable.
    bool emitConstructorCall(const ir::Instruction &call, llvm::Value *&result);

    // EmitExternCall.cpp: calls of @extern declarations as direct C calls.
    /// The guarded direct C call when `inst` calls an @extern declaration
    /// of the module; false (nothing emitted) otherwise.
    bool emitExternCall(const ir::Instruction &inst, llvm::Value *&result);
    /// Continue in a new block when `ok`, else branch to `generic`.
    void externCheck(llvm::Value *ok, llvm::BasicBlock *generic);
    /// `arg` as a C value of type `c`, branching to `generic` when it needs
    /// the thunk's conversion.
    llvm::Value *externArgument(const ir::CType &c, const ir::Instruction *arg,
                                llvm::BasicBlock *generic);
    /// The C result `r` of type `c` as a value word (0 on MemoryError).
    llvm::Value *externResult(const ir::CType &c, llvm::Value *r);

    // EmitAttribute.cpp: attribute inline caches and method calls.
    /// A private kr_attr_cache for one site.
    llvm::GlobalVariable *attrCache(const std::string &name);
    /// Collect the `getattr`s used only as a call's callee.
    void findMethodGetAttrs();
    llvm::Value *emitGetAttr(const ir::Instruction &inst);
    /// Branches to `slow` unless obj is a heap instance of a user class that
    /// is not an exception; returns {object pointer, its type}.
    std::pair<llvm::Value *, llvm::Value *>
    emitUserInstanceCheck(llvm::Value *obj, llvm::BasicBlock *slow, const llvm::Twine &prefix);
    /// The entry of object's instance dict at the site cache's position when
    /// it holds the cached name (else a branch to `slow`); *dictOut gets the
    /// dict.
    llvm::Value *emitCachedDictEntry(llvm::Value *object, llvm::Value *cache,
                                     llvm::BasicBlock *slow, const llvm::Twine &prefix,
                                     llvm::Value **dictOut = nullptr);
    /// object's instance dict word, branching to `slow` when it is 0.
    llvm::Value *emitInstanceDict(llvm::Value *object, llvm::BasicBlock *slow,
                                  const llvm::Twine &prefix);
    /// The entry of `dict` at the site cache's position when it holds the
    /// cached name (else a branch to `slow`).
    llvm::Value *emitDictEntryAt(llvm::Value *dict, llvm::Value *cache, llvm::BasicBlock *slow,
                                 const llvm::Twine &prefix);
    /// The dict an earlier access to obj in the current IR block found (a
    /// value that is 0 where that access missed), or null.
    llvm::Value *knownInstanceDict(const ir::Instruction *obj);
    /// The entry of `store`'s name in its object's dict that a load earlier
    /// in the IR block found (null where it missed), when nothing emitted
    /// since can have moved it; else null.
    llvm::Value *loadedEntry(const ir::Instruction &store);
    /// At the join of an access to obj: remember `dict` (from block `hit`)
    /// as obj's, 0 from `slowEnd`.
    void rememberInstanceDict(const ir::Instruction *obj, llvm::Value *dict, llvm::BasicBlock *hit,
                              llvm::BasicBlock *slowEnd);
    llvm::Value *emitCachedAttrLoad(const ir::Instruction &inst, llvm::Value *obj,
                                    llvm::GlobalVariable *cache);
    /// The method load of a GA_ClassOnly name: the cache's class part read
    /// inline, kr_load_class_method on a miss. Returns {callable, self or 0}.
    std::pair<llvm::Value *, llvm::Value *> emitClassMethodLoad(const ir::Instruction &inst,
                                                                llvm::Value *obj,
                                                                llvm::GlobalVariable *cache,
                                                                llvm::AllocaInst *selfOut);
    void emitSetAttr(const ir::Instruction &inst);
    /// obj.name = value: the cached entry replaced inline, else kr_setattr_cached.
    void emitCachedAttrStore(const ir::Instruction &inst, llvm::Value *obj, llvm::Value *value,
                             llvm::GlobalVariable *cache);
    /// Whether the instruction being emitted is on a cycle (unknown: yes).
    bool inLoopNow();
    /// Whether an attribute site takes the one-branch form: outside loops
    /// of the module body.
    bool flatSite();
    /// A private constant every flat fast path's checks fail on.
    llvm::GlobalVariable *attrStandIn();
    /// emitCachedDictEntry with selects: the entry (or the stand-in) of
    /// object's dict when `ok`; *hit says whether it holds the cached name.
    llvm::Value *emitFlatDictEntry(llvm::Value *object, llvm::Value *ok, llvm::Value *cache,
                                   llvm::Value **hit);
    /// The miss side of an inline attribute load: kr_getattr_cached in
    /// `slow`, joined in `done` with `value` from `hit`; the phi's second
    /// incoming block is where the slow path ended.
    llvm::PHINode *emitAttrMissJoin(const ir::Instruction &inst, llvm::Value *obj,
                                    llvm::GlobalVariable *cache, llvm::BasicBlock *slow,
                                    llvm::BasicBlock *done, llvm::Value *value,
                                    llvm::BasicBlock *hit);
    /// emitCachedAttrLoad outside loops: one branch.
    llvm::Value *emitFlatAttrLoad(const ir::Instruction &inst, llvm::Value *obj,
                                  llvm::GlobalVariable *cache);
    /// Whether the class part of the attribute site cache `cache` holds
    /// `type` in the current class epoch (any of its ways).
    llvm::Value *cachedClassHolds(llvm::Value *cache, llvm::Value *type, const llvm::Twine &prefix);
    /// emitStoreClassCheck as a condition; *object is obj's pointer or the
    /// stand-in.
    llvm::Value *emitFlatStoreClass(llvm::Value *obj, llvm::Value *cache, llvm::Value **object);
    /// emitCachedAttrStore outside loops: one branch.
    void emitFlatAttrStore(const ir::Instruction &inst, llvm::Value *obj, llvm::Value *value,
                           llvm::GlobalVariable *cache);
    /// A private kr_attr_add_cache for one adding store site.
    llvm::GlobalVariable *attrAddCache(const std::string &name);
    /// Whether `inst` (a setattr) usually adds its name: `self.x = v` in __init__.
    bool isAddingStore(const ir::Instruction &inst) const;
    /// Branches to `slow` unless obj is a heap object whose class the store
    /// cache's class part holds in the current class epoch; returns the
    /// object pointer.
    llvm::Value *emitStoreClassCheck(llvm::Value *obj, llvm::Value *cache, llvm::BasicBlock *slow,
                                     const llvm::Twine &prefix);
    /// obj.name = value that usually adds name: appended inline to an
    /// instance dict with room where the name is absent, else
    /// kr_setattr_add_cached.
    void emitAddingAttrStore(const ir::Instruction &inst, llvm::Value *obj, llvm::Value *value,
                             llvm::GlobalVariable *cache);
    /// A call whose callee went through kr_load_method; false otherwise.
    bool emitMethodCall(const ir::Instruction &call, llvm::Value *&result);
    /// The call of a kr_load_method result with n arguments: the direct code
    /// entry when it is a compiled function they fill exactly, else kr_call.
    llvm::Value *emitDirectMethodCall(llvm::Value *callee, llvm::Value *hasSelf,
                                      llvm::Value *selfArgs, size_t n, llvm::Value *args,
                                      llvm::Value *extra);

    // EmitBuiltinCall.cpp: built-in method calls through a per-site cache.
    /// The `call` whose callee `getattr` is, when the pair gets a built-in
    /// method site; null otherwise.
    const ir::Instruction *builtinMethodSiteCall(const ir::Instruction &getattr);
    /// The method `getattr` of a built-in method site: the inline type check,
    /// else emitGetAttr; false (nothing emitted) when not a site.
    bool emitBuiltinMethodLoad(const ir::Instruction &inst, llvm::Value *&result);
    /// The call of a built-in method site: the method's C function on a hit,
    /// the ordinary method call otherwise; false when not a site.
    bool emitBuiltinMethodCall(const ir::Instruction &call, llvm::Value *&result);
    /// A call of a global that may be a built-in function (`len(x)`): its
    /// C function directly when the callee is one taking the arguments,
    /// else kr_call; false (nothing emitted) for other calls.
    bool emitBuiltinFunctionCall(const ir::Instruction &call, llvm::Value *&result);
    // EmitSetProbe.cpp: `x in s` for a small int and a set, inline.
    /// kr_contains(needle, container) (an i32: 1, 0, -1 on error), with the
    /// first probe of a small int in an exact set inline.
    llvm::Value *emitContainsCall(llvm::Value *needle, llvm::Value *container);

    // EmitSlice.cpp: slices without slice objects, `in`, cells.
    void findElidedSlices();
    void findFusedSliceCopies();
    void emitDeferredSliceGet(const ir::Instruction &get, llvm::Value *start, llvm::Value *stop,
                              llvm::Value *step);
    void emitFusedSliceSet(const ir::Instruction &set, llvm::Value *start, llvm::Value *stop,
                           llvm::Value *step);
    /// Whether the `build.slice` inst is only a subscript index (not built).
    bool isElidedSlice(const ir::Instruction &inst);
    /// getitem/setitem/delitem by an elided slice's parts; false otherwise.
    bool emitSliceSubscript(const ir::Instruction &inst);
    /// `needle in container` (or `not in`) through kr_contains, as a bool.
    llvm::Value *emitContains(ir::BinaryOp op, llvm::Value *needle, llvm::Value *container);
    /// The item array of a cell (a one-item list).
    llvm::Value *cellItemAddress(llvm::Value *cell);
    /// Cell `index` of a closure tuple.
    llvm::Value *emitClosureCell(llvm::Value *closure, unsigned index);

    // EmitRangeLoop.cpp: `for ... in range(...)` as a counted loop.
    /// The state of one counted range loop (entry-block allocas).
    struct RangeLoop {
        llvm::AllocaInst *native = nullptr;    ///< i1: counting inline
        llvm::AllocaInst *current = nullptr;   ///< i64: next value
        llvm::AllocaInst *step = nullptr;      ///< i64
        llvm::AllocaInst *remaining = nullptr; ///< i64: values left
        llvm::AllocaInst *iterator = nullptr;  ///< the runtime iterator otherwise
    };
    void findRangeLoops();
    llvm::Value *emitRangeIter(const ir::Instruction &iter);
    llvm::Value *emitRangeNext(const ir::Instruction &next);

    // EmitUnboxedFloat.cpp: `float`-typed values as doubles.
    void findUnboxedFloats();
    llvm::Value *unboxFloat(llvm::Value *box);
    llvm::Value *floatOperand(const ir::Instruction *v);
    llvm::Value *boxFloat(const ir::Instruction *v, llvm::Value *d);
    void clearBoxSlot(const ir::Instruction &inst);
    void flushBoxClears();
    llvm::Value *emitUnboxedFloat(const ir::Instruction &inst);
    /// True for `param`/`call` results emitted boxed, then unboxed.
    bool unboxedAfterEmit(const ir::Instruction &inst) const;
    /// Keeps `box` as the value's box and returns its double.
    llvm::Value *unboxDefinition(const ir::Instruction &inst, llvm::Value *box);
    llvm::Value *emitFloatCompare(const ir::Instruction &inst);

    // EmitUnboxedComplex.cpp: `complex`-typed values as {double, double}.
    /// Emits `inst` when it is a complex value this file owns (an unboxed
    /// one, a `.real`/`.imag` double, a boxed literal); false otherwise.
    bool emitComplexValue(const ir::Instruction &inst);
    /// A result the generic path emitted boxed, as its unboxed pair when the
    /// value is unboxed (the box is kept); `r` otherwise.
    llvm::Value *adoptComplexResult(const ir::Instruction &inst, llvm::Value *r);
    /// `==`/`!=` of complex pairs inline; null when not applicable.
    llvm::Value *emitComplexCompare(const ir::Instruction &inst);
    /// The truth bit of an unboxed complex operand of `truth`; null otherwise.
    llvm::Value *emitComplexTruth(const ir::Instruction &inst);
    /// A box for the pair `pair` of value `v` (made once per definition).
    llvm::Value *boxComplex(const ir::Instruction *v, llvm::Value *pair);
    void findUnboxedComplex();
    llvm::StructType *complexPairType();
    llvm::Value *makePair(llvm::Value *re, llvm::Value *im);
    llvm::Value *unboxComplex(llvm::Value *box);
    llvm::Value *complexOperand(const ir::Instruction *v);
    llvm::Value *complexPart(const ir::Instruction &attr);
    llvm::Value *emitUnboxedComplex(const ir::Instruction &inst);
    llvm::Value *emitComplexArithmetic(const ir::Instruction &inst);
    llvm::Value *emitComplexDivide(const ir::Instruction &inst, llvm::Value *x, llvm::Value *y);
    llvm::Value *genericComplexResult(const ir::Instruction &inst);

    // EmitGenerator.cpp: generator functions as LLVM coroutines.
    llvm::Function *coroIntrinsic(llvm::Intrinsic::ID id, llvm::ArrayRef<llvm::Type *> types = {});
    void emitGeneratorPrologue();
    void emitSuspend();
    llvm::Value *emitYield(const ir::Instruction &inst);
    llvm::Value *emitYieldFrom(const ir::Instruction &inst);
    void emitGeneratorReturn(llvm::Value *value);

    // EmitComposite.cpp: opcodes built from several runtime calls.
    bool emitCellOp(const ir::Instruction &inst, llvm::Value *&result);
    llvm::Value *emitNsLoad(const ir::Instruction &inst);
    llvm::Value *emitMakeClass(const ir::Instruction &inst);
    llvm::Value *emitCallEx(const ir::Instruction &inst);
    llvm::Value *emitUnpackEx(const ir::Instruction &inst);
    /// `a, b = seq` into an array of imm values; in loops an exact tuple of
    /// the right length is copied inline, anything else calls kr_unpack.
    llvm::Value *emitUnpack(const ir::Instruction &inst);
    void storeFunctionField(llvm::Value *function, unsigned word, llvm::Value *value);
    llvm::Value *smallInt(int64_t v) const;
    llvm::Value *tagInt(llvm::Value *machineInt);
    llvm::Value *untagInt(llvm::Value *smallIntValue);
    llvm::Value *callRt(RtFn fn, llvm::ArrayRef<llvm::Value *> args);
    llvm::Value *callChecked(RtFn fn, llvm::ArrayRef<llvm::Value *> args);
    llvm::Value *callMethod(llvm::Value *obj, const std::string &name,
                            llvm::ArrayRef<llvm::Value *> args);
    llvm::Value *callBuiltin(const std::string &name, llvm::ArrayRef<llvm::Value *> args);
    llvm::Value *callValue(llvm::Value *callee, llvm::ArrayRef<llvm::Value *> args);
    llvm::Value *strConst(const std::string &s);
    llvm::Value *operand(const ir::Instruction &inst, size_t i);
    llvm::Value *boxed(const ir::Instruction *value);
    llvm::Value *valueWord(uint64_t v) const;

    ModuleEmitter &m;
    const ir::Function &fn;
    /// This function's native entry, or null (llfn is then its code entry).
    const ModuleEmitter::NativeEntry *native;
    llvm::Function *llfn;
    llvm::IRBuilder<> b;
    llvm::IntegerType *valueTy;
    llvm::Instruction *allocaPoint = nullptr; ///< insert allocas before it
    llvm::BasicBlock *returnZero = nullptr;   ///< `ret 0`: propagate
    std::vector<llvm::AllocaInst *> slots;
    llvm::DenseMap<const ir::Block *, llvm::BasicBlock *> blockStart;
    llvm::DenseMap<const ir::Block *, llvm::BasicBlock *> blockExit;
    llvm::DenseMap<const ir::Instruction *, llvm::Value *> values;
    std::map<const ir::Block *, Landing> landings;
    std::vector<std::pair<const ir::Instruction *, llvm::PHINode *>> phis;
    /// Counted range loops by their `iter`, and the `call`s they absorb.
    std::map<const ir::Instruction *, RangeLoop> rangeLoops;
    std::set<const ir::Instruction *> rangeCalls;
    /// `build.slice`s used only as subscript indices (EmitSlice.cpp).
    bool slicesScanned = false;
    std::set<const ir::Instruction *> elidedSlices;
    /// Fused slice copies: their `setitem`s, and their `getitem`s with the
    /// values checked to be small ints before deferring them.
    std::set<const ir::Instruction *> fusedSliceCopies;
    std::map<const ir::Instruction *, std::vector<const ir::Instruction *>> fusedSliceGuards;
    /// `float` values emitted as doubles, their box slots, and the slots a
    /// block's phis defined (cleared after the phis).
    std::set<const ir::Instruction *> unboxedFloats;
    llvm::DenseMap<const ir::Instruction *, llvm::AllocaInst *> boxSlots;
    std::vector<llvm::AllocaInst *> pendingBoxClears;
    /// `complex` values emitted as pairs and `.real`/`.imag` results emitted
    /// as doubles (EmitUnboxedComplex.cpp; found on the first instruction).
    std::set<const ir::Instruction *> unboxedComplex;
    std::set<const ir::Instruction *> complexParts;
    bool complexScanned = false;
    /// `getattr`s emitted as kr_load_method: their callable and self (or 0).
    bool methodGetAttrsFound = false;
    std::set<const ir::Instruction *> methodGetAttrs;
    std::map<const ir::Instruction *, std::pair<llvm::Value *, llvm::Value *>> loadedMethods;
    /// Per IR object: the IR block and the known-dict value of its last
    /// attribute access there (EmitAttribute.cpp, rememberInstanceDict).
    std::map<const ir::Instruction *, std::pair<const ir::Block *, llvm::Value *>> knownDicts;
    /// Per (IR object, name): the IR block, the entry (null on a miss) and
    /// the join block of its last attribute load there (loadedEntry).
    std::map<std::pair<const ir::Instruction *, std::string>,
             std::tuple<const ir::Block *, llvm::Value *, llvm::BasicBlock *>>
        loadedEntries;
    /// Built-in method sites (EmitBuiltinCall.cpp): each `getattr`'s call,
    /// and whether its load hit with the C function it read.
    struct BuiltinMethodSite {
        llvm::Value *hit;
        llvm::Value *fn;
    };
    bool builtinSiteCallsFound = false;
    std::map<const ir::Instruction *, const ir::Instruction *> builtinSiteCalls;
    std::map<const ir::Instruction *, BuiltinMethodSite> builtinMethodSites;
    /// Names of the methods the module's classes define.
    std::set<std::string> classMethodNames;
    // Generator functions only (EmitGenerator.cpp).
    llvm::Value *genObj = nullptr;           ///< the generator object
    llvm::Value *coroId = nullptr;           ///< llvm.coro.id token
    llvm::Value *coroHandle = nullptr;       ///< llvm.coro.begin result
    llvm::AllocaInst *genParams = nullptr;   ///< parameters copied into the frame
    llvm::BasicBlock *coroEnd = nullptr;     ///< llvm.coro.end, return
    llvm::BasicBlock *coroCleanup = nullptr; ///< the (unused) destroy path
    llvm::BasicBlock *finalSuspend = nullptr;
    /// Comparisons only tested for truth (EmitFastPaths.cpp; found on first use).
    std::set<const ir::Instruction *> truthTestedCompares;
    bool truthTestedFound = false;
    /// Blocks known to be on a cycle or not (inLoop, EmitNativeCall.cpp).
    std::map<const ir::Block *, bool> blocksInLoops;
    /// While set (a llvm.stacksave result), failure paths restore the stack.
    llvm::Value *stackToRestore = nullptr;
    const ir::Block *currentBlock = nullptr;
    const ir::Instruction *currentInst = nullptr;
    llvm::Constant *fileName = nullptr;
    llvm::Constant *functionName = nullptr;
    std::string error;
};

} // namespace krait::codegen

#endif // KRAIT_CODEGEN_EMITTERIMPL_H
