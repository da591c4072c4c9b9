//===- codegen/EmitSlice.cpp - slices, `in` and cells without detours -----===//
//
// Runtime paths that need no object the program could see (-O1 and above):
//
//  - a `build.slice` used only as the index of `getitem`/`setitem`/`delitem`
//    is never built: the subscript passes its parts to kr_getitem_slice /
//    kr_setitem_slice / kr_delitem_slice, which resolve them directly for
//    lists and build the slice object only for types that might keep it
//    (runtime/slice_ops.cpp);
//  - a `setitem` whose value is such a `getitem` (its only use, on the same
//    line, with nothing in between that could notice the order) is a slice
//    copy: when the source is a list (and the values the code in between
//    reads are small ints) the getitem does nothing and the setitem calls
//    kr_setitem_slice_from, which copies the items with no list between, so
//    `perm[: k + 1] = perm[k::-1]` allocates nothing;
//  - `x in c` / `x not in c` call kr_contains, which answers with a C int
//    (runtime/contains.cpp): built-in containers skip the operator dispatch,
//    and a branch on the result needs no bool object;
//  - cells are one-item lists made by `cell.new` and closures are tuples of
//    them (docs/IR.md), never visible to the program, so `cell.load`,
//    `cell.store` and `closure.cell` read and write their item arrays
//    directly instead of calling kr_getitem/kr_setitem.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/IR/MDBuilder.h"

#include <map>

using namespace llvm;

namespace krait::codegen {

using ir::Opcode;

namespace {

/// Whether `user` reads `value` only as the index of a subscript.
bool usedAsSubscriptIndex(const ir::Instruction &user, const ir::Instruction *value) {
    bool subscript =
        user.op == Opcode::GetItem || user.op == Opcode::SetItem || user.op == Opcode::DelItem;
    for (size_t i = 0; i < user.numOperands(); ++i)
        if (user.operand(i) == value && (!subscript || i != 1)) return false;
    return subscript;
}

/// Whether `inst`, which follows a getitem in its block, may run before it
/// without any visible difference, given the instructions between them so
/// far (`between`): constants, an unbuilt slice, and int add/sub/mul whose
/// operands are int constants, earlier such arithmetic, or values from before
/// the getitem that the emitted code checks to be small ints (added to
/// `guards`). Such arithmetic calls nothing and fails only when out of memory.
bool movableBefore(const ir::Instruction &inst, const std::set<const ir::Instruction *> &elided,
                   const std::set<const ir::Instruction *> &between,
                   std::vector<const ir::Instruction *> &guards) {
    switch (inst.op) {
    case Opcode::ConstInt:
    case Opcode::ConstFloat:
    case Opcode::ConstStr:
    case Opcode::ConstBytes:
    case Opcode::ConstNone:
    case Opcode::ConstTrue:
    case Opcode::ConstFalse:
        return true;
    case Opcode::BuildSlice:
        return elided.count(&inst) != 0;
    case Opcode::Binary: {
        ir::BinaryOp op = inst.binaryOp();
        if (op != ir::BinaryOp::Add && op != ir::BinaryOp::Sub && op != ir::BinaryOp::Mul &&
            op != ir::BinaryOp::IAdd && op != ir::BinaryOp::ISub && op != ir::BinaryOp::IMul)
            return false;
        for (const ir::Instruction *v : inst.operands) {
            if (v->op == Opcode::ConstInt) continue;
            if (between.count(v)) {
                if (v->op != Opcode::Binary) return false;
                continue;
            }
            // A value word (not an unboxed double or truth bit) to check.
            ir::Type::Kind kind = v->type.kind();
            if (kind != ir::Type::Object && kind != ir::Type::Int) return false;
            guards.push_back(v);
        }
        return true;
    }
    default:
        return false;
    }
}

bool isConstInt(const ir::Instruction *v, std::string_view digits) {
    return v->op == Opcode::ConstInt && v->str == digits;
}

/// The `k` of a fused `a[:k + 1] = a[k::-1]` (one list reversing its first
/// k + 1 items in place), or null for any other slice copy.
const ir::Instruction *prefixReversal(const ir::Instruction &set) {
    const ir::Instruction &get = *set.operand(2);
    const ir::Instruction &to = *set.operand(1), &from = *get.operand(1);
    if (set.operand(0) != get.operand(0) || to.operand(0)->op != Opcode::ConstNone ||
        to.operand(2)->op != Opcode::ConstNone || from.operand(1)->op != Opcode::ConstNone ||
        !isConstInt(from.operand(2), "-1"))
        return nullptr;
    const ir::Instruction *k = from.operand(0), *stop = to.operand(1);
    if (stop->op != Opcode::Binary ||
        (stop->binaryOp() != ir::BinaryOp::Add && stop->binaryOp() != ir::BinaryOp::IAdd))
        return nullptr;
    bool kPlusOne = (stop->operand(0) == k && isConstInt(stop->operand(1), "1")) ||
                    (stop->operand(1) == k && isConstInt(stop->operand(0), "1"));
    return kPlusOne ? k : nullptr;
}

} // namespace

/// Pairs `setitem %a, <slice>, %g` with `%g = getitem %b, <slice>` when %g
/// has no other use and everything between them in the block may run first
/// (movableBefore), as in `a[: k + 1] = a[k::-1]`. Both must be on one source
/// line, so an error's traceback line is the same either way.
void FunctionEmitter::findFusedSliceCopies() {
    std::map<const ir::Instruction *, unsigned> uses;
    for (const auto &block : fn.blocks())
        for (const auto &inst : block->instructions())
            for (const ir::Instruction *op : inst->operands)
                ++uses[op];
    for (const auto &block : fn.blocks()) {
        const auto &insts = block->instructions();
        for (size_t i = 0; i < insts.size(); ++i) {
            const ir::Instruction &get = *insts[i];
            if (get.op != Opcode::GetItem || uses[&get] != 1 || !elidedSlices.count(get.operand(1)))
                continue;
            std::set<const ir::Instruction *> between;
            std::vector<const ir::Instruction *> guards;
            size_t j = i + 1;
            for (; j < insts.size(); ++j) {
                const ir::Instruction &next = *insts[j];
                if (next.op == Opcode::SetItem && next.operand(2) == &get) break;
                if (!movableBefore(next, elidedSlices, between, guards)) break;
                between.insert(&next);
            }
            if (j == insts.size()) continue;
            const ir::Instruction &set = *insts[j];
            if (set.op != Opcode::SetItem || set.operand(2) != &get || set.operand(0) == &get ||
                set.operand(1) == &get || !elidedSlices.count(set.operand(1)) ||
                get.loc.line != set.loc.line)
                continue;
            fusedSliceCopies.insert(&set);
            fusedSliceGuards[&get] = std::move(guards);
        }
    }
}

void FunctionEmitter::findElidedSlices() {
    slicesScanned = true;
    if (!m.inlineFastPaths()) return;
    std::set<const ir::Instruction *> candidates, rejected;
    for (const auto &block : fn.blocks())
        for (const auto &inst : block->instructions())
            if (inst->op == Opcode::BuildSlice) candidates.insert(inst.get());
    if (candidates.empty()) return;
    for (const auto &block : fn.blocks())
        for (const auto &inst : block->instructions())
            for (const ir::Instruction *op : inst->operands)
                if (candidates.count(op) && !usedAsSubscriptIndex(*inst, op)) rejected.insert(op);
    for (const ir::Instruction *s : candidates)
        if (!rejected.count(s)) elidedSlices.insert(s);
    findFusedSliceCopies();
}

bool FunctionEmitter::isElidedSlice(const ir::Instruction &inst) {
    if (!slicesScanned) findElidedSlices();
    return elidedSlices.count(&inst) != 0;
}

/// A fused slice copy's getitem: when its sequence is exactly a list and
/// every guard value is a small int, nothing runs now and the value is 0
/// (the setitem then copies); otherwise the getitem runs here as usual.
void FunctionEmitter::emitDeferredSliceGet(const ir::Instruction &get, Value *start, Value *stop,
                                           Value *step) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    BasicBlock *isObject = BasicBlock::Create(ctx, "slicecopy.obj", llfn);
    BasicBlock *defer = BasicBlock::Create(ctx, "slicecopy.defer", llfn);
    BasicBlock *now = BasicBlock::Create(ctx, "slicecopy.now", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "slicecopy.done", llfn);
    Value *seq = operand(get, 0);
    Value *ok = b.CreateICmpEQ(b.CreateAnd(seq, valueWord(3)), valueWord(0));
    for (const ir::Instruction *g : fusedSliceGuards[&get])
        ok = b.CreateAnd(ok, b.CreateTrunc(boxed(g), b.getInt1Ty())); // small-int tag
    b.CreateCondBr(ok, isObject, now, md.createBranchWeights(1000, 1));
    b.SetInsertPoint(isObject);
    Value *type = b.CreateLoad(valueTy, b.CreateIntToPtr(seq, m.rt().ptrType()), "type");
    b.CreateCondBr(b.CreateICmpEQ(type, m.rt().globalAsValue(RtGlobal::kr_type_list)), defer, now,
                   md.createBranchWeights(1000, 1));
    b.SetInsertPoint(defer);
    b.CreateBr(done);
    b.SetInsertPoint(now);
    Value *items = callChecked(RtFn::kr_getitem_slice, {seq, start, stop, step});
    BasicBlock *nowEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(done);
    PHINode *phi = b.CreatePHI(valueTy, 2, "slicecopy.items");
    phi->addIncoming(valueWord(0), defer);
    phi->addIncoming(items, nowEnd);
    values[&get] = phi;
}

/// A fused slice copy's setitem: the direct copy when its getitem deferred,
/// else the store of the items it made.
void FunctionEmitter::emitFusedSliceSet(const ir::Instruction &set, Value *start, Value *stop,
                                        Value *step) {
    LLVMContext &ctx = b.getContext();
    BasicBlock *copy = BasicBlock::Create(ctx, "slicecopy.copy", llfn);
    BasicBlock *store = BasicBlock::Create(ctx, "slicecopy.store", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "slicecopy.stored", llfn);
    const ir::Instruction &get = *set.operand(2);
    const ir::Instruction &from = *get.operand(1);
    Value *dst = operand(set, 0), *items = values.lookup(&get);
    b.CreateCondBr(b.CreateICmpEQ(items, valueWord(0)), copy, store);
    b.SetInsertPoint(copy);
    if (const ir::Instruction *k = prefixReversal(set)) {
        // a[:k + 1] = a[k::-1] with 0 <= k < len(a), a exactly a list (the
        // deferred getitem checked it): swap the ends inward, in place.
        MDBuilder md(ctx);
        BasicBlock *entry = BasicBlock::Create(ctx, "reverse.entry", llfn);
        BasicBlock *loop = BasicBlock::Create(ctx, "reverse.loop", llfn);
        BasicBlock *general = BasicBlock::Create(ctx, "reverse.general", llfn);
        Value *kv = boxed(k), *list = b.CreateIntToPtr(dst, m.rt().ptrType());
        Value *n = untagInt(kv);
        Value *len =
            b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, list, KrSeqLenWord));
        Value *ok = b.CreateAnd(b.CreateTrunc(kv, b.getInt1Ty()), b.CreateICmpULT(n, len));
        b.CreateCondBr(ok, entry, general, md.createBranchWeights(1000, 1));
        b.SetInsertPoint(entry);
        Value *base = b.CreateLoad(m.rt().ptrType(),
                                   b.CreateConstInBoundsGEP1_32(valueTy, list, KrListItemsWord));
        Value *last = b.CreateInBoundsGEP(valueTy, base, n);
        b.CreateCondBr(b.CreateICmpSGT(n, valueWord(0)), loop, done);
        b.SetInsertPoint(loop);
        PHINode *lo = b.CreatePHI(base->getType(), 2, "reverse.lo");
        PHINode *hi = b.CreatePHI(base->getType(), 2, "reverse.hi");
        lo->addIncoming(base, entry);
        hi->addIncoming(last, entry);
        Value *a = b.CreateLoad(valueTy, lo), *z = b.CreateLoad(valueTy, hi);
        b.CreateStore(z, lo);
        b.CreateStore(a, hi);
        Value *nextLo = b.CreateConstInBoundsGEP1_32(valueTy, lo, 1);
        Value *nextHi = b.CreateInBoundsGEP(valueTy, hi, b.getInt64(-1));
        lo->addIncoming(nextLo, loop);
        hi->addIncoming(nextHi, loop);
        b.CreateCondBr(b.CreateICmpULT(nextLo, nextHi), loop, done);
        b.SetInsertPoint(general);
    }
    callChecked(RtFn::kr_setitem_slice_from,
                {dst, start, stop, step, operand(get, 0), operand(from, 0), operand(from, 1),
                 operand(from, 2)});
    b.CreateBr(done);
    b.SetInsertPoint(store);
    callChecked(RtFn::kr_setitem_slice, {dst, start, stop, step, items});
    b.CreateBr(done);
    b.SetInsertPoint(done);
}

bool FunctionEmitter::emitSliceSubscript(const ir::Instruction &inst) {
    const ir::Instruction *slice = inst.operand(1);
    if (slice->op != Opcode::BuildSlice || !isElidedSlice(*slice)) return false;
    Value *start = operand(*slice, 0), *stop = operand(*slice, 1), *step = operand(*slice, 2);
    if (fusedSliceGuards.count(&inst)) {
        emitDeferredSliceGet(inst, start, stop, step);
        return true;
    }
    if (fusedSliceCopies.count(&inst)) {
        emitFusedSliceSet(inst, start, stop, step);
        return true;
    }
    Value *obj = operand(inst, 0);
    switch (inst.op) {
    case Opcode::GetItem:
        values[&inst] = callChecked(RtFn::kr_getitem_slice, {obj, start, stop, step});
        break;
    case Opcode::SetItem:
        callChecked(RtFn::kr_setitem_slice, {obj, start, stop, step, operand(inst, 2)});
        break;
    default:
        callChecked(RtFn::kr_delitem_slice, {obj, start, stop, step});
        break;
    }
    return true;
}

Value *FunctionEmitter::emitContains(ir::BinaryOp op, Value *needle, Value *container) {
    Value *found = checkInt(emitContainsCall(needle, container), false); // EmitSetProbe.cpp
    Value *truth = op == ir::BinaryOp::In ? b.CreateICmpNE(found, b.getInt32(0))
                                          : b.CreateICmpEQ(found, b.getInt32(0));
    return b.CreateSelect(truth, m.rt().globalAsValue(RtGlobal::kr_True),
                          m.rt().globalAsValue(RtGlobal::kr_False));
}

Value *FunctionEmitter::cellItemAddress(Value *cell) {
    Value *object = b.CreateIntToPtr(cell, m.rt().ptrType());
    return b.CreateLoad(m.rt().ptrType(),
                        b.CreateConstInBoundsGEP1_32(valueTy, object, KrListItemsWord),
                        "cell.items");
}

Value *FunctionEmitter::emitClosureCell(Value *closure, unsigned index) {
    Value *tuple = b.CreateIntToPtr(closure, m.rt().ptrType());
    return b.CreateLoad(valueTy,
                        b.CreateConstInBoundsGEP1_32(valueTy, tuple, KrTupleItemsWord + index),
                        "closure.cell");
}

} // namespace krait::codegen
