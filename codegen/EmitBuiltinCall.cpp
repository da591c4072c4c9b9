//===- codegen/EmitBuiltinCall.cpp - built-in method calls, cached per site ===//
//
// `obj.name(args)` without keywords, where obj may be a built-in object
// (`cols.add(c)`, `line.split()`, `counts.get(w, 0)`), gets a private
// kr_builtin_method_site {type, fn} (runtime.h; the runtime half is
// runtime/builtin_method.cpp):
//
//  - at the getattr (the lookup precedes the arguments, as CPython's
//    LOAD_METHOD), obj is tested inline: a heap object whose type word is
//    the site's type hits, and the method's C function is read from the
//    site. Anything else calls kr_load_method_fill: kr_load_method, then a
//    built-in function found with obj as self is offered to the site;
//  - at the call, a hit calls fn(n + 1, [obj, args...], 0) directly: no
//    kr_call, no builtin_call dispatch, no argument count check (the fill
//    checked the site's fixed count against the method's bounds once). A
//    miss calls what the load gave through kr_call, self first (these are
//    names no class of the module defines with `def`).
//
// Built-in method tables never change and only built-in (static) types are
// remembered, so a site never needs invalidating; a subclass of a built-in
// type is a user class (its own type word), so `class L(list)` overriding
// append never hits a `list` entry.
//
// Only calls inside loops get these paths: they cost compile time (about
// six blocks a site; every site of app.py took 14% more compiler
// instructions), and a call outside a loop runs few times per call of its
// function.
//
// Sites skipped: calls with keywords; receivers the inference types as
// something with no such methods (instances of known classes, functions,
// numbers, None); calls whose result is proven a float (a method's native
// double return); `self.m()` in a method and
// names some class of the module defines as a method (most likely a user
// method: the method call paths of EmitNativeCall.cpp guess those).
//
// Calls of a global (`len(x)`, `min(a, b)`, `isinstance(o, C)`) that is not
// guessed to be one of the module's functions check inline that the callee
// is a built-in function whose bounds admit the argument count, and call its
// C function directly (builtin_call's work without kr_call's dispatch);
// anything else is kr_call. Keyword calls are not touched.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/IR/Constants.h"

using namespace llvm;

namespace krait::codegen {

using ir::Opcode;

namespace {

/// Whether a value the inference typed `t` may be a built-in object with
/// methods worth a site (str, bytes, containers, or anything).
bool mayHaveBuiltinMethods(ir::Type t) {
    switch (t.kind()) {
    case ir::Type::Object:
    case ir::Type::Str:
    case ir::Type::Bytes:
    case ir::Type::List:
    case ir::Type::Tuple:
    case ir::Type::Dict:
    case ir::Type::Set:
        return true;
    default:
        return false;
    }
}

/// kr_builtin_function (function.h): the C function is word 2, the
/// argument bounds (two uint16_t, min then max) start word 3. Checked by
/// static_asserts in runtime/builtin_method.cpp.
constexpr unsigned KrBuiltinFnWord = 2;
constexpr unsigned KrBuiltinBoundsWord = 3;

/// Whether `fn` is a method of a class: its symbol is `Class.name` (a
/// function nested in a function has `<locals>` in it).
bool isMethod(const ir::Function &fn) {
    return fn.symbol.find('.') != std::string::npos && fn.symbol.find('<') == std::string::npos;
}

} // namespace

const ir::Instruction *FunctionEmitter::builtinMethodSiteCall(const ir::Instruction &getattr) {
    if (!builtinSiteCallsFound) {
        builtinSiteCallsFound = true;
        if (!methodGetAttrsFound) findMethodGetAttrs();
        for (const auto &block : fn.blocks())
            for (const auto &inst : block->instructions())
                if (inst->op == Opcode::Call && methodGetAttrs.count(inst->operand(0)))
                    builtinSiteCalls[inst->operand(0)] = inst.get();
        if (!builtinSiteCalls.empty())
            for (const auto &f : m.irModule().functions())
                if (isMethod(*f)) classMethodNames.insert(f->name);
    }
    auto it = builtinSiteCalls.find(&getattr);
    if (it == builtinSiteCalls.end()) return nullptr;
    const ir::Instruction *call = it->second;
    // `self.m()` in a method, or a name the program's classes define: most
    // likely a user method, which the method call paths guess.
    const ir::Instruction *obj = getattr.operand(0);
    bool selfCall = obj->op == Opcode::Param && obj->index() == 0 && isMethod(fn);
    if (!mayHaveBuiltinMethods(obj->type) || unboxedFloats.count(call) || selfCall ||
        classMethodNames.count(getattr.str) || !inLoop(currentBlock))
        return nullptr;
    return call;
}

bool FunctionEmitter::emitBuiltinMethodLoad(const ir::Instruction &inst, Value *&result) {
    if (!m.inlineFastPaths()) return false;
    const ir::Instruction *call = builtinMethodSiteCall(inst);
    if (!call) return false;
    LLVMContext &ctx = b.getContext();
    Type *ptrTy = m.rt().ptrType();
    Value *obj = operand(inst, 0);
    ArrayType *siteTy = ArrayType::get(valueTy, 2);
    auto *site = new GlobalVariable(m.llvmModule(), siteTy, /*isConstant=*/false,
                                    GlobalValue::PrivateLinkage, Constant::getNullValue(siteTy),
                                    "bmcall.site." + inst.str);
    auto *isObject = BasicBlock::Create(ctx, "bmcall.obj", llfn);
    auto *hit = BasicBlock::Create(ctx, "bmcall.hit", llfn);
    auto *miss = BasicBlock::Create(ctx, "bmcall.miss", llfn);
    auto *join = BasicBlock::Create(ctx, "bmcall.loaded", llfn);

    // A heap object (tag bits 00) whose type word is the site's type.
    b.CreateCondBr(b.CreateICmpEQ(b.CreateAnd(obj, valueWord(3)), valueWord(0)), isObject, miss);
    b.SetInsertPoint(isObject);
    Value *type = b.CreateLoad(valueTy, b.CreateIntToPtr(obj, ptrTy), "bmcall.type");
    Value *cached = b.CreateLoad(valueTy, site, "bmcall.cached");
    b.CreateCondBr(b.CreateICmpEQ(type, cached), hit, miss);

    // Read fn here: a call among the arguments may refill the site.
    b.SetInsertPoint(hit);
    Value *fnPtr = b.CreateLoad(ptrTy, b.CreateConstInBoundsGEP1_32(valueTy, site, 1), "bmcall.fn");
    b.CreateBr(join);

    b.SetInsertPoint(miss);
    // The ordinary lookup (kr_load_method), and a built-in function found
    // with obj as self offered to the site.
    AllocaInst *selfOut = entryAlloca(1, "method.self.out");
    Value *callee =
        callChecked(RtFn::kr_load_method_fill, {obj, strConst(inst.str), attrCache(inst.str),
                                                selfOut, site, valueWord(call->numOperands())});
    Value *self = b.CreateLoad(valueTy, selfOut, "bmcall.self");
    BasicBlock *missEnd = b.GetInsertBlock();
    b.CreateBr(join);

    b.SetInsertPoint(join);
    PHINode *isHit = b.CreatePHI(b.getInt1Ty(), 2, "bmcall.ishit");
    isHit->addIncoming(b.getTrue(), hit);
    isHit->addIncoming(b.getFalse(), missEnd);
    PHINode *fnPhi = b.CreatePHI(ptrTy, 2, "bmcall.fnptr");
    fnPhi->addIncoming(fnPtr, hit);
    fnPhi->addIncoming(ConstantPointerNull::get(cast<PointerType>(ptrTy)), missEnd);
    PHINode *calleePhi = b.CreatePHI(valueTy, 2, "method");
    calleePhi->addIncoming(valueWord(0), hit);
    calleePhi->addIncoming(callee, missEnd);
    PHINode *selfPhi = b.CreatePHI(valueTy, 2, "method.self");
    selfPhi->addIncoming(valueWord(0), hit);
    selfPhi->addIncoming(self, missEnd);
    // On the call's miss path the phis are the ordinary load's values.
    loadedMethods[&inst] = {calleePhi, selfPhi};
    builtinMethodSites[&inst] = {isHit, fnPhi};
    // The getattr's only use is the call's callee: the phi stands for it.
    result = calleePhi;
    return true;
}

bool FunctionEmitter::emitBuiltinMethodCall(const ir::Instruction &call, Value *&result) {
    auto it = builtinMethodSites.find(call.operand(0));
    if (it == builtinMethodSites.end()) return emitBuiltinFunctionCall(call, result);
    BuiltinMethodSite site = it->second;
    // The ordinary paths below must not come back here.
    builtinMethodSites.erase(it);
    LLVMContext &ctx = b.getContext();
    auto *direct = BasicBlock::Create(ctx, "bmcall.direct", llfn);
    auto *generic = BasicBlock::Create(ctx, "bmcall.generic", llfn);
    auto *done = BasicBlock::Create(ctx, "bmcall.done", llfn);
    b.CreateCondBr(site.hit, direct, generic);

    b.SetInsertPoint(direct);
    size_t n = call.numOperands() - 1;
    AllocaInst *arr = entryAlloca(static_cast<unsigned>(n + 1), "bmargs");
    b.CreateStore(operand(*call.operand(0), 0), arr);
    for (size_t i = 0; i < n; ++i)
        b.CreateStore(operand(call, i + 1), b.CreateConstInBoundsGEP1_32(valueTy, arr, i + 1));
    FunctionType *nativeTy =
        FunctionType::get(valueTy, {valueTy, m.rt().ptrType(), valueTy}, /*isVarArg=*/false);
    Value *directResult =
        checkValue(b.CreateCall(nativeTy, site.fn, {valueWord(n + 1), arr, valueWord(0)}));
    BasicBlock *directEnd = b.GetInsertBlock();
    b.CreateBr(done);

    b.SetInsertPoint(generic);
    // kr_call with self first when the load gave one (names no class of the
    // module defines: a user function here is rare, kr_call binds it).
    auto [callee, self] = loadedMethods.at(call.operand(0));
    AllocaInst *margs = entryAlloca(static_cast<unsigned>(n + 1), "bmcall.margs");
    b.CreateStore(self, margs);
    for (size_t i = 0; i < n; ++i)
        b.CreateStore(operand(call, i + 1), b.CreateConstInBoundsGEP1_32(valueTy, margs, i + 1));
    Value *hasSelf = b.CreateICmpNE(self, valueWord(0));
    Value *args = b.CreateSelect(hasSelf, margs, b.CreateConstInBoundsGEP1_32(valueTy, margs, 1));
    Value *genericResult = callChecked(
        RtFn::kr_call, {callee, b.CreateAdd(valueWord(n), b.CreateZExt(hasSelf, valueTy)), args});
    BasicBlock *genericEnd = b.GetInsertBlock();
    b.CreateBr(done);

    b.SetInsertPoint(done);
    PHINode *phi = b.CreatePHI(valueTy, 2, "bmcall.result");
    phi->addIncoming(directResult, directEnd);
    phi->addIncoming(genericResult, genericEnd);
    result = phi;
    return true;
}

bool FunctionEmitter::emitBuiltinFunctionCall(const ir::Instruction &call, Value *&result) {
    // A global's value (`len`, `min`, `isinstance`...) not guessed to be a
    // function of the module.
    Opcode calleeOp = call.operand(0)->op;
    if (!m.inlineFastPaths() || call.op != Opcode::Call ||
        (calleeOp != Opcode::GlobalLoad && calleeOp != Opcode::BuiltinLoad) ||
        m.likelyCallee(call) || !inLoop(currentBlock))
        return false;
    LLVMContext &ctx = b.getContext();
    Type *ptrTy = m.rt().ptrType();
    size_t n = call.numOperands() - 1;
    Value *callee = operand(call, 0);
    Value *args = valueArray(call.operands, 1, n);
    auto *isObject = BasicBlock::Create(ctx, "bfcall.obj", llfn);
    auto *isBuiltin = BasicBlock::Create(ctx, "bfcall.builtin", llfn);
    auto *direct = BasicBlock::Create(ctx, "bfcall.direct", llfn);
    auto *generic = BasicBlock::Create(ctx, "bfcall.generic", llfn);
    auto *done = BasicBlock::Create(ctx, "bfcall.done", llfn);

    // A built-in function object taking n positional arguments: what
    // builtin_call checks, without the call through the type's slot.
    b.CreateCondBr(b.CreateICmpEQ(b.CreateAnd(callee, valueWord(3)), valueWord(0)), isObject,
                   generic);
    b.SetInsertPoint(isObject);
    Value *object = b.CreateIntToPtr(callee, ptrTy);
    Value *type = b.CreateLoad(valueTy, object, "bfcall.type");
    b.CreateCondBr(b.CreateICmpEQ(type, m.rt().globalAsValue(RtGlobal::kr_type_builtin_function)),
                   isBuiltin, generic);
    b.SetInsertPoint(isBuiltin);
    Value *bounds = b.CreateConstInBoundsGEP1_32(valueTy, object, KrBuiltinBoundsWord);
    Value *minArgs = b.CreateLoad(b.getInt16Ty(), bounds, "bfcall.min");
    Value *maxArgs = b.CreateLoad(
        b.getInt16Ty(), b.CreateConstInBoundsGEP1_32(b.getInt8Ty(), bounds, 2), "bfcall.max");
    Value *count = b.getInt16(static_cast<uint16_t>(n));
    Value *fits =
        n > 0xfffe ? static_cast<Value *>(b.getFalse())
                   : b.CreateAnd(b.CreateICmpULE(minArgs, count), b.CreateICmpUGE(maxArgs, count));
    b.CreateCondBr(fits, direct, generic);

    b.SetInsertPoint(direct);
    Value *fnPtr = b.CreateLoad(
        ptrTy, b.CreateConstInBoundsGEP1_32(valueTy, object, KrBuiltinFnWord), "bfcall.fn");
    FunctionType *nativeTy = FunctionType::get(valueTy, {valueTy, ptrTy, valueTy}, false);
    Value *directResult = b.CreateCall(nativeTy, fnPtr, {valueWord(n), args, valueWord(0)});
    b.CreateBr(done);

    b.SetInsertPoint(generic);
    Value *genericResult = callRt(RtFn::kr_call, {callee, valueWord(n), args});
    b.CreateBr(done);

    b.SetInsertPoint(done);
    PHINode *phi = b.CreatePHI(valueTy, 2, "bfcall.result");
    phi->addIncoming(directResult, direct);
    phi->addIncoming(genericResult, generic);
    result = checkValue(phi);
    return true;
}

} // namespace krait::codegen
