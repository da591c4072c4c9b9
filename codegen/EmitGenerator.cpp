//===- codegen/EmitGenerator.cpp - generator functions as coroutines ------===//
//
// A generator function becomes an LLVM coroutine (switch lowering). Its code
// entry is the ramp: it copies the bound parameters into the frame, creates
// the generator object (kr_generator_new: the frame lives inside it, on the
// GC heap, so the collector scans every value live across a yield), begins
// the coroutine in that memory and suspends at once, returning the object.
// The runtime resumes the frame through the module's trampoline
// `krait.coro.resume` (llvm.coro.resume needs the frame layout CoroSplit
// decides, so only generated code may call it).
//
// Every suspension first records its value in the object; on resume
// kr_generator_resumed yields the sent value or raises the thrown exception
// at the yield. A return (or an exception escaping the body, value 0) is
// recorded by kr_generator_return and ends in the final suspend. Frames are
// never destroyed explicitly: the collector frees the object with its frame.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/Intrinsics.h"

#include <vector>

using namespace llvm;

namespace krait::codegen {

namespace {

/// The module's `void krait.coro.resume(ptr frame)`: llvm.coro.resume.
Function *resumeTrampoline(Module &mod) {
    if (Function *f = mod.getFunction("krait.coro.resume")) return f;
    LLVMContext &ctx = mod.getContext();
    PointerType *ptrTy = PointerType::get(ctx, 0);
    Function *f = Function::Create(FunctionType::get(Type::getVoidTy(ctx), {ptrTy}, false),
                                   GlobalValue::PrivateLinkage, "krait.coro.resume", mod);
    IRBuilder<> b(BasicBlock::Create(ctx, "entry", f));
    b.CreateCall(Intrinsic::getDeclaration(&mod, Intrinsic::coro_resume), {f->getArg(0)});
    b.CreateRetVoid();
    return f;
}

} // namespace

Function *FunctionEmitter::coroIntrinsic(Intrinsic::ID id, ArrayRef<Type *> types) {
    return Intrinsic::getDeclaration(&m.llvmModule(), id, types);
}

void FunctionEmitter::emitGeneratorPrologue() {
    LLVMContext &ctx = b.getContext();
    PointerType *ptrTy = m.rt().ptrType();
    llfn->setPresplitCoroutine();

    // The runtime's binding array dies when the ramp returns: load the
    // parameters now and store them into the frame once it exists (an
    // alloca written before llvm.coro.begin would have to be copied).
    std::vector<Value *> params;
    for (unsigned i = 0; i < fn.numParams(); ++i)
        params.push_back(
            b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, llfn->getArg(1), i)));
    if (!params.empty())
        genParams = b.CreateAlloca(ArrayType::get(valueTy, params.size()), nullptr, "params");
    Value *null = ConstantPointerNull::get(ptrTy);
    coroId = b.CreateCall(coroIntrinsic(Intrinsic::coro_id), {b.getInt32(0), null, null, null},
                          "coro.id");
    Value *size = b.CreateCall(coroIntrinsic(Intrinsic::coro_size, {valueTy}), {}, "frame.size");
    genObj = b.CreateCall(m.rt().get(RtFn::kr_generator_new),
                          {size, resumeTrampoline(m.llvmModule()), m.codeInfo(&fn)}, "gen");
    BasicBlock *allocFailed = BasicBlock::Create(ctx, "gen.alloc.failed", llfn);
    BasicBlock *begin = BasicBlock::Create(ctx, "coro.begin", llfn);
    // Later allocas (argument arrays) go before this branch, in the entry block.
    allocaPoint = b.CreateCondBr(b.CreateIsNull(genObj), allocFailed, begin);
    b.SetInsertPoint(allocFailed);
    b.CreateRet(valueWord(0));

    b.SetInsertPoint(begin);
    Value *mem = b.CreateCall(m.rt().get(RtFn::kr_generator_frame), {genObj}, "frame.mem");
    coroHandle = b.CreateCall(coroIntrinsic(Intrinsic::coro_begin), {coroId, mem}, "frame");
    // The runtime resumes this handle; passing it out also keeps LLVM from
    // treating the (noalias) frame as local and deleting its initialisation.
    callRt(RtFn::kr_generator_begin, {genObj, coroHandle});
    for (unsigned i = 0; i < params.size(); ++i)
        b.CreateStore(params[i], b.CreateConstInBoundsGEP1_32(valueTy, genParams, i));

    // Shared exits: leaving the coroutine (the ramp returns the generator;
    // the resume clone returns void) and the destroy path, never taken.
    coroEnd = BasicBlock::Create(ctx, "coro.end", llfn);
    {
        IRBuilderBase::InsertPointGuard guard(b);
        b.SetInsertPoint(coroEnd);
        b.CreateCall(coroIntrinsic(Intrinsic::coro_end),
                     {coroHandle, b.getFalse(), ConstantTokenNone::get(ctx)});
        b.CreateRet(genObj);
        coroCleanup = BasicBlock::Create(ctx, "coro.cleanup", llfn);
        b.SetInsertPoint(coroCleanup);
        b.CreateBr(coroEnd);

        // The final suspend: the body is over.
        finalSuspend = BasicBlock::Create(ctx, "coro.final", llfn);
        b.SetInsertPoint(finalSuspend);
        Value *s = b.CreateCall(coroIntrinsic(Intrinsic::coro_suspend),
                                {ConstantTokenNone::get(ctx), b.getTrue()}, "suspend");
        BasicBlock *never = BasicBlock::Create(ctx, "coro.final.resumed", llfn);
        SwitchInst *sw = b.CreateSwitch(s, coroEnd, 2);
        sw->addCase(b.getInt8(0), never);
        sw->addCase(b.getInt8(1), coroCleanup);
        b.SetInsertPoint(never);
        b.CreateUnreachable();

        // An exception escaping the body finishes the generator.
        returnZero = BasicBlock::Create(ctx, "propagate", llfn);
        b.SetInsertPoint(returnZero);
        b.CreateCall(m.rt().get(RtFn::kr_generator_return), {genObj, valueWord(0)});
        b.CreateBr(finalSuspend);
    }

    // The initial suspend: nothing runs until the first next()/send().
    emitSuspend();
    // throw() into a just-started generator raises before the first statement.
    failIf(b.CreateIsNull(callRt(RtFn::kr_generator_resumed, {genObj})), /*traceback=*/false);
}

void FunctionEmitter::emitSuspend() {
    LLVMContext &ctx = b.getContext();
    Value *s = b.CreateCall(coroIntrinsic(Intrinsic::coro_suspend),
                            {ConstantTokenNone::get(ctx), b.getFalse()}, "suspend");
    BasicBlock *resumed = BasicBlock::Create(ctx, "resumed", llfn);
    SwitchInst *sw = b.CreateSwitch(s, coroEnd, 2);
    sw->addCase(b.getInt8(0), resumed);
    sw->addCase(b.getInt8(1), coroCleanup);
    b.SetInsertPoint(resumed);
}

Value *FunctionEmitter::emitYield(const ir::Instruction &inst) {
    callRt(RtFn::kr_generator_yield, {genObj, operand(inst, 0)});
    emitSuspend();
    return callChecked(RtFn::kr_generator_resumed, {genObj});
}

Value *FunctionEmitter::emitYieldFrom(const ir::Instruction &inst) {
    LLVMContext &ctx = b.getContext();
    Value *it = callChecked(RtFn::kr_yield_from_start, {genObj, operand(inst, 0)});
    BasicBlock *step = BasicBlock::Create(ctx, "yield.from.step", llfn);
    BasicBlock *suspend = BasicBlock::Create(ctx, "yield.from.suspend", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "yield.from.done", llfn);
    b.CreateBr(step);
    b.SetInsertPoint(step);
    // 1: the delegate yielded (value recorded), 0: it finished, -1: raised.
    Value *status = checkInt(callRt(RtFn::kr_yield_from_step, {genObj, it}), false);
    b.CreateCondBr(b.CreateICmpEQ(status, b.getInt32(0)), done, suspend);
    b.SetInsertPoint(suspend);
    emitSuspend();
    // What the generator receives is forwarded by the next step.
    b.CreateBr(step);
    b.SetInsertPoint(done);
    return callRt(RtFn::kr_yield_from_result, {genObj});
}

void FunctionEmitter::emitGeneratorReturn(Value *value) {
    callRt(RtFn::kr_generator_return, {genObj, value});
    b.CreateBr(finalSuspend);
}

} // namespace krait::codegen
