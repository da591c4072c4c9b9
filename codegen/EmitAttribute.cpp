//===- codegen/EmitAttribute.cpp - attribute inline caches, method calls --===//
//
// At -O1 and above every attribute site gets a kr_attr_cache (runtime.h;
// the runtime half and the reasoning behind it are in runtime/attr_cache.cpp):
//
//  - `getattr` checks inline that the object is an instance of a user class
//    (not an exception), that it has an instance dict, and that the dict's
//    entry at the cached position holds the cached key; then it reads the
//    entry's value. Anything else calls kr_getattr_cached, which does the
//    full lookup (instance dict first, as MicroPython) and refills the cache.
//    The check does not involve the class: an instance attribute shadows
//    everything in the class, so one cache serves instances of every class
//    whose dicts keep the attribute at the same position;
//  - `setattr` replaces the value of the cached entry inline when the
//    object's class is in the cache's class part for the current class epoch
//    (the runtime found no property, descriptor or __setattr__ for the name
//    in it, and no class has changed since) and the entry at the cached
//    position of its dict holds the cached key; anything else (a new
//    attribute, another class, a changed class) calls kr_setattr_cached;
//  - a `getattr` whose only use is the callee of a `call`/`call.kw` becomes
//    kr_load_method at the getattr's position (CPython's LOAD_METHOD: the
//    lookup precedes the arguments' evaluation). It yields the callable and
//    the object to pass first, or no object; a plain method of a user class
//    or a built-in method is called with self prepended and no bound method
//    is allocated.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/MDBuilder.h"

using namespace llvm;

namespace krait::codegen {

using ir::Opcode;

namespace {

/// Words of a kr_attr_cache: four, then KR_ATTR_CACHE_WAYS (type, value)
/// pairs, 4 on 64-bit targets and 2 on 32-bit ones. Words 0 (index) and 1
/// (key) are read inline.
unsigned attrCacheWays(unsigned wordBytes) {
    return wordBytes == 8 ? 4 : 2;
}
unsigned attrCacheWords(unsigned wordBytes) {
    return 4 + 2 * attrCacheWays(wordBytes);
}
/// kr_attr_cache: word 2 is the class epoch of the class part, whose
/// (type, value) pairs start at word 4.
constexpr unsigned KrCacheEpoch = 2;
constexpr unsigned KrCacheClasses = 4;
/// KR_TYPE_FLAG_EXCEPTION | KR_TYPE_FLAG_USER, and USER alone (object.h).
constexpr uint64_t KrTypeFlagExceptionOrUser = 6;
constexpr uint64_t KrTypeFlagUser = 4;
/// kr_type: `flags` (uint32_t) is word 2. kr_instance: `dict` is word 1.
constexpr unsigned KrTypeFlagsWord = 2;
constexpr unsigned KrInstanceDictWord = 1;
/// kr_dict: 16 bytes (header, 64-bit version), then used, filled, cap,
/// entries (words). Entries are {key, value, hash}. Checked by static_asserts
/// in runtime/attr_cache.cpp.
constexpr unsigned KrDictFilledAfter16 = 1;
constexpr unsigned KrDictEntriesAfter16 = 3;
constexpr unsigned KrDictEntryWords = 3;

/// kr_function: `code` is word 2 (after the header and `info`).
constexpr unsigned KrFunctionCodeWord = 2;
/// KR_CODE_VARARGS | KR_CODE_VARKW (runtime.h).
constexpr uint32_t KrCodeVarArgsOrVarKw = 3;
/// More parameters than this are bound by the runtime (function.cpp's
/// kStackSlots): the direct entry is not tried.
constexpr size_t KrMaxDirectSlots = 16;

/// Whether an attribute site gets a cache: `__dict__` is computed by the
/// instance slot before the dict is consulted.
bool cacheable(const std::string &name) {
    return name != "__dict__";
}

} // namespace

GlobalVariable *FunctionEmitter::attrCache(const std::string &name) {
    unsigned words = attrCacheWords(valueTy->getBitWidth() / 8);
    ArrayType *ty = ArrayType::get(valueTy, words);
    std::vector<Constant *> init(words, ConstantInt::get(valueTy, 0));
    init[0] = ConstantInt::getAllOnesValue(valueTy); // no entry position yet
    return new GlobalVariable(m.llvmModule(), ty, /*isConstant=*/false, GlobalValue::PrivateLinkage,
                              ConstantArray::get(ty, init), "attr.cache." + name);
}

void FunctionEmitter::findMethodGetAttrs() {
    methodGetAttrsFound = true;
    std::map<const ir::Instruction *, unsigned> uses;
    std::vector<const ir::Instruction *> callees;
    for (const auto &block : fn.blocks())
        for (const auto &inst : block->instructions()) {
            for (const ir::Instruction *op : inst->operands)
                ++uses[op];
            bool isCall = inst->op == Opcode::Call || inst->op == Opcode::CallKw;
            if (isCall && inst->operand(0)->op == Opcode::GetAttr)
                callees.push_back(inst->operand(0));
        }
    for (const ir::Instruction *getattr : callees)
        if (uses[getattr] == 1 && cacheable(getattr->str)) methodGetAttrs.insert(getattr);
}

Value *FunctionEmitter::emitGetAttr(const ir::Instruction &inst) {
    Value *obj = operand(inst, 0);
    if (!m.inlineFastPaths() || !cacheable(inst.str))
        return callChecked(RtFn::kr_getattr, {obj, strConst(inst.str)});
    if (!methodGetAttrsFound) findMethodGetAttrs();
    GlobalVariable *cache = attrCache(inst.str);
    if (methodGetAttrs.count(&inst)) {
        AllocaInst *selfOut = entryAlloca(1, "method.self.out");
        if ((inst.imm & ir::GA_ClassOnly) && m.definesMethod(inst.str)) {
            loadedMethods[&inst] = emitClassMethodLoad(inst, obj, cache, selfOut);
            return loadedMethods[&inst].first;
        }
        Value *callee =
            callChecked(RtFn::kr_load_method, {obj, strConst(inst.str), cache, selfOut});
        Value *self = b.CreateLoad(valueTy, selfOut, "method.self");
        loadedMethods[&inst] = {callee, self};
        return callee;
    }
    return emitCachedAttrLoad(inst, obj, cache);
}

std::pair<Value *, Value *> FunctionEmitter::emitClassMethodLoad(const ir::Instruction &inst,
                                                                 Value *obj, GlobalVariable *cache,
                                                                 AllocaInst *selfOut) {
    // No instance dict holds the name (GA_ClassOnly), so the cache's class
    // part answers for any object whose type it holds in the current class
    // epoch: kr_load_class_method filled it with a plain function of that
    // class, to be called with the object first. Anything else calls it.
    // (Only names some class of the module defines: built-in methods never
    // fill the class part.)
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    MDNode *likely = md.createBranchWeights(1000, 1);
    unsigned word = valueTy->getBitWidth() / 8;
    auto *isObject = BasicBlock::Create(ctx, "mload.obj", llfn);
    auto *hit = BasicBlock::Create(ctx, "mload.hit", llfn);
    auto *slow = BasicBlock::Create(ctx, "mload.slow", llfn);
    auto *done = BasicBlock::Create(ctx, "mload.done", llfn);
    b.CreateCondBr(b.CreateICmpEQ(b.CreateAnd(obj, valueWord(3)), valueWord(0)), isObject, slow,
                   likely);
    b.SetInsertPoint(isObject);
    Value *type = b.CreateLoad(valueTy, b.CreateIntToPtr(obj, m.rt().ptrType()), "mload.type");
    Value *epoch = b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, cache, KrCacheEpoch),
                                "mload.epoch");
    Value *current = b.CreateLoad(valueTy, m.rt().global(RtGlobal::kr_class_epoch), "class.epoch");
    Value *found = nullptr, *fn = valueWord(0);
    for (unsigned way = 0, ways = attrCacheWays(word); way < ways; ++way) {
        unsigned at = KrCacheClasses + 2 * way;
        Value *cached = b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, cache, at));
        Value *value = b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, cache, at + 1));
        Value *same = b.CreateICmpEQ(cached, type);
        fn = b.CreateSelect(same, value, fn);
        found = found ? b.CreateOr(found, same) : same;
    }
    b.CreateCondBr(b.CreateAnd(b.CreateICmpEQ(epoch, current), found), hit, slow, likely);
    b.SetInsertPoint(hit);
    b.CreateBr(done);
    b.SetInsertPoint(slow);
    Value *loaded =
        callChecked(RtFn::kr_load_class_method, {obj, strConst(inst.str), cache, selfOut});
    Value *loadedSelf = b.CreateLoad(valueTy, selfOut, "loaded.self");
    BasicBlock *slowEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(done);
    PHINode *callee = b.CreatePHI(valueTy, 2, "method");
    callee->addIncoming(fn, hit);
    callee->addIncoming(loaded, slowEnd);
    PHINode *self = b.CreatePHI(valueTy, 2, "method.self");
    self->addIncoming(obj, hit);
    self->addIncoming(loadedSelf, slowEnd);
    return {callee, self};
}

std::pair<Value *, Value *> FunctionEmitter::emitUserInstanceCheck(Value *obj, BasicBlock *slow,
                                                                   const Twine &prefix) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    Type *ptrTy = m.rt().ptrType();
    unsigned word = valueTy->getBitWidth() / 8;
    auto *isObject = BasicBlock::Create(ctx, prefix + ".obj", llfn);
    auto *isInstance = BasicBlock::Create(ctx, prefix + ".inst", llfn);
    MDNode *likely = md.createBranchWeights(1000, 1);
    // A heap object (tag bits 00) of a user class that is not an exception.
    b.CreateCondBr(b.CreateICmpEQ(b.CreateAnd(obj, valueWord(3)), valueWord(0)), isObject, slow,
                   likely);
    b.SetInsertPoint(isObject);
    Value *object = b.CreateIntToPtr(obj, ptrTy);
    Value *type = b.CreateLoad(ptrTy, object, prefix + ".type");
    Value *flags = b.CreateLoad(
        b.getInt32Ty(), b.CreateConstInBoundsGEP1_32(b.getInt8Ty(), type, KrTypeFlagsWord * word));
    Value *userInstance = b.CreateICmpEQ(b.CreateAnd(flags, b.getInt32(KrTypeFlagExceptionOrUser)),
                                         b.getInt32(KrTypeFlagUser));
    b.CreateCondBr(userInstance, isInstance, slow, likely);
    b.SetInsertPoint(isInstance);
    return {object, type};
}

Value *FunctionEmitter::emitCachedDictEntry(Value *object, Value *cache, BasicBlock *slow,
                                            const Twine &prefix) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    Type *ptrTy = m.rt().ptrType();
    auto *hasDict = BasicBlock::Create(ctx, prefix + ".dict", llfn);
    auto *inRange = BasicBlock::Create(ctx, prefix + ".inrange", llfn);
    auto *hit = BasicBlock::Create(ctx, prefix + ".hit", llfn);
    MDNode *likely = md.createBranchWeights(1000, 1);
    Value *dict =
        b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, object, KrInstanceDictWord));
    b.CreateCondBr(b.CreateICmpNE(dict, valueWord(0)), hasDict, slow, likely);

    // The cached position is below `filled`, so the entry is in the array.
    b.SetInsertPoint(hasDict);
    Value *afterHeader =
        b.CreateConstInBoundsGEP1_32(b.getInt8Ty(), b.CreateIntToPtr(dict, ptrTy), 16);
    Value *filled = b.CreateLoad(
        valueTy, b.CreateConstInBoundsGEP1_32(valueTy, afterHeader, KrDictFilledAfter16));
    Value *index =
        b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, cache, 0), prefix + ".index");
    b.CreateCondBr(b.CreateICmpULT(index, filled), inRange, slow, likely);

    b.SetInsertPoint(inRange);
    Value *entries = b.CreateLoad(
        ptrTy, b.CreateConstInBoundsGEP1_32(valueTy, afterHeader, KrDictEntriesAfter16));
    Value *entry =
        b.CreateInBoundsGEP(valueTy, entries, b.CreateMul(index, valueWord(KrDictEntryWords)));
    Value *key = b.CreateLoad(valueTy, entry, prefix + ".key");
    Value *cachedKey = b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, cache, 1),
                                    prefix + ".cachedkey");
    b.CreateCondBr(b.CreateICmpEQ(key, cachedKey), hit, slow, likely);
    b.SetInsertPoint(hit);
    return entry;
}

Value *FunctionEmitter::emitCachedAttrLoad(const ir::Instruction &inst, Value *obj,
                                           GlobalVariable *cache) {
    LLVMContext &ctx = b.getContext();
    // The slow and done blocks join the function after the fast path's, so
    // listings read in execution order.
    auto *slow = BasicBlock::Create(ctx, "attr.slow");
    auto *done = BasicBlock::Create(ctx, "attr.done");
    Value *object = emitUserInstanceCheck(obj, slow, "attr").first;
    Value *entry = emitCachedDictEntry(object, cache, slow, "attr");
    BasicBlock *hit = b.GetInsertBlock();
    slow->insertInto(llfn);
    done->insertInto(llfn);
    LoadInst *value =
        b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, entry, 1), "attr.value");
    value->setMetadata(LLVMContext::MD_range, m.nonZeroRange());
    b.CreateBr(done);

    b.SetInsertPoint(slow);
    Value *loaded = callChecked(RtFn::kr_getattr_cached, {obj, strConst(inst.str), cache});
    BasicBlock *slowEnd = b.GetInsertBlock();
    b.CreateBr(done);

    b.SetInsertPoint(done);
    PHINode *result = b.CreatePHI(valueTy, 2, "attr");
    result->addIncoming(value, hit);
    result->addIncoming(loaded, slowEnd);
    return result;
}

void FunctionEmitter::emitSetAttr(const ir::Instruction &inst) {
    Value *obj = operand(inst, 0);
    Value *value = operand(inst, 1);
    if (!m.inlineFastPaths() || !cacheable(inst.str)) {
        callChecked(RtFn::kr_setattr, {obj, strConst(inst.str), value});
        return;
    }
    emitCachedAttrStore(inst, obj, value, attrCache(inst.str));
}

void FunctionEmitter::emitCachedAttrStore(const ir::Instruction &inst, Value *obj, Value *value,
                                          GlobalVariable *cache) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    unsigned word = valueTy->getBitWidth() / 8;
    // Blocks join the function in execution order (as emitCachedAttrLoad).
    auto *plainClass = BasicBlock::Create(ctx, "store.class");
    auto *slow = BasicBlock::Create(ctx, "store.slow");
    auto *done = BasicBlock::Create(ctx, "store.done");
    MDNode *likely = md.createBranchWeights(1000, 1);
    auto [object, typePtr] = emitUserInstanceCheck(obj, slow, "store");
    Value *type = b.CreatePtrToInt(typePtr, valueTy);

    // The class part: in the current class epoch, the runtime found that the
    // class has no property, descriptor or __setattr__ for the name (any way
    // of the cache may hold the class).
    Value *epoch = b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, cache, KrCacheEpoch),
                                "store.epoch");
    Value *current = b.CreateLoad(valueTy, m.rt().global(RtGlobal::kr_class_epoch), "class.epoch");
    Value *known = nullptr;
    for (unsigned way = 0, ways = attrCacheWays(word); way < ways; ++way) {
        Value *cached = b.CreateLoad(
            valueTy, b.CreateConstInBoundsGEP1_32(valueTy, cache, KrCacheClasses + 2 * way));
        Value *same = b.CreateICmpEQ(cached, type);
        known = known ? b.CreateOr(known, same) : same;
    }
    b.CreateCondBr(b.CreateAnd(b.CreateICmpEQ(epoch, current), known), plainClass, slow, likely);

    // The entry at the cached position holds the name: replace its value. An
    // instance dict's version stamp needs no update (attr_cache.cpp).
    plainClass->insertInto(llfn);
    b.SetInsertPoint(plainClass);
    Value *entry = emitCachedDictEntry(object, cache, slow, "store");
    slow->insertInto(llfn);
    done->insertInto(llfn);
    b.CreateStore(value, b.CreateConstInBoundsGEP1_32(valueTy, entry, 1));
    b.CreateBr(done);

    b.SetInsertPoint(slow);
    callChecked(RtFn::kr_setattr_cached, {obj, strConst(inst.str), value, cache});
    b.CreateBr(done);

    b.SetInsertPoint(done);
}

bool FunctionEmitter::emitMethodCall(const ir::Instruction &call, Value *&result) {
    auto it = loadedMethods.find(call.operand(0));
    if (it == loadedMethods.end()) return false;
    auto [callee, self] = it->second;
    // Room for self before the arguments; without self the call starts at 1.
    size_t n = call.numOperands() - 1;
    AllocaInst *arr = entryAlloca(static_cast<unsigned>(n + 1), "margs");
    b.CreateStore(self, arr);
    for (size_t i = 0; i < n; ++i)
        b.CreateStore(operand(call, i + 1), b.CreateConstInBoundsGEP1_32(valueTy, arr, i + 1));
    Value *hasSelf = b.CreateICmpNE(self, valueWord(0), "has.self");
    Value *args = b.CreateSelect(hasSelf, arr, b.CreateConstInBoundsGEP1_32(valueTy, arr, 1));
    Value *extra = b.CreateZExt(hasSelf, valueTy);
    if (call.op == Opcode::Call) {
        result = n + 1 <= KrMaxDirectSlots
                     ? emitDirectMethodCall(callee, hasSelf, arr, n, args, extra)
                     : callChecked(RtFn::kr_call, {callee, b.CreateAdd(valueWord(n), extra), args});
        return true;
    }
    Value *kwnames = m.loadConstant(b, m.kwNamesConstant(call.names));
    result = callChecked(
        RtFn::kr_call_kw,
        {callee, b.CreateAdd(valueWord(call.numPositionalArgs()), extra), args, kwnames});
    return true;
}

Value *FunctionEmitter::emitDirectMethodCall(Value *callee, Value *hasSelf, Value *selfArgs,
                                             size_t n, Value *args, Value *extra) {
    // With self, the callee is a plain function or a built-in method. A
    // compiled function whose parameters self and the arguments fill exactly
    // (n + 1 positional, no keyword-only, *args or **kwargs: the runtime's
    // exact_positional) is entered directly with them as its slots, as
    // function_call would; anything else goes through kr_call.
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    Type *ptrTy = m.rt().ptrType();
    auto *isFunction = BasicBlock::Create(ctx, "mcall.isfn", llfn);
    auto *checkArity = BasicBlock::Create(ctx, "mcall.arity", llfn);
    auto *direct = BasicBlock::Create(ctx, "mcall.direct", llfn);
    auto *generic = BasicBlock::Create(ctx, "mcall.generic", llfn);
    auto *done = BasicBlock::Create(ctx, "mcall.done", llfn);
    b.CreateCondBr(hasSelf, isFunction, generic, md.createBranchWeights(1000, 1));
    b.SetInsertPoint(isFunction);
    Value *object = b.CreateIntToPtr(callee, ptrTy);
    Value *type = b.CreateLoad(valueTy, object, "mcall.type");
    b.CreateCondBr(b.CreateICmpEQ(type, m.rt().globalAsValue(RtGlobal::kr_type_function)),
                   checkArity, generic, md.createBranchWeights(1000, 1));
    b.SetInsertPoint(checkArity);
    Value *info = b.CreateLoad(
        ptrTy, b.CreateConstInBoundsGEP1_32(valueTy, object, KrFunctionInfoWord), "mcall.info");
    // kr_code_info: name, params, then n_pos (u16), n_kwonly (u16), flags (u32).
    unsigned word = valueTy->getBitWidth() / 8;
    Value *counts = b.CreateConstInBoundsGEP1_32(b.getInt8Ty(), info, 2 * word);
    Value *nPos = b.CreateLoad(b.getInt16Ty(), counts, "mcall.npos");
    Value *nKwOnly =
        b.CreateLoad(b.getInt16Ty(), b.CreateConstInBoundsGEP1_32(b.getInt8Ty(), counts, 2));
    Value *flags =
        b.CreateLoad(b.getInt32Ty(), b.CreateConstInBoundsGEP1_32(b.getInt8Ty(), counts, 4));
    Value *exact = b.CreateAnd(
        b.CreateAnd(b.CreateICmpEQ(nPos, b.getInt16(static_cast<uint16_t>(n + 1))),
                    b.CreateICmpEQ(nKwOnly, b.getInt16(0))),
        b.CreateICmpEQ(b.CreateAnd(flags, b.getInt32(KrCodeVarArgsOrVarKw)), b.getInt32(0)));
    b.CreateCondBr(exact, direct, generic, md.createBranchWeights(1000, 1));
    b.SetInsertPoint(direct);
    Value *code = b.CreateLoad(
        ptrTy, b.CreateConstInBoundsGEP1_32(valueTy, object, KrFunctionCodeWord), "mcall.code");
    FunctionType *codeTy = FunctionType::get(valueTy, {valueTy, ptrTy}, false);
    Value *directResult = b.CreateCall(codeTy, code, {callee, selfArgs});
    b.CreateBr(done);
    b.SetInsertPoint(generic);
    Value *genericResult = callRt(RtFn::kr_call, {callee, b.CreateAdd(valueWord(n), extra), args});
    b.CreateBr(done);
    b.SetInsertPoint(done);
    PHINode *result = b.CreatePHI(valueTy, 2, "mcall.result");
    result->addIncoming(directResult, direct);
    result->addIncoming(genericResult, generic);
    return checkValue(result);
}

} // namespace krait::codegen
