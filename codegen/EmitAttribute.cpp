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
//  - `self.name = v` in __init__ usually adds the name to a fresh instance:
//    it appends the entry inline (emitAddingAttrStore) when the class part
//    knows the class, the dict's index has the size the site remembers, the
//    name's first probe slot is empty and index_used < cap; else
//    kr_setattr_add_cached;
//  - loads and replacing stores outside loops of the module body test
//    everything with one branch (emitFlatAttrLoad, emitFlatAttrStore:
//    selects over a stand-in object), so they add fewer blocks to compile;
//    elsewhere each check branches (faster: the loads after a check need not
//    wait for it);
//  - in loops, a load of an object an earlier access in the same IR block
//    found to be a user instance starts from that access's dict, and a store
//    of a name just loaded from the same object reuses the load's entry when
//    nothing in between can have moved it;
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
constexpr unsigned KrDictUsedAfter16 = 0;
constexpr unsigned KrDictFilledAfter16 = 1;
constexpr unsigned KrDictCapAfter16 = 2;
constexpr unsigned KrDictEntriesAfter16 = 3;
constexpr unsigned KrDictIndexSizeAfter16 = 4;
constexpr unsigned KrDictIndexAfter16 = 5;
constexpr unsigned KrDictIndexUsedAfter16 = 6;
constexpr unsigned KrDictEntryWords = 3;
/// kr_attr_add_cache: after the kr_attr_cache, index_size, slot and hash.
constexpr unsigned KrAddCacheWords = 3;

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

GlobalVariable *FunctionEmitter::attrAddCache(const std::string &name) {
    unsigned base = attrCacheWords(valueTy->getBitWidth() / 8);
    ArrayType *ty = ArrayType::get(valueTy, base + KrAddCacheWords);
    std::vector<Constant *> init(base + KrAddCacheWords, ConstantInt::get(valueTy, 0));
    init[0] = ConstantInt::getAllOnesValue(valueTy);    // no entry position yet
    init[base] = ConstantInt::getAllOnesValue(valueTy); // no index size yet (0 is one)
    return new GlobalVariable(m.llvmModule(), ty, /*isConstant=*/false, GlobalValue::PrivateLinkage,
                              ConstantArray::get(ty, init), "attr.addcache." + name);
}

bool FunctionEmitter::isAddingStore(const ir::Instruction &inst) const {
    // `self.name = v` in __init__: on a fresh instance, an insert.
    const ir::Instruction *obj = inst.operand(0);
    return fn.name == "__init__" && obj->op == Opcode::Param && obj->index() == 0;
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
    if (flatSite()) return emitFlatAttrLoad(inst, obj, cache);
    return emitCachedAttrLoad(inst, obj, cache);
}

bool FunctionEmitter::inLoopNow() {
    return !currentBlock || inLoop(currentBlock);
}

bool FunctionEmitter::flatSite() {
    // Only the module body runs once: loop-free functions are often called
    // from loops, and there the branchy form is faster (richards at its
    // default size took 0.16 s instead of 0.12 s of CPU with one-branch
    // sites in every loop-free function, for 0.6% fewer compiler
    // instructions on app.py).
    return fn.isModuleBody && !inLoopNow();
}

GlobalVariable *FunctionEmitter::attrStandIn() {
    // Eight words, zero but word 0, which points at the stand-in itself: as
    // an object its type is the stand-in, whose flags (word 2) are 0, and
    // its dict (word 1) is 0; as a dict, `filled` (word 3) and the index
    // size (word 6) are 0. Every check of a flat fast path fails on it.
    Module &mod = m.llvmModule();
    if (GlobalVariable *g = mod.getNamedGlobal("krait.attr.standin")) return g;
    ArrayType *ty = ArrayType::get(valueTy, 8);
    auto *g = new GlobalVariable(mod, ty, /*isConstant=*/true, GlobalValue::PrivateLinkage, nullptr,
                                 "krait.attr.standin");
    std::vector<Constant *> init(8, ConstantInt::get(valueTy, 0));
    init[0] = ConstantExpr::getPtrToInt(g, valueTy);
    g->setInitializer(ConstantArray::get(ty, init));
    g->setAlignment(Align(valueTy->getBitWidth() / 8));
    return g;
}

Value *FunctionEmitter::emitFlatDictEntry(Value *object, Value *ok, Value *cache, Value **hit) {
    // As emitCachedDictEntry, with selects instead of branches: a failed
    // check reads the stand-in from then on, whose `filled` of 0 fails the
    // position check; `hit` is the conjunction that matters.
    Type *ptrTy = m.rt().ptrType();
    Value *standIn = attrStandIn();
    Value *holder = b.CreateSelect(ok, object, standIn);
    Value *dict =
        b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, holder, KrInstanceDictWord));
    Value *dictPtr =
        b.CreateSelect(b.CreateICmpNE(dict, valueWord(0)), b.CreateIntToPtr(dict, ptrTy), standIn);
    Value *afterHeader = b.CreateConstInBoundsGEP1_32(b.getInt8Ty(), dictPtr, 16);
    Value *filled = b.CreateLoad(
        valueTy, b.CreateConstInBoundsGEP1_32(valueTy, afterHeader, KrDictFilledAfter16));
    Value *index =
        b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, cache, 0), "flat.index");
    Value *inRange = b.CreateICmpULT(index, filled);
    Value *entries = b.CreateLoad(
        ptrTy, b.CreateConstInBoundsGEP1_32(valueTy, afterHeader, KrDictEntriesAfter16));
    Value *entry = b.CreateSelect(
        inRange,
        b.CreateInBoundsGEP(valueTy, entries, b.CreateMul(index, valueWord(KrDictEntryWords))),
        standIn);
    Value *key = b.CreateLoad(valueTy, entry, "flat.key");
    Value *cachedKey =
        b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, cache, 1), "flat.cachedkey");
    *hit = b.CreateAnd(inRange, b.CreateICmpEQ(key, cachedKey));
    return entry;
}

Value *FunctionEmitter::emitFlatAttrLoad(const ir::Instruction &inst, Value *obj,
                                         GlobalVariable *cache) {
    // Outside loops: the checks of emitCachedAttrLoad in one block and one
    // branch (fewer blocks to compile; the hit path runs about as many
    // instructions).
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    unsigned word = valueTy->getBitWidth() / 8;
    Value *standIn = attrStandIn();
    Value *isObject = b.CreateICmpEQ(b.CreateAnd(obj, valueWord(3)), valueWord(0));
    Value *object = b.CreateSelect(isObject, b.CreateIntToPtr(obj, m.rt().ptrType()), standIn);
    Value *type = b.CreateLoad(m.rt().ptrType(), object, "flat.type");
    Value *flags = b.CreateLoad(
        b.getInt32Ty(), b.CreateConstInBoundsGEP1_32(b.getInt8Ty(), type, KrTypeFlagsWord * word));
    Value *userInstance = b.CreateICmpEQ(b.CreateAnd(flags, b.getInt32(KrTypeFlagExceptionOrUser)),
                                         b.getInt32(KrTypeFlagUser));
    Value *hitCond = nullptr;
    Value *entry = emitFlatDictEntry(object, userInstance, cache, &hitCond);
    Value *value =
        b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, entry, 1), "attr.value");
    BasicBlock *hit = b.GetInsertBlock();
    auto *slow = BasicBlock::Create(ctx, "attr.slow", llfn);
    auto *done = BasicBlock::Create(ctx, "attr.done", llfn);
    b.CreateCondBr(hitCond, done, slow, md.createBranchWeights(1000, 1));
    return emitAttrMissJoin(inst, obj, cache, slow, done, value, hit);
}

PHINode *FunctionEmitter::emitAttrMissJoin(const ir::Instruction &inst, Value *obj,
                                           GlobalVariable *cache, BasicBlock *slow,
                                           BasicBlock *done, Value *value, BasicBlock *hit) {
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

Value *FunctionEmitter::emitInstanceDict(Value *object, BasicBlock *slow, const Twine &prefix) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    auto *hasDict = BasicBlock::Create(ctx, prefix + ".dict", llfn);
    Value *dict =
        b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, object, KrInstanceDictWord));
    b.CreateCondBr(b.CreateICmpNE(dict, valueWord(0)), hasDict, slow,
                   md.createBranchWeights(1000, 1));
    b.SetInsertPoint(hasDict);
    return dict;
}

Value *FunctionEmitter::emitDictEntryAt(Value *dict, Value *cache, BasicBlock *slow,
                                        const Twine &prefix) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    Type *ptrTy = m.rt().ptrType();
    auto *inRange = BasicBlock::Create(ctx, prefix + ".inrange", llfn);
    auto *hit = BasicBlock::Create(ctx, prefix + ".hit", llfn);
    MDNode *likely = md.createBranchWeights(1000, 1);
    // The cached position is below `filled`, so the entry is in the array.
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

Value *FunctionEmitter::emitCachedDictEntry(Value *object, Value *cache, BasicBlock *slow,
                                            const Twine &prefix, Value **dictOut) {
    Value *dict = emitInstanceDict(object, slow, prefix);
    if (dictOut) *dictOut = dict;
    return emitDictEntryAt(dict, cache, slow, prefix);
}

Value *FunctionEmitter::knownInstanceDict(const ir::Instruction *obj) {
    auto it = knownDicts.find(obj);
    if (it == knownDicts.end() || !currentBlock || it->second.first != currentBlock) return nullptr;
    return it->second.second;
}

void FunctionEmitter::rememberInstanceDict(const ir::Instruction *obj, Value *dict, BasicBlock *hit,
                                           BasicBlock *slowEnd) {
    // At the join of an access's paths: obj's dict on the hit path, 0 on
    // the slow one. The code after it in the same IR block is dominated by
    // the join, and an object's type and (once set) dict word never change,
    // so a later access to obj in the block may start from this.
    if (!currentBlock) return;
    PHINode *known = b.CreatePHI(valueTy, 2, "known.dict");
    known->addIncoming(dict, hit);
    known->addIncoming(valueWord(0), slowEnd);
    knownDicts[obj] = {currentBlock, known};
}

Value *FunctionEmitter::emitCachedAttrLoad(const ir::Instruction &inst, Value *obj,
                                           GlobalVariable *cache) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    // The slow and done blocks join the function after the fast path's, so
    // listings read in execution order.
    auto *slow = BasicBlock::Create(ctx, "attr.slow");
    auto *done = BasicBlock::Create(ctx, "attr.done");
    Value *dict = nullptr;
    if (Value *known = knownInstanceDict(inst.operand(0))) {
        // An earlier access to the object in this IR block found it an
        // instance of a user class (not an exception) with dict `known`, or
        // missed (0): then only the entry needs checking.
        BasicBlock *pre = b.GetInsertBlock();
        auto *full = BasicBlock::Create(ctx, "attr.full", llfn);
        auto *knownBlock = BasicBlock::Create(ctx, "attr.known", llfn);
        b.CreateCondBr(b.CreateICmpNE(known, valueWord(0)), knownBlock, full,
                       md.createBranchWeights(1000, 1));
        b.SetInsertPoint(full);
        Value *object = emitUserInstanceCheck(obj, slow, "attr").first;
        Value *checked = emitInstanceDict(object, slow, "attr");
        BasicBlock *fullEnd = b.GetInsertBlock();
        b.CreateBr(knownBlock);
        b.SetInsertPoint(knownBlock);
        PHINode *phi = b.CreatePHI(valueTy, 2, "attr.knowndict");
        phi->addIncoming(known, pre);
        phi->addIncoming(checked, fullEnd);
        dict = phi;
    } else {
        Value *object = emitUserInstanceCheck(obj, slow, "attr").first;
        dict = emitInstanceDict(object, slow, "attr");
    }
    Value *entry = emitDictEntryAt(dict, cache, slow, "attr");
    BasicBlock *hit = b.GetInsertBlock();
    slow->insertInto(llfn);
    done->insertInto(llfn);
    LoadInst *value =
        b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, entry, 1), "attr.value");
    value->setMetadata(LLVMContext::MD_range, m.nonZeroRange());
    b.CreateBr(done);

    PHINode *result = emitAttrMissJoin(inst, obj, cache, slow, done, value, hit);
    BasicBlock *slowEnd = result->getIncomingBlock(1);
    rememberInstanceDict(inst.operand(0), dict, hit, slowEnd);
    if (currentBlock) {
        // The entry found (null from the slow path), for a store of the same
        // name to the object later in the block (`o.x += v`: loadedEntry).
        PHINode *found = b.CreatePHI(m.rt().ptrType(), 2, "attr.entry");
        found->addIncoming(entry, hit);
        found->addIncoming(ConstantPointerNull::get(PointerType::get(ctx, 0)), slowEnd);
        loadedEntries[{inst.operand(0), inst.str}] = {currentBlock, found, done};
    }
    return result;
}

Value *FunctionEmitter::loadedEntry(const ir::Instruction &store) {
    auto it = loadedEntries.find({store.operand(0), store.str});
    if (it == loadedEntries.end() || !currentBlock) return nullptr;
    auto [block, entry, join] = it->second;
    if (block != currentBlock) return nullptr;
    // Valid only if nothing since the load can have removed the name or
    // moved the entries: the code emitted since (the blocks from the load's
    // join on; emission only appends blocks) may call only what runs no
    // Python code and changes no dict: intrinsics, float boxing and the
    // allocator (the collector moves nothing and runs no finalizers), and
    // the traceback of a raise (which leaves the block).
    bool started = false;
    for (BasicBlock &bb : *llfn) {
        started = started || &bb == join;
        if (!started) continue;
        for (Instruction &i : bb) {
            auto *call = dyn_cast<CallBase>(&i);
            if (!call) continue;
            Function *f = call->getCalledFunction();
            if (!f) return nullptr;
            StringRef name = f->getName();
            if (f->isIntrinsic() || name == "kr_float_new" || name == "kr_gc_alloc" ||
                name == "kr_gc_alloc_atomic" || name == "kr_traceback_add")
                continue;
            return nullptr;
        }
    }
    return started ? entry : nullptr;
}

void FunctionEmitter::emitSetAttr(const ir::Instruction &inst) {
    Value *obj = operand(inst, 0);
    Value *value = operand(inst, 1);
    if (!m.inlineFastPaths() || !cacheable(inst.str)) {
        callChecked(RtFn::kr_setattr, {obj, strConst(inst.str), value});
        return;
    }
    if (isAddingStore(inst)) {
        emitAddingAttrStore(inst, obj, value, attrAddCache(inst.str));
        return;
    }
    if (flatSite()) {
        emitFlatAttrStore(inst, obj, value, attrCache(inst.str));
        return;
    }
    emitCachedAttrStore(inst, obj, value, attrCache(inst.str));
}

Value *FunctionEmitter::emitFlatStoreClass(Value *obj, Value *cache, Value **object) {
    // emitStoreClassCheck's test as a value: a tagged word reads the
    // stand-in's type (the stand-in), which no cache way holds.
    Value *isObject = b.CreateICmpEQ(b.CreateAnd(obj, valueWord(3)), valueWord(0));
    *object = b.CreateSelect(isObject, b.CreateIntToPtr(obj, m.rt().ptrType()), attrStandIn());
    Value *type = b.CreateLoad(valueTy, *object, "flat.type");
    return cachedClassHolds(cache, type, "flat");
}

Value *FunctionEmitter::cachedClassHolds(Value *cache, Value *type, const Twine &prefix) {
    unsigned word = valueTy->getBitWidth() / 8;
    Value *epoch = b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, cache, KrCacheEpoch),
                                prefix + ".epoch");
    Value *current = b.CreateLoad(valueTy, m.rt().global(RtGlobal::kr_class_epoch), "class.epoch");
    Value *known = nullptr;
    for (unsigned way = 0, ways = attrCacheWays(word); way < ways; ++way) {
        Value *cached = b.CreateLoad(
            valueTy, b.CreateConstInBoundsGEP1_32(valueTy, cache, KrCacheClasses + 2 * way));
        Value *same = b.CreateICmpEQ(cached, type);
        known = known ? b.CreateOr(known, same) : same;
    }
    return b.CreateAnd(b.CreateICmpEQ(epoch, current), known);
}

void FunctionEmitter::emitFlatAttrStore(const ir::Instruction &inst, Value *obj, Value *value,
                                        GlobalVariable *cache) {
    // Outside loops: emitCachedAttrStore's checks in one block, one branch.
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    Value *object = nullptr;
    Value *known = emitFlatStoreClass(obj, cache, &object);
    Value *hitCond = nullptr;
    Value *entry = emitFlatDictEntry(object, known, cache, &hitCond);
    auto *hit = BasicBlock::Create(ctx, "store.hit", llfn);
    auto *slow = BasicBlock::Create(ctx, "store.slow", llfn);
    auto *done = BasicBlock::Create(ctx, "store.done", llfn);
    b.CreateCondBr(hitCond, hit, slow, md.createBranchWeights(1000, 1));
    b.SetInsertPoint(hit);
    b.CreateStore(value, b.CreateConstInBoundsGEP1_32(valueTy, entry, 1));
    b.CreateBr(done);
    b.SetInsertPoint(slow);
    callChecked(RtFn::kr_setattr_cached, {obj, strConst(inst.str), value, cache});
    b.CreateBr(done);
    b.SetInsertPoint(done);
}

Value *FunctionEmitter::emitStoreClassCheck(Value *obj, Value *cache, BasicBlock *slow,
                                            const Twine &prefix) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    MDNode *likely = md.createBranchWeights(1000, 1);
    auto *isObject = BasicBlock::Create(ctx, prefix + ".obj", llfn);
    auto *plainClass = BasicBlock::Create(ctx, prefix + ".class", llfn);
    b.CreateCondBr(b.CreateICmpEQ(b.CreateAnd(obj, valueWord(3)), valueWord(0)), isObject, slow,
                   likely);
    // The class part: in the current class epoch, the runtime found that the
    // class has no property, descriptor or __setattr__ for the name (any way
    // of the cache may hold the class). It remembers only user classes that
    // are not exceptions (instances laid out as kr_instance), so no flags
    // test is needed.
    b.SetInsertPoint(isObject);
    Value *object = b.CreateIntToPtr(obj, m.rt().ptrType());
    Value *type = b.CreateLoad(valueTy, object, prefix + ".type");
    b.CreateCondBr(cachedClassHolds(cache, type, prefix), plainClass, slow, likely);
    b.SetInsertPoint(plainClass);
    return object;
}

void FunctionEmitter::emitCachedAttrStore(const ir::Instruction &inst, Value *obj, Value *value,
                                          GlobalVariable *cache) {
    LLVMContext &ctx = b.getContext();
    // Blocks join the function in execution order (as emitCachedAttrLoad).
    auto *slow = BasicBlock::Create(ctx, "store.slow");
    auto *done = BasicBlock::Create(ctx, "store.done");
    Value *known = loadedEntry(inst);
    Value *knownDict = known ? knownInstanceDict(inst.operand(0)) : nullptr;
    Value *object = emitStoreClassCheck(obj, cache, slow, "store");

    // The entry at the cached position holds the name: replace its value. An
    // instance dict's version stamp needs no update (attr_cache.cpp). After
    // a load of the name that hit, with nothing in between that could move
    // it (loadedEntry), that load's entry is the one.
    Value *dict = nullptr;
    Value *entry = nullptr;
    if (known && knownDict) {
        MDBuilder md(ctx);
        BasicBlock *classOk = b.GetInsertBlock();
        auto *lookup = BasicBlock::Create(ctx, "store.lookup", llfn);
        auto *write = BasicBlock::Create(ctx, "store.write", llfn);
        b.CreateCondBr(b.CreateIsNotNull(known), write, lookup, md.createBranchWeights(1000, 1));
        b.SetInsertPoint(lookup);
        Value *lookedDict = nullptr;
        Value *looked = emitCachedDictEntry(object, cache, slow, "store", &lookedDict);
        BasicBlock *lookedEnd = b.GetInsertBlock();
        b.CreateBr(write);
        b.SetInsertPoint(write);
        PHINode *entryPhi = b.CreatePHI(m.rt().ptrType(), 2, "store.entry");
        entryPhi->addIncoming(known, classOk);
        entryPhi->addIncoming(looked, lookedEnd);
        PHINode *dictPhi = b.CreatePHI(valueTy, 2, "store.dict");
        dictPhi->addIncoming(knownDict, classOk);
        dictPhi->addIncoming(lookedDict, lookedEnd);
        entry = entryPhi;
        dict = dictPhi;
    } else {
        entry = emitCachedDictEntry(object, cache, slow, "store", &dict);
    }
    BasicBlock *hit = b.GetInsertBlock();
    slow->insertInto(llfn);
    done->insertInto(llfn);
    b.CreateStore(value, b.CreateConstInBoundsGEP1_32(valueTy, entry, 1));
    b.CreateBr(done);

    b.SetInsertPoint(slow);
    callChecked(RtFn::kr_setattr_cached, {obj, strConst(inst.str), value, cache});
    BasicBlock *slowEnd = b.GetInsertBlock();
    b.CreateBr(done);

    b.SetInsertPoint(done);
    rememberInstanceDict(inst.operand(0), dict, hit, slowEnd);
}

void FunctionEmitter::emitAddingAttrStore(const ir::Instruction &inst, Value *obj, Value *value,
                                          GlobalVariable *cache) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    MDNode *likely = md.createBranchWeights(1000, 1);
    Type *ptrTy = m.rt().ptrType();
    unsigned base = attrCacheWords(valueTy->getBitWidth() / 8);
    auto *slow = BasicBlock::Create(ctx, "add.slow");
    auto *done = BasicBlock::Create(ctx, "add.done");
    Value *object = emitStoreClassCheck(obj, cache, slow, "add");

    // The dict's index has the cached size and the name's first probe slot
    // in it is empty: the name is absent and goes there (attr_cache.cpp says
    // why index_used < cap leaves room without a resize).
    auto *sized = BasicBlock::Create(ctx, "add.sized", llfn);
    auto *append = BasicBlock::Create(ctx, "add.append", llfn);
    Value *dict =
        b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, object, KrInstanceDictWord));
    Value *afterHeader =
        b.CreateConstInBoundsGEP1_32(b.getInt8Ty(), b.CreateIntToPtr(dict, ptrTy), 16);
    auto field = [&](unsigned word) {
        return b.CreateConstInBoundsGEP1_32(valueTy, afterHeader, word);
    };
    auto cacheWord = [&](unsigned word) {
        return b.CreateConstInBoundsGEP1_32(valueTy, cache, word);
    };
    // Instances of classes whose dict is made at the first store have none.
    auto *hasDict = BasicBlock::Create(ctx, "add.dict", llfn);
    b.CreateCondBr(b.CreateICmpNE(dict, valueWord(0)), hasDict, slow, likely);
    b.SetInsertPoint(hasDict);
    Value *indexSize = b.CreateLoad(valueTy, field(KrDictIndexSizeAfter16), "add.isize");
    Value *cachedSize = b.CreateLoad(valueTy, cacheWord(base), "add.cachedisize");
    b.CreateCondBr(b.CreateICmpEQ(indexSize, cachedSize), sized, slow, likely);

    b.SetInsertPoint(sized);
    Value *index = b.CreateLoad(ptrTy, field(KrDictIndexAfter16), "add.index");
    Value *slot = b.CreateInBoundsGEP(b.getInt8Ty(), index,
                                      b.CreateLoad(valueTy, cacheWord(base + 1), "add.slot"));
    Value *slotValue = b.CreateLoad(b.getInt8Ty(), slot, "add.slotvalue");
    Value *indexUsed = b.CreateLoad(valueTy, field(KrDictIndexUsedAfter16), "add.iused");
    Value *cap = b.CreateLoad(valueTy, field(KrDictCapAfter16), "add.cap");
    b.CreateCondBr(
        b.CreateAnd(b.CreateICmpEQ(slotValue, b.getInt8(0)), b.CreateICmpULT(indexUsed, cap)),
        append, slow, likely);

    // Append as kr_dict_set_str does (no new version stamp, as attr_cache.cpp
    // explains).
    b.SetInsertPoint(append);
    Value *filled = b.CreateLoad(valueTy, field(KrDictFilledAfter16), "add.filled");
    Value *entries = b.CreateLoad(ptrTy, field(KrDictEntriesAfter16), "add.entries");
    Value *entry =
        b.CreateInBoundsGEP(valueTy, entries, b.CreateMul(filled, valueWord(KrDictEntryWords)));
    b.CreateStore(strConst(inst.str), entry);
    b.CreateStore(value, b.CreateConstInBoundsGEP1_32(valueTy, entry, 1));
    b.CreateStore(b.CreateLoad(valueTy, cacheWord(base + 2), "add.hash"),
                  b.CreateConstInBoundsGEP1_32(valueTy, entry, 2));
    Value *newFilled = b.CreateAdd(filled, valueWord(1));
    b.CreateStore(b.CreateTrunc(newFilled, b.getInt8Ty()), slot);
    b.CreateStore(newFilled, field(KrDictFilledAfter16));
    Value *used = b.CreateLoad(valueTy, field(KrDictUsedAfter16), "add.used");
    b.CreateStore(b.CreateAdd(used, valueWord(1)), field(KrDictUsedAfter16));
    b.CreateStore(b.CreateAdd(indexUsed, valueWord(1)), field(KrDictIndexUsedAfter16));
    slow->insertInto(llfn);
    done->insertInto(llfn);
    b.CreateBr(done);

    b.SetInsertPoint(slow);
    callChecked(RtFn::kr_setattr_add_cached, {obj, strConst(inst.str), value, cache});
    b.CreateBr(done);

    b.SetInsertPoint(done);
}

bool FunctionEmitter::emitMethodCall(const ir::Instruction &call, Value *&result) {
    auto it = loadedMethods.find(call.operand(0));
    if (it == loadedMethods.end()) return false;
    auto [callee, self] = it->second;
    auto [arr, hasSelf, args, extra, n] = emitSelfArgs(call, self);
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
