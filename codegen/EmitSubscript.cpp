//===- codegen/EmitSubscript.cpp - inline list and tuple subscripts -------===//
//
// `seq[i]` on a list or tuple (exactly those types: subclass instances are
// laid out differently) with a small-int index in range, and `list[i] = v`,
// read or write the item array directly; anything else, including
// out-of-range indices (IndexError), calls the runtime. A getitem the
// whole program proves to read an exact list of floats or ints
// (ir/passes/ListKinds.cpp) tests only the index's shape and the bounds.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/MDBuilder.h"

using namespace llvm;

namespace krait::codegen {

/// True for a `getitem` whose sequence the whole program proves an exact
/// list of floats or ints (ir/passes/ListKinds.cpp types only those).
static bool provenListItem(const ir::Instruction *inst) {
    return inst && inst->op == ir::Opcode::GetItem &&
           (inst->type.kind() == ir::Type::Float || inst->type.kind() == ir::Type::Int);
}

Value *FunctionEmitter::emitSequenceIndex(Value *seq, Value *index, bool tupleToo, BasicBlock *slow,
                                          Value *&isTuple) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    BasicBlock *inRange = BasicBlock::Create(ctx, "subscr.inrange", llfn);
    if (provenListItem(currentInst)) {
        // An exact list: only the index's shape and the bounds are tested.
        isTuple = b.getFalse();
        Value *object = b.CreateIntToPtr(seq, m.rt().ptrType());
        Value *len =
            b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, object, KrSeqLenWord));
        Value *i = untagInt(index);
        i = b.CreateSelect(b.CreateICmpSLT(i, valueWord(0)), b.CreateAdd(i, len), i);
        Value *ok = b.CreateAnd(b.CreateTrunc(index, b.getInt1Ty()), b.CreateICmpULT(i, len));
        b.CreateCondBr(ok, inRange, slow, md.createBranchWeights(1000, 1));
        b.SetInsertPoint(inRange);
        Value *items = b.CreateLoad(m.rt().ptrType(),
                                    b.CreateConstInBoundsGEP1_32(valueTy, object, KrListItemsWord));
        return b.CreateInBoundsGEP(valueTy, items, i, "item.addr");
    }
    BasicBlock *isObject = BasicBlock::Create(ctx, "subscr.obj", llfn);
    BasicBlock *isSeq = BasicBlock::Create(ctx, "subscr.seq", llfn);
    // A small-int index and an object pointer (tag bits 00).
    Value *shapeOk = b.CreateAnd(b.CreateTrunc(index, b.getInt1Ty()),
                                 b.CreateICmpEQ(b.CreateAnd(seq, valueWord(3)), valueWord(0)));
    b.CreateCondBr(shapeOk, isObject, slow, md.createBranchWeights(1000, 1));
    b.SetInsertPoint(isObject);
    Value *object = b.CreateIntToPtr(seq, m.rt().ptrType());
    Value *type = b.CreateLoad(valueTy, object, "type");
    Value *isList = b.CreateICmpEQ(type, m.rt().globalAsValue(RtGlobal::kr_type_list));
    isTuple = tupleToo ? b.CreateICmpEQ(type, m.rt().globalAsValue(RtGlobal::kr_type_tuple))
                       : b.getFalse();
    b.CreateCondBr(b.CreateOr(isList, isTuple), isSeq, slow, md.createBranchWeights(1000, 1));
    b.SetInsertPoint(isSeq);
    Value *len = b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, object, KrSeqLenWord));
    // Negative indices count from the end; one unsigned compare checks both
    // bounds afterwards.
    Value *i = untagInt(index);
    i = b.CreateSelect(b.CreateICmpSLT(i, valueWord(0)), b.CreateAdd(i, len), i);
    b.CreateCondBr(b.CreateICmpULT(i, len), inRange, slow, md.createBranchWeights(1000, 1));
    b.SetInsertPoint(inRange);
    Value *listItems = b.CreateLoad(m.rt().ptrType(),
                                    b.CreateConstInBoundsGEP1_32(valueTy, object, KrListItemsWord));
    Value *items = listItems;
    if (tupleToo)
        items = b.CreateSelect(
            isTuple, b.CreateConstInBoundsGEP1_32(valueTy, object, KrTupleItemsWord), listItems);
    return b.CreateInBoundsGEP(valueTy, items, i, "item.addr");
}

Value *FunctionEmitter::emitSequenceGetItem(Value *seq, Value *index) {
    LLVMContext &ctx = b.getContext();
    BasicBlock *slow = BasicBlock::Create(ctx, "subscr.slow", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "subscr.done", llfn);
    Value *isTuple = nullptr;
    Value *addr = emitSequenceIndex(seq, index, /*tupleToo=*/true, slow, isTuple);
    LoadInst *item = b.CreateLoad(valueTy, addr, "item");
    item->setMetadata(LLVMContext::MD_range, m.nonZeroRange());
    BasicBlock *fastEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(slow);
    Value *slowItem = callChecked(RtFn::kr_getitem, {seq, index});
    BasicBlock *slowEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(done);
    PHINode *result = b.CreatePHI(valueTy, 2, "subscr");
    result->addIncoming(item, fastEnd);
    result->addIncoming(slowItem, slowEnd);
    return result;
}

void FunctionEmitter::emitListSetItem(Value *list, Value *index, Value *value) {
    LLVMContext &ctx = b.getContext();
    BasicBlock *slow = BasicBlock::Create(ctx, "store.slow", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "store.done", llfn);
    Value *isTuple = nullptr;
    // The collector is a stop-the-world mark-sweep: a plain store needs no barrier.
    b.CreateStore(value, emitSequenceIndex(list, index, /*tupleToo=*/false, slow, isTuple));
    b.CreateBr(done);
    b.SetInsertPoint(slow);
    callChecked(RtFn::kr_setitem, {list, index, value});
    b.CreateBr(done);
    b.SetInsertPoint(done);
}

} // namespace krait::codegen
