//===- codegen/FunctionEmitter.cpp - one function's structure -------------===//
//
// Prologue (slots, stack check), block order, exception landings and phis.
// The instructions themselves are in EmitInstructions.cpp.
//
// Exception paths: a raising site branches, when the runtime reports failure,
// to a landing shared by every site with the same handler. The landing
// records (file, line, function) in the traceback (its line is a phi over the
// sites) and continues at the handler block, or returns 0 so the exception
// propagates to the caller. `reraise` skips the traceback entry.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/MDBuilder.h"

#include <set>

using namespace llvm;

namespace krait::codegen {

FunctionEmitter::FunctionEmitter(ModuleEmitter &module, const ir::Function &fn)
    : m(module), fn(fn), native(module.nativeEntry(&fn)),
      llfn(native ? native->fn : module.codeFunction(&fn)), b(module.llvmModule().getContext()),
      valueTy(module.rt().valueType()) {}

bool FunctionEmitter::unsupported(const char *what) {
    uint32_t line = currentInst ? currentInst->loc.line : fn.loc.line;
    error = m.irModule().path + ":" + std::to_string(line) + ": codegen does not support " + what +
            " yet (in function '" + fn.name + "')";
    return false;
}

Value *FunctionEmitter::valueWord(uint64_t v) const {
    return ConstantInt::get(valueTy, v);
}

AllocaInst *FunctionEmitter::entryAlloca(unsigned words, const Twine &name) {
    IRBuilder<> entry(allocaPoint);
    // A coroutine frame cannot hold array allocations: use an array type.
    if (fn.generator) return entry.CreateAlloca(ArrayType::get(valueTy, words), nullptr, name);
    return entry.CreateAlloca(valueTy, ConstantInt::get(valueTy, words), name);
}

std::vector<const ir::Block *> FunctionEmitter::reversePostOrder() const {
    // Handler edges count as edges: a handler must come after the blocks
    // whose values it may use.
    std::vector<const ir::Block *> post;
    std::set<const ir::Block *> seen;
    std::vector<std::pair<const ir::Block *, size_t>> stack;
    auto succs = [](const ir::Block *bb) {
        std::vector<ir::Block *> s = bb->successors();
        if (bb->handler) s.push_back(bb->handler);
        return s;
    };
    stack.push_back({fn.entry(), 0});
    seen.insert(fn.entry());
    while (!stack.empty()) {
        auto &[bb, next] = stack.back();
        std::vector<ir::Block *> s = succs(bb);
        if (next < s.size()) {
            const ir::Block *succ = s[next++];
            if (seen.insert(succ).second) stack.push_back({succ, 0});
            continue;
        }
        post.push_back(bb);
        stack.pop_back();
    }
    return {post.rbegin(), post.rend()};
}

void FunctionEmitter::emitPrologue() {
    LLVMContext &ctx = b.getContext();
    b.SetInsertPoint(BasicBlock::Create(ctx, "entry", llfn));
    // Slots: every local, unbound (0) until stored.
    for (unsigned i = 0; i < fn.numSlots(); ++i) {
        AllocaInst *slot = b.CreateAlloca(valueTy, nullptr, "slot." + fn.slots[i]);
        slots.push_back(slot);
    }
    for (AllocaInst *slot : slots)
        b.CreateStore(valueWord(0), slot);
    if (fn.generator) {
        // A coroutine: its ramp does no deep work, and the runtime checks
        // the stack before each resume.
        emitGeneratorPrologue();
        return;
    }

    // Stack depth: stacks grow down, so a frame below kr_stack_limit is too
    // deep. The check does not add a traceback entry: the caller's failing
    // call site does, as in MicroPython.
    Function *frameAddr =
        Intrinsic::getDeclaration(&m.llvmModule(), Intrinsic::frameaddress, {m.rt().ptrType()});
    Value *frame = b.CreatePtrToInt(b.CreateCall(frameAddr, {b.getInt32(0)}), valueTy);
    Value *limit = b.CreateLoad(valueTy, m.rt().global(RtGlobal::kr_stack_limit), "limit");
    Value *tooDeep = b.CreateICmpULT(frame, limit, "too.deep");
    BasicBlock *overflow = BasicBlock::Create(ctx, "stack.overflow", llfn);
    BasicBlock *start = BasicBlock::Create(ctx, "start", llfn);
    // Later allocas (argument arrays) go before this branch, so every alloca
    // stays in the entry block and SROA/mem2reg can promote the slots.
    allocaPoint =
        b.CreateCondBr(tooDeep, overflow, start, MDBuilder(ctx).createBranchWeights(1, 1 << 20));
    b.SetInsertPoint(overflow);
    b.CreateCall(m.rt().get(RtFn::kr_raise_recursion));
    b.CreateRet(failureReturn());

    returnZero = BasicBlock::Create(ctx, "propagate", llfn);
    b.SetInsertPoint(returnZero);
    b.CreateRet(failureReturn());
    b.SetInsertPoint(start);
}

BasicBlock *FunctionEmitter::handlerTarget(const ir::Block *handler) {
    return handler ? blockStart.lookup(handler) : returnZero;
}

FunctionEmitter::Landing &FunctionEmitter::landing(const ir::Block *handler) {
    Landing &l = landings[handler];
    if (l.block) return l;
    IRBuilderBase::InsertPointGuard guard(b);
    l.block = BasicBlock::Create(b.getContext(), "raise", llfn);
    b.SetInsertPoint(l.block);
    l.line = b.CreatePHI(b.getInt32Ty(), 2, "line");
    b.CreateCall(m.rt().get(RtFn::kr_traceback_add), {fileName, l.line, functionName});
    b.CreateBr(handlerTarget(handler));
    return l;
}

void FunctionEmitter::failIf(Value *failed, bool traceback) {
    if (stackToRestore) {
        // Inside a dynamically sized stack region (call.ex): free it on the
        // failure path too, or a loop that keeps failing would grow the stack.
        BasicBlock *restore = BasicBlock::Create(b.getContext(), "restore.stack", llfn);
        BasicBlock *cont = BasicBlock::Create(b.getContext(), "", llfn);
        b.CreateCondBr(failed, restore, cont,
                       MDBuilder(b.getContext()).createBranchWeights(1, 1 << 20));
        b.SetInsertPoint(restore);
        restoreStack(stackToRestore);
        failAlways(traceback);
        b.SetInsertPoint(cont);
        return;
    }
    const ir::Block *handler = currentBlock ? currentBlock->handler : nullptr;
    BasicBlock *from = b.GetInsertBlock();
    BasicBlock *cont = BasicBlock::Create(b.getContext(), "", llfn);
    BasicBlock *target = handlerTarget(handler);
    if (traceback) {
        Landing &l = landing(handler);
        l.line->addIncoming(b.getInt32(currentInst ? currentInst->loc.line : 0), from);
        target = l.block;
    }
    // Failure is the unlikely edge.
    b.CreateCondBr(failed, target, cont, MDBuilder(b.getContext()).createBranchWeights(1, 1 << 20));
    b.SetInsertPoint(cont);
}

void FunctionEmitter::restoreStack(Value *saved) {
    b.CreateCall(
        Intrinsic::getDeclaration(&m.llvmModule(), Intrinsic::stackrestore, {m.rt().ptrType()}),
        {saved});
}

void FunctionEmitter::failAlways(bool traceback) {
    const ir::Block *handler = currentBlock ? currentBlock->handler : nullptr;
    if (!traceback) {
        b.CreateBr(handlerTarget(handler));
        return;
    }
    Landing &l = landing(handler);
    l.line->addIncoming(b.getInt32(currentInst ? currentInst->loc.line : 0), b.GetInsertBlock());
    b.CreateBr(l.block);
}

Value *FunctionEmitter::checkValue(Value *result) {
    failIf(b.CreateIsNull(result));
    return result;
}

Value *FunctionEmitter::checkInt(Value *result, bool zeroIsError) {
    failIf(zeroIsError ? b.CreateIsNull(result) : b.CreateICmpSLT(result, b.getInt32(0)));
    return result;
}

Value *FunctionEmitter::valueArray(const std::vector<ir::Instruction *> &vals, size_t from,
                                   size_t count) {
    if (count == 0) return ConstantPointerNull::get(m.rt().ptrType());
    AllocaInst *arr = entryAlloca(static_cast<unsigned>(count), "args");
    for (size_t i = 0; i < count; ++i)
        b.CreateStore(boxed(vals[from + i]), b.CreateConstInBoundsGEP1_32(valueTy, arr, i));
    return arr;
}

void FunctionEmitter::emitBlock(const ir::Block &block) {
    currentBlock = &block;
    b.SetInsertPoint(blockStart.lookup(&block));
    for (const auto &inst : block.instructions()) {
        currentInst = inst.get();
        if (inst->op != ir::Opcode::Phi) flushBoxClears();
        bool ok = inst->isTerminator() ? emitTerminator(*inst) : emitInstruction(*inst);
        if (!ok) return;
        if (inst->isTerminator()) break;
    }
    currentInst = nullptr;
}

void FunctionEmitter::addPhiIncomings() {
    for (auto &[inst, phi] : phis) {
        BasicBlock *phiBlock = phi->getParent();
        for (size_t i = 0; i < inst->numOperands(); ++i) {
            BasicBlock *pred = blockExit.lookup(inst->incomingBlock(i));
            if (!pred) continue; // an unreachable predecessor
            // One incoming entry per CFG edge (a branch may reach the block twice).
            unsigned edges = 0;
            for (BasicBlock *succ : successors(pred))
                edges += succ == phiBlock;
            Value *v = values.lookup(inst->operand(i));
            if (phi->getType()->isDoubleTy() && !v->getType()->isDoubleTy()) {
                // A boxed float into a double phi: unbox in the predecessor.
                b.SetInsertPoint(pred->getTerminator());
                v = unboxFloat(v);
            }
            if (!phi->getType()->isIntegerTy(1) && v->getType()->isIntegerTy(1)) {
                // A truth bit flowing into an object phi: box it in the predecessor.
                b.SetInsertPoint(pred->getTerminator());
                v = boxed(inst->operand(i));
            }
            for (unsigned e = 0; e < edges; ++e)
                phi->addIncoming(v, pred);
        }
    }
}

bool FunctionEmitter::run(std::string &err) {
    fileName = m.cString(m.irModule().path);
    functionName = m.cString(fn.name);
    if (!fn.entry()) {
        err = m.irModule().path + ": internal error: function '" + fn.symbol + "' has no blocks";
        return false;
    }
    emitPrologue();
    if (m.inlineFastPaths()) {
        findRangeLoops();
        findUnboxedFloats();
    }
    std::vector<const ir::Block *> order = reversePostOrder();
    for (const ir::Block *bb : order)
        blockStart[bb] = BasicBlock::Create(b.getContext(), "bb" + Twine(bb->id()), llfn);
    b.CreateBr(blockStart.lookup(fn.entry()));
    for (const ir::Block *bb : order) {
        emitBlock(*bb);
        if (!error.empty()) {
            err = error;
            return false;
        }
        blockExit[bb] = b.GetInsertBlock();
    }
    addPhiIncomings();
    if (native) emitGenericEntry();
    return true;
}

} // namespace krait::codegen
