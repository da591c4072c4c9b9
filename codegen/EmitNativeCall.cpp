//===- codegen/EmitNativeCall.cpp - native entries and direct calls -------===//
//
// A top-level function gets two LLVM functions at -O1 and up:
//
//  - its *native entry* "py.SYM", holding the body: `self` (the function
//    object) and then one argument per parameter, a double for a parameter
//    the whole-program inference typed `float` (every caller passes an exact
//    float), a value word otherwise. When every `return` gives a `float` the
//    result is `{double, i1 failed}`, else the value word (0: an exception
//    is pending, as for code entries);
//  - its *generic entry* "py.SYM.generic", the kr_code_fn that function
//    objects, kr_call and method calls use: it reads the bound slots (and the
//    doubles out of float parameters), calls the native entry and boxes a
//    double result. The call is `noinline` so the body exists once.
//
// A `call` whose callee is typed `func(F)` (a stable function) calls F's
// native entry with its operands, doubles staying doubles: no argument array,
// no box for the result, and LLVM may inline small callees. The native entry
// keeps the stack-depth check and the traceback landings, so recursion
// errors and tracebacks are as before.
//
// A method call `obj.m(args)` (a kr_load_method site) guesses its target:
// the plain functions named m of this module's class bodies that take the
// arguments, up to four. The loaded callable, when found with self, is
// compared with each one's code info and the match's native entry entered;
// anything else (an instance attribute, an override in another module, a
// rebound or decorated method) takes the generic method call. A call the
// whole-program inference typed `float` (method return kinds) yields the
// native entry's double.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/MDBuilder.h"

#include <algorithm>
#include <map>
#include <set>

using namespace llvm;

namespace krait::codegen {

namespace {

/// Byte offset of kr_float.value (see EmitFastPaths.cpp).
constexpr uint64_t FloatValueOffset = 8;

/// IR instructions up to which a native entry gets LLVM's inline hint.
constexpr size_t SmallFunction = 24;

/// Whether `fn`'s control flow has a cycle (a back edge of a depth-first
/// walk from the entry; handler edges count).
bool hasLoop(const ir::Function &fn) {
    std::map<const ir::Block *, int> state; // 1: on the stack, 2: done
    std::vector<std::pair<const ir::Block *, size_t>> stack{{fn.entry(), 0}};
    state[fn.entry()] = 1;
    while (!stack.empty()) {
        auto &[bb, next] = stack.back();
        std::vector<ir::Block *> succs = bb->successors();
        if (bb->handler) succs.push_back(bb->handler);
        if (next < succs.size()) {
            const ir::Block *succ = succs[next++];
            int &s = state[succ];
            if (s == 1) return true;
            if (s == 0) {
                s = 1;
                stack.push_back({succ, 0});
            }
            continue;
        }
        state[bb] = 2;
        stack.pop_back();
    }
    return false;
}

/// Whether `fn` may have a native entry: an ordinary top-level function, or
/// a method defined in a class body (symbol "C.m", no "<locals>"), except
/// special methods, which the runtime calls (a native entry would only add a
/// call level), but for the arithmetic operator methods and __init__, which
/// operator and constructor sites call directly (EmitOperatorCall.cpp,
/// EmitConstructorCall.cpp).
bool wantsNativeEntry(const ir::Function &fn) {
    bool classBody = fn.params.size() == 1 && fn.params[0] == ".ns";
    if (fn.generator || fn.isModuleBody || classBody) return false;
    if (fn.symbol == fn.name) return true;
    StringRef symbol(fn.symbol), name(fn.name);
    bool special = name.starts_with("__") && name.ends_with("__") && !isOperatorMethod(fn) &&
                   name != "__init__";
    return !special && !symbol.contains('<') && symbol.ends_with(("." + fn.name));
}

} // namespace

const ModuleEmitter::NativeEntry *ModuleEmitter::nativeEntry(const ir::Function *fn) {
    auto [it, inserted] = natives.try_emplace(fn);
    NativeEntry &entry = it->second;
    if (!inserted || !inlineFastPaths() || !wantsNativeEntry(*fn))
        return entry.fn ? &entry : nullptr;
    if (!directTargetsFound) {
        // A function no call site can enter directly keeps its one entry.
        directTargetsFound = true;
        for (const auto &caller : module.functions()) {
            // Constructor sites are only emitted in loops and small
            // functions (EmitConstructorCall.cpp).
            size_t callerSize = 0;
            for (const auto &bb : caller->blocks())
                callerSize += bb->instructions().size();
            bool ctorSites =
                hasLoop(*caller) || (callerSize <= SmallFunction && wantsNativeEntry(*caller));
            for (const auto &bb : caller->blocks())
                for (const auto &inst : bb->instructions()) {
                    for (const ir::Function *t : likelyOperators(*inst))
                        directTargets.insert(t);
                    if (inst->op != ir::Opcode::Call) continue;
                    if (const ir::Function *t = ctorSites ? likelyConstructor(*inst) : nullptr)
                        directTargets.insert(t);
                    if (const ir::Function *t = likelyCallee(*inst)) directTargets.insert(t);
                    for (const ir::Function *t : likelyMethods(*caller, *inst))
                        directTargets.insert(t);
                }
        }
    }
    if (!directTargets.count(fn)) return nullptr;

    // A parameter is a double when every `param` reading it is typed float;
    // the result when every `return` gives a float.
    enum State { Unused, Float, Other };
    std::vector<State> params(fn->numParams(), Unused);
    bool anyReturn = false, allFloat = true;
    size_t size = 0;
    bool callsFunctions = false;
    for (const auto &bb : fn->blocks())
        for (const auto &inst : bb->instructions()) {
            ++size;
            // A call that may be a direct call of a function of this module
            // (a proven or a likely callee): inlining must not chase a
            // recursion. Other calls go through the runtime.
            if (inst->op == ir::Opcode::Call || inst->op == ir::Opcode::CallKw) {
                const ir::Instruction *callee = inst->operand(0);
                callsFunctions |=
                    callee->type.kind() == ir::Type::Func ||
                    (callee->op == ir::Opcode::GlobalLoad && topLevelFunctions.count(callee->str));
            }
            if (inst->op == ir::Opcode::Param && inst->index() < params.size()) {
                State &s = params[inst->index()];
                bool isFloat = inst->type.kind() == ir::Type::Float;
                s = (isFloat && s != Other) ? Float : Other;
            } else if (inst->op == ir::Opcode::Return) {
                anyReturn = true;
                allFloat &= inst->operand(0)->type.kind() == ir::Type::Float;
            }
        }
    LLVMContext &ctx = out.getContext();
    Type *valueTy = runtime.valueType();
    Type *doubleTy = Type::getDoubleTy(ctx);
    std::vector<Type *> argTypes{valueTy};
    for (State s : params) {
        entry.doubleParams.push_back(s == Float);
        argTypes.push_back(s == Float ? doubleTy : valueTy);
    }
    entry.doubleResult = anyReturn && allFloat;
    Type *resultTy =
        entry.doubleResult
            ? static_cast<Type *>(StructType::get(ctx, {doubleTy, Type::getInt1Ty(ctx)}))
            : valueTy;
    Function *code = codeFunction(fn);
    code->setName("py." + fn->symbol + ".generic");
    Function *f = Function::Create(FunctionType::get(resultTy, argTypes, false),
                                   GlobalValue::InternalLinkage, "py." + fn->symbol);
    // Before the wrapper: the body is what readers of the output look for.
    out.getFunctionList().insert(code->getIterator(), f);
    f->setAttributes(AttributeList::get(ctx, AttributeList::FunctionIndex,
                                        AttrBuilder(ctx, code->getAttributes().getFnAttrs())));
    f->setDoesNotThrow();
    // Each IR operation becomes a fast path plus a runtime fallback, which
    // LLVM's inline cost counts in full: hint that small functions (a
    // formula, an accessor) are worth inlining. A small leaf without loops
    // (eval_a's formula, a vector helper) is always inlined at its direct
    // calls inside loops (FunctionEmitter::markHotCall): its fast paths are a
    // few instructions, and inlined its double result needs no {double, i1}.
    // Elsewhere inlining it would cost compile time for little.
    if (size <= SmallFunction) {
        f->addFnAttr(Attribute::InlineHint);
        entry.small = true;
        entry.smallLeaf = !callsFunctions && !hasLoop(*fn);
    }
    f->getArg(0)->setName("self");
    // Named as the slot loads of a code entry were ("param", "param1"...).
    for (size_t i = 0; i < fn->numParams(); ++i)
        f->getArg(static_cast<unsigned>(i + 1))->setName("param");
    entry.fn = f;
    return &entry;
}

Value *FunctionEmitter::failureReturn() {
    if (!native || !native->doubleResult) return valueWord(0);
    return ConstantStruct::get(cast<StructType>(llfn->getReturnType()),
                               {ConstantFP::get(b.getDoubleTy(), 0.0), b.getTrue()});
}

void FunctionEmitter::emitGenericEntry() {
    Function *code = m.codeFunction(&fn);
    IRBuilder<> g(BasicBlock::Create(b.getContext(), "entry", code));
    std::vector<Value *> args{code->getArg(0)};
    for (size_t i = 0; i < fn.numParams(); ++i) {
        // The runtime bound every slot; the inference proved a double
        // parameter's object an exact float.
        Value *word = g.CreateLoad(
            valueTy, g.CreateConstInBoundsGEP1_32(valueTy, code->getArg(1), i), fn.params[i]);
        if (native->doubleParams[i]) {
            Value *obj = g.CreateIntToPtr(word, m.rt().ptrType());
            word = g.CreateLoad(g.getDoubleTy(),
                                g.CreateConstInBoundsGEP1_64(g.getInt8Ty(), obj, FloatValueOffset));
        }
        args.push_back(word);
    }
    CallInst *call = g.CreateCall(native->fn, args);
    // One copy of the body: direct callers may inline it, this path calls it.
    call->setIsNoInline();
    if (!native->doubleResult) {
        g.CreateRet(call);
        return;
    }
    BasicBlock *ok = BasicBlock::Create(b.getContext(), "box", code);
    BasicBlock *fail = BasicBlock::Create(b.getContext(), "propagate", code);
    g.CreateCondBr(g.CreateExtractValue(call, 1), fail, ok);
    g.SetInsertPoint(fail);
    g.CreateRet(valueWord(0));
    g.SetInsertPoint(ok);
    // kr_float_new returns 0 on MemoryError: propagated as it is.
    g.CreateRet(g.CreateCall(m.rt().get(RtFn::kr_float_new), {g.CreateExtractValue(call, 0)}));
}

Value *FunctionEmitter::emitNativeParam(const ir::Instruction &inst) {
    return llfn->getArg(inst.index() + 1);
}

void FunctionEmitter::emitNativeReturn(const ir::Instruction &inst) {
    if (!native->doubleResult) {
        b.CreateRet(operand(inst, 0));
        return;
    }
    Value *d = floatOperand(inst.operand(0));
    Value *r = UndefValue::get(llfn->getReturnType());
    r = b.CreateInsertValue(r, d, 0);
    r = b.CreateInsertValue(r, b.getFalse(), 1);
    b.CreateRet(r);
}

bool FunctionEmitter::canCallNative(const ModuleEmitter::NativeEntry &target,
                                    const ir::Instruction &call) {
    if (call.numOperands() - 1 != target.doubleParams.size()) return false;
    for (size_t i = 0; i < target.doubleParams.size(); ++i)
        if (target.doubleParams[i] && call.operand(i + 1)->type.kind() != ir::Type::Float)
            return false;
    return true;
}

bool FunctionEmitter::canCallMethod(const ModuleEmitter::NativeEntry &target,
                                    const ir::Instruction &call) {
    // Parameter 0 is the receiver, never a double; argument i is parameter i.
    if (call.numOperands() != target.doubleParams.size() || target.doubleParams[0]) return false;
    for (size_t i = 1; i < target.doubleParams.size(); ++i)
        if (target.doubleParams[i] && call.operand(i)->type.kind() != ir::Type::Float) return false;
    return true;
}

CallInst *FunctionEmitter::emitNativeCallRaw(const ModuleEmitter::NativeEntry &target,
                                             Value *callee, const ir::Instruction &call) {
    std::vector<Value *> args{callee};
    for (size_t i = 0; i < target.doubleParams.size(); ++i)
        args.push_back(target.doubleParams[i] ? floatOperand(call.operand(i + 1))
                                              : operand(call, i + 1));
    return b.CreateCall(target.fn, args);
}

Value *FunctionEmitter::emitNativeCall(const ModuleEmitter::NativeEntry &target, Value *callee,
                                       const ir::Instruction &call) {
    CallInst *r = emitNativeCallRaw(target, callee, call);
    markHotCall(target, r);
    if (!target.doubleResult) return checkValue(r);
    failIf(b.CreateExtractValue(r, 1));
    return b.CreateExtractValue(r, 0, "native.result");
}

} // namespace krait::codegen

namespace krait::codegen {

const ir::Function *ModuleEmitter::functionBySymbol(const std::string &symbol) {
    if (functionsBySymbol.empty())
        for (const auto &f : module.functions())
            functionsBySymbol[f->symbol] = f.get();
    auto it = functionsBySymbol.find(symbol);
    return it == functionsBySymbol.end() ? nullptr : it->second;
}

bool FunctionEmitter::inLoop(const ir::Block *block) {
    auto [it, inserted] = blocksInLoops.try_emplace(block, false);
    if (!inserted) return it->second;
    // On a cycle when reachable from one of its successors (handler edges
    // count: a loop body's handler may jump back into the loop).
    std::set<const ir::Block *> seen;
    std::vector<const ir::Block *> work;
    auto push = [&](const ir::Block *bb) {
        for (const ir::Block *succ : bb->successors())
            if (seen.insert(succ).second) work.push_back(succ);
        if (bb->handler && seen.insert(bb->handler).second) work.push_back(bb->handler);
    };
    push(block);
    while (!work.empty() && !seen.count(block)) {
        const ir::Block *bb = work.back();
        work.pop_back();
        push(bb);
    }
    return it->second = seen.count(block) != 0;
}

void FunctionEmitter::markHotCall(const ModuleEmitter::NativeEntry &target, CallInst *call) {
    if (target.smallLeaf && currentBlock && inLoop(currentBlock))
        call->addFnAttr(Attribute::AlwaysInline);
}

namespace {

/// Whether `fn` is a plain method: defined in a class body at module level
/// or in another class body (symbol "C.m", no "<locals>"), not special.
bool isPlainMethod(const ir::Function &fn) {
    if (fn.isModuleBody || fn.generator || fn.symbol == fn.name) return false;
    return wantsNativeEntry(fn);
}

/// Candidates a method call site tries before its generic call.
constexpr size_t MaxMethodCandidates = 4;

} // namespace

const std::map<std::string, std::vector<const ir::Function *>> &ModuleEmitter::methods() {
    if (!methodsByNameFound) {
        methodsByNameFound = true;
        for (const auto &f : module.functions())
            if (isPlainMethod(*f)) methodsByName[f->name].push_back(f.get());
    }
    return methodsByName;
}

bool ModuleEmitter::definesMethod(const std::string &name) {
    return methods().count(name) != 0;
}

std::vector<const ir::Function *> ModuleEmitter::likelyMethods(const ir::Function &caller,
                                                               const ir::Instruction &call) {
    const ir::Instruction *attr = call.operand(0);
    if (call.op != ir::Opcode::Call || attr->op != ir::Opcode::GetAttr) return {};
    auto it = methods().find(attr->str);
    if (it == methodsByName.end()) return {};
    size_t nargs = call.numOperands() - 1;
    std::vector<const ir::Function *> found;
    for (const ir::Function *target : it->second)
        if (!target->varargs && !target->varkw && target->nKwOnly == 0 && target->nPos == nargs + 1)
            found.push_back(target);
    // `self.m` in a method of class C: C's own m is the most likely target.
    const ir::Instruction *self = attr->operand(0);
    size_t dot = caller.symbol.rfind('.');
    if (self->op == ir::Opcode::Param && self->index() == 0 && caller.nPos != 0 &&
        dot != std::string::npos && caller.symbol.find('<') == std::string::npos) {
        std::string own = caller.symbol.substr(0, dot + 1) + attr->str;
        for (size_t i = 0; i < found.size(); ++i)
            if (found[i]->symbol == own) {
                std::rotate(found.begin(), found.begin() + i, found.begin() + i + 1);
                break;
            }
    }
    // Many classes defining m (a visitor's accept): the guesses would cost
    // more than the generic call.
    if (found.size() > MaxMethodCandidates) return {};
    return found;
}

Value *FunctionEmitter::methodCodeInfo(Value *callee, Value *self, BasicBlock *generic) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    auto likely = md.createBranchWeights(1000, 1);
    Type *ptrTy = m.rt().ptrType();
    Value *function = m.rt().globalAsValue(RtGlobal::kr_type_function);
    if (!hotSite() && !(native && native->smallLeaf)) {
        // Outside loops, straight-line: with self the callee is a heap object
        // (a function or a built-in method); without, the stand-in (type word
        // 0, then 0.0) is read instead. A callee that is not a function reads
        // the stand-in's second word as its code info: null, no guess's.
        Value *withSelf = b.CreateICmpNE(self, valueWord(0));
        Value *object =
            b.CreateSelect(withSelf, b.CreateIntToPtr(callee, ptrTy), m.notFloatObject());
        Value *type = b.CreateLoad(valueTy, object, "ncall.type");
        Value *isFunction = b.CreateICmpEQ(type, function);
        object = b.CreateSelect(isFunction, object, m.notFloatObject());
        return b.CreateLoad(
            ptrTy, b.CreateConstInBoundsGEP1_32(valueTy, object, KrFunctionInfoWord), "info");
    }
    BasicBlock *isObject = BasicBlock::Create(ctx, "ncall.isobj", llfn);
    BasicBlock *isFunction = BasicBlock::Create(ctx, "ncall.isfn", llfn);
    b.CreateCondBr(b.CreateICmpNE(self, valueWord(0)), isObject, generic, likely);
    b.SetInsertPoint(isObject);
    Value *type = b.CreateLoad(valueTy, b.CreateIntToPtr(callee, ptrTy), "ncall.type");
    b.CreateCondBr(b.CreateICmpEQ(type, function), isFunction, generic, likely);
    b.SetInsertPoint(isFunction);
    Value *object = b.CreateIntToPtr(callee, ptrTy);
    return b.CreateLoad(ptrTy, b.CreateConstInBoundsGEP1_32(valueTy, object, KrFunctionInfoWord),
                        "info");
}

Value *FunctionEmitter::emitLoadedMethodCall(const ir::Instruction &call, Value *callee,
                                             Value *self) {
    SelfArgs a = emitSelfArgs(call, self);
    return callChecked(RtFn::kr_call, {callee, b.CreateAdd(valueWord(a.n), a.extra), a.args});
}

FunctionEmitter::SelfArgs FunctionEmitter::emitSelfArgs(const ir::Instruction &call, Value *self) {
    // Room for self before the arguments; without self the call starts at 1.
    size_t n = call.numOperands() - 1;
    AllocaInst *arr = entryAlloca(static_cast<unsigned>(n + 1), "margs");
    b.CreateStore(self, arr);
    for (size_t i = 0; i < n; ++i)
        b.CreateStore(operand(call, i + 1), b.CreateConstInBoundsGEP1_32(valueTy, arr, i + 1));
    Value *hasSelf = b.CreateICmpNE(self, valueWord(0), "has.self");
    Value *args = b.CreateSelect(hasSelf, arr, b.CreateConstInBoundsGEP1_32(valueTy, arr, 1));
    return {arr, hasSelf, args, b.CreateZExt(hasSelf, valueTy), n};
}

bool FunctionEmitter::emitNativeMethodCall(const ir::Instruction &call, Value *&result) {
    if (!m.inlineFastPaths() || !loadedMethods.count(call.operand(0))) return false;
    std::vector<std::pair<const ir::Function *, const ModuleEmitter::NativeEntry *>> targets;
    for (const ir::Function *target : m.likelyMethods(fn, call))
        if (const ModuleEmitter::NativeEntry *entry = m.nativeEntry(target))
            if (canCallMethod(*entry, call)) targets.push_back({target, entry});
    if (targets.empty()) return false;
    auto [callee, self] = loadedMethods.at(call.operand(0));
    // A call proven to give a float (ProgramTypes' method return kinds) is
    // emitted as a double: no box for a native double result.
    bool wantDouble = unboxedFloats.count(&call) != 0;
    Type *resultTy = wantDouble ? static_cast<Type *>(b.getDoubleTy()) : valueTy;
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    auto likely = md.createBranchWeights(1000, 1);
    // Placed after the direct calls, in reading order.
    BasicBlock *generic = BasicBlock::Create(ctx, "ncall.generic");
    BasicBlock *done = BasicBlock::Create(ctx, "ncall.done");
    std::vector<std::pair<Value *, BasicBlock *>> incoming;
    // A plain function found with self (kr_load_method), and exactly one of
    // the guessed ones: an override elsewhere or an instance attribute is
    // another.
    // Outside loops the generic call is kr_call alone (code generation costs
    // per block); in loops emitMethodCall's direct code-entry path.
    bool compact = !hotSite() && !(native && native->smallLeaf);
    Value *info = methodCodeInfo(callee, self, generic);
    for (size_t t = 0; t < targets.size(); ++t) {
        auto [target, entry] = targets[t];
        BasicBlock *direct = BasicBlock::Create(ctx, "ncall.direct", llfn);
        BasicBlock *next =
            t + 1 < targets.size() ? BasicBlock::Create(ctx, "ncall.next", llfn) : generic;
        b.CreateCondBr(b.CreateICmpEQ(info, m.codeInfo(target)), direct, next,
                       t == 0 ? likely : nullptr);
        b.SetInsertPoint(direct);
        std::vector<Value *> args{callee, self};
        for (size_t i = 1; i < call.numOperands(); ++i)
            args.push_back(entry->doubleParams[i] ? floatOperand(call.operand(i))
                                                  : operand(call, i));
        CallInst *native = b.CreateCall(entry->fn, args);
        markHotCall(*entry, native);
        Value *r = nullptr;
        if (entry->doubleResult) {
            failIf(b.CreateExtractValue(native, 1));
            r = b.CreateExtractValue(native, 0, "native.result");
            if (!wantDouble) r = callChecked(RtFn::kr_float_new, {r}); // the phi holds objects
        } else {
            r = checkValue(native);
            if (wantDouble) r = unboxFloat(r); // proven a float
        }
        incoming.push_back({r, b.GetInsertBlock()});
        b.CreateBr(done);
        b.SetInsertPoint(next);
    }

    generic->insertInto(llfn);
    b.SetInsertPoint(generic);
    Value *genericResult = nullptr;
    if (compact)
        genericResult = emitLoadedMethodCall(call, callee, self);
    else
        emitMethodCall(call, genericResult);
    if (wantDouble) genericResult = unboxFloat(genericResult);
    incoming.push_back({genericResult, b.GetInsertBlock()});
    b.CreateBr(done);

    done->insertInto(llfn);
    b.SetInsertPoint(done);
    PHINode *phi = b.CreatePHI(resultTy, static_cast<unsigned>(incoming.size()), "ncall.result");
    for (auto [v, bb] : incoming)
        phi->addIncoming(v, bb);
    result = phi;
    return true;
}

} // namespace krait::codegen
