//===- codegen/EmitRangeLoop.cpp - `for i in range(...)` as a counted loop -===//
//
// The pattern `%r = call %range, args...` immediately followed by
// `%it = iter %r`, where %r feeds only that `iter` and %it only `iter.next`,
// is emitted as:
//
//   if the callee is the built-in range type and every argument is a small
//   int (and the step is not 0):
//       counter state in allocas (current value, step, iterations left), no
//       range or iterator object; each `iter.next` counts down inline;
//   else:
//       the generic call and `iter`, and `iter.next` calls the runtime.
//
// Both the callee test and the argument tests run every time the loop is
// entered, so rebinding or shadowing `range` keeps working. Every value a
// range of small ints produces lies between its start and stop, so it is a
// small int too. The state lives in entry-block allocas, which SROA turns
// into registers: LLVM then sees an ordinary counted loop.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/MDBuilder.h"

using namespace llvm;

namespace krait::codegen {

void FunctionEmitter::findRangeLoops() {
    std::map<const ir::Instruction *, unsigned> uses;
    std::map<const ir::Instruction *, bool> onlyIterNext;
    for (const auto &bb : fn.blocks())
        for (const auto &inst : bb->instructions())
            for (const ir::Instruction *op : inst->operands) {
                uses[op]++;
                if (inst->op != ir::Opcode::IterNext)
                    onlyIterNext[op] = false;
                else
                    onlyIterNext.emplace(op, true);
            }
    for (const auto &bb : fn.blocks()) {
        const auto &insts = bb->instructions();
        for (size_t i = 0; i + 1 < insts.size(); ++i) {
            const ir::Instruction *call = insts[i].get(), *iter = insts[i + 1].get();
            if (call->op != ir::Opcode::Call || iter->op != ir::Opcode::Iter ||
                iter->operand(0) != call || uses[call] != 1)
                continue;
            size_t nargs = call->numOperands() - 1;
            const ir::Instruction *callee = call->operand(0);
            bool rangeName =
                (callee->op == ir::Opcode::GlobalLoad || callee->op == ir::Opcode::BuiltinLoad) &&
                callee->str == "range";
            auto only = onlyIterNext.find(iter);
            if (!rangeName || nargs < 1 || nargs > 3 || only == onlyIterNext.end() || !only->second)
                continue;
            rangeCalls.insert(call);
            rangeLoops[iter] = RangeLoop{};
        }
    }
}

Value *FunctionEmitter::emitRangeIter(const ir::Instruction &iter) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    const ir::Instruction &call = *iter.operand(0);
    RangeLoop &loop = rangeLoops[&iter];
    Type *i64 = b.getInt64Ty();
    {
        IRBuilder<> entry(allocaPoint);
        loop.native = entry.CreateAlloca(b.getInt1Ty(), nullptr, "range.native");
        loop.current = entry.CreateAlloca(i64, nullptr, "range.cur");
        loop.step = entry.CreateAlloca(i64, nullptr, "range.step");
        loop.remaining = entry.CreateAlloca(i64, nullptr, "range.left");
        loop.iterator = entry.CreateAlloca(valueTy, nullptr, "range.iter");
    }
    size_t nargs = call.numOperands() - 1;
    Value *callee = operand(call, 0);
    std::vector<Value *> args;
    Value *ok = b.CreateICmpEQ(callee, m.rt().globalAsValue(RtGlobal::kr_type_range));
    for (size_t i = 0; i < nargs; ++i) {
        args.push_back(operand(call, i + 1));
        ok = b.CreateAnd(ok, b.CreateTrunc(args.back(), b.getInt1Ty()));
    }
    auto machine = [&](Value *v) { return b.CreateSExt(untagInt(v), i64); };
    Value *start = nargs >= 2 ? machine(args[0]) : b.getInt64(0);
    Value *stop = machine(args[nargs >= 2 ? 1 : 0]);
    Value *step = nargs == 3 ? machine(args[2]) : b.getInt64(1);
    ok = b.CreateAnd(ok, b.CreateICmpNE(step, b.getInt64(0)));

    BasicBlock *native = BasicBlock::Create(ctx, "range.native", llfn);
    BasicBlock *generic = BasicBlock::Create(ctx, "range.generic", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "range.ready", llfn);
    b.CreateCondBr(ok, native, generic, md.createBranchWeights(1000, 1));

    // Iterations: ceil((stop - start) / step) when positive, else 0. The
    // operands are at most 63-bit, so the differences fit in 64 bits.
    b.SetInsertPoint(native);
    Value *up = b.CreateICmpSGT(step, b.getInt64(0));
    Value *span = b.CreateSelect(up, b.CreateSub(stop, start), b.CreateSub(start, stop));
    Value *stride = b.CreateSelect(up, step, b.CreateNeg(step));
    Value *count = b.CreateSelect(
        b.CreateICmpSGT(span, b.getInt64(0)),
        b.CreateAdd(b.CreateUDiv(b.CreateSub(span, b.getInt64(1)), stride), b.getInt64(1)),
        b.getInt64(0));
    b.CreateStore(b.getTrue(), loop.native);
    b.CreateStore(start, loop.current);
    b.CreateStore(step, loop.step);
    b.CreateStore(count, loop.remaining);
    b.CreateBr(done);

    // The generic path reports failures at the call's and the iter's lines.
    b.SetInsertPoint(generic);
    currentInst = &call;
    Value *range =
        callChecked(RtFn::kr_call, {callee, valueWord(nargs), valueArray(call.operands, 1, nargs)});
    currentInst = &iter;
    Value *it = callChecked(RtFn::kr_iter, {range});
    b.CreateStore(b.getFalse(), loop.native);
    b.CreateStore(it, loop.iterator);
    b.CreateBr(done);

    b.SetInsertPoint(done);
    // The `iter` value itself is never read: its only users are the
    // `iter.next`s, which use the state above.
    return valueWord(0);
}

Value *FunctionEmitter::emitRangeNext(const ir::Instruction &next) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    RangeLoop &loop = rangeLoops[next.operand(0)];
    Type *i64 = b.getInt64Ty();
    BasicBlock *native = BasicBlock::Create(ctx, "range.next", llfn);
    BasicBlock *more = BasicBlock::Create(ctx, "range.more", llfn);
    BasicBlock *generic = BasicBlock::Create(ctx, "range.nextgeneric", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "range.item", llfn);
    b.CreateCondBr(b.CreateLoad(b.getInt1Ty(), loop.native), native, generic,
                   md.createBranchWeights(1000, 1));

    b.SetInsertPoint(native);
    Value *left = b.CreateLoad(i64, loop.remaining);
    Value *stop = m.rt().globalAsValue(RtGlobal::kr_Stop_obj);
    b.CreateCondBr(b.CreateICmpEQ(left, b.getInt64(0)), done, more);

    b.SetInsertPoint(more);
    Value *current = b.CreateLoad(i64, loop.current);
    b.CreateStore(b.CreateSub(left, b.getInt64(1)), loop.remaining);
    b.CreateStore(b.CreateAdd(current, b.CreateLoad(i64, loop.step)), loop.current);
    Value *item = tagInt(b.CreateTrunc(current, valueTy));
    b.CreateBr(done);

    b.SetInsertPoint(generic);
    Value *fromRuntime = callChecked(RtFn::kr_iter_next, {b.CreateLoad(valueTy, loop.iterator)});
    BasicBlock *genericEnd = b.GetInsertBlock();
    b.CreateBr(done);

    b.SetInsertPoint(done);
    PHINode *result = b.CreatePHI(valueTy, 3, "range.value");
    result->addIncoming(stop, native);
    result->addIncoming(item, more);
    result->addIncoming(fromRuntime, genericEnd);
    return result;
}

} // namespace krait::codegen
