//===- codegen/EmitSetProbe.cpp - `small int in set` as an inline probe ---===//
//
// `x in s` (and `not in`) where x is a small int and s an exact set: a
// small int hashes to its value, so the table slot (value & mask) either
// holds x (present), is empty (absent), or holds something else (a dummy, a
// colliding key: the probe goes on, in kr_contains). The first two settle
// most lookups of small-int sets (n-queens' columns and diagonals) with a
// few loads and no call. The layout read here is checked by static_asserts
// in runtime/builtin_method.cpp.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/IR/Constants.h"

using namespace llvm;

namespace krait::codegen {

namespace {

/// kr_set (runtime/set.h): header, used, fill, mask, table; table entries
/// are {key, hash} words.
constexpr unsigned KrSetMaskWord = 3;
constexpr unsigned KrSetTableWord = 4;
constexpr unsigned KrSetEntryWords = 2;

} // namespace

Value *FunctionEmitter::emitContainsCall(Value *needle, Value *container) {
    // Inside loops only (compile time; see EmitBuiltinCall.cpp).
    if (!m.inlineFastPaths() || !inLoop(currentBlock))
        return callRt(RtFn::kr_contains, {needle, container});
    LLVMContext &ctx = b.getContext();
    Type *ptrTy = m.rt().ptrType();
    auto *isObject = BasicBlock::Create(ctx, "setin.obj", llfn);
    auto *isSet = BasicBlock::Create(ctx, "setin.set", llfn);
    auto *probe = BasicBlock::Create(ctx, "setin.probe", llfn);
    auto *slow = BasicBlock::Create(ctx, "setin.slow", llfn);
    auto *done = BasicBlock::Create(ctx, "setin.done", llfn);

    // A small-int needle (tag bit 1) and a heap container (tag bits 00).
    Value *tags = b.CreateOr(b.CreateAnd(needle, valueWord(1)),
                             b.CreateShl(b.CreateAnd(container, valueWord(3)), valueWord(1)));
    b.CreateCondBr(b.CreateICmpEQ(tags, valueWord(1)), isObject, slow);
    b.SetInsertPoint(isObject);
    Value *object = b.CreateIntToPtr(container, ptrTy);
    Value *type = b.CreateLoad(valueTy, object, "setin.type");
    b.CreateCondBr(b.CreateICmpEQ(type, m.rt().globalAsValue(RtGlobal::kr_type_set)), isSet, slow);

    // No table yet: empty.
    b.SetInsertPoint(isSet);
    Value *table = b.CreateLoad(
        ptrTy, b.CreateConstInBoundsGEP1_32(valueTy, object, KrSetTableWord), "setin.table");
    b.CreateCondBr(b.CreateIsNull(table), done, probe);

    b.SetInsertPoint(probe);
    Value *mask = b.CreateLoad(
        valueTy, b.CreateConstInBoundsGEP1_32(valueTy, object, KrSetMaskWord), "setin.mask");
    Value *slot = b.CreateAnd(b.CreateAShr(needle, valueWord(1)), mask);
    Value *key = b.CreateLoad(
        valueTy, b.CreateInBoundsGEP(valueTy, table, b.CreateMul(slot, valueWord(KrSetEntryWords))),
        "setin.key");
    Value *present = b.CreateICmpEQ(key, needle);
    Value *presentInt = b.CreateZExt(present, b.getInt32Ty());
    b.CreateCondBr(b.CreateOr(present, b.CreateIsNull(key)), done, slow);

    b.SetInsertPoint(slow);
    Value *called = callRt(RtFn::kr_contains, {needle, container});
    b.CreateBr(done);

    b.SetInsertPoint(done);
    PHINode *found = b.CreatePHI(b.getInt32Ty(), 3, "setin.found");
    found->addIncoming(b.getInt32(0), isSet);
    found->addIncoming(presentInt, probe);
    found->addIncoming(called, slow);
    return found;
}

} // namespace krait::codegen
