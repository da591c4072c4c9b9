//===- codegen/EmitHelpers.cpp - shared out-of-line slow paths ------------===//
//
// Small functions emitted once per module (private, on first use) that hold a
// slow path many sites share. A site then costs one call and one failure
// check instead of its own blocks: code generation spends most of its time
// per basic block (docs/PERFORMANCE.md, "Compile time"), and these paths run
// rarely, or cost a runtime call anyway.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/MDBuilder.h"

using namespace llvm;

namespace krait::codegen {

Function *ModuleEmitter::compareTruthHelper() {
    if (compareTruth) return compareTruth;
    LLVMContext &ctx = out.getContext();
    IntegerType *valueTy = runtime.valueType();
    Type *i32 = Type::getInt32Ty(ctx);
    auto *fnTy = FunctionType::get(i32, {i32, valueTy, valueTy}, false);
    compareTruth = Function::Create(fnTy, GlobalValue::PrivateLinkage, "krait.compare.truth", out);
    compareTruth->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
    // Inlined, it would give every site back the blocks it exists to save.
    compareTruth->addFnAttr(Attribute::NoInline);
    compareTruth->addFnAttr(Attribute::NoUnwind);
    IRBuilder<> b(BasicBlock::Create(ctx, "entry", compareTruth));
    BasicBlock *failed = BasicBlock::Create(ctx, "failed", compareTruth);
    BasicBlock *done = BasicBlock::Create(ctx, "done", compareTruth);
    BasicBlock *known = BasicBlock::Create(ctx, "known", compareTruth);
    BasicBlock *other = BasicBlock::Create(ctx, "other", compareTruth);
    Value *r = b.CreateCall(
        runtime.get(RtFn::kr_binary_op),
        {compareTruth->getArg(0), compareTruth->getArg(1), compareTruth->getArg(2)}, "r");
    b.CreateCondBr(b.CreateIsNull(r), failed, done, MDBuilder(ctx).createBranchWeights(1, 1 << 20));
    b.SetInsertPoint(failed);
    b.CreateRet(ConstantInt::getSigned(i32, -1));
    // The comparisons of the built-in types return True or False; anything
    // else (what a user's __lt__ returned) goes through kr_truthy, which
    // returns -1 when that raises.
    b.SetInsertPoint(done);
    Value *isTrue = b.CreateICmpEQ(r, runtime.globalAsValue(RtGlobal::kr_True));
    Value *isFalse = b.CreateICmpEQ(r, runtime.globalAsValue(RtGlobal::kr_False));
    b.CreateCondBr(b.CreateOr(isTrue, isFalse), known, other);
    b.SetInsertPoint(known);
    b.CreateRet(b.CreateZExt(isTrue, i32));
    b.SetInsertPoint(other);
    b.CreateRet(b.CreateCall(runtime.get(RtFn::kr_truthy), {r}));
    return compareTruth;
}

Constant *ModuleEmitter::notFloatObject() {
    if (notFloat) return notFloat;
    // Two 64-bit words on every target: kr_float.value is at byte 8 on 32-bit
    // targets too (doubles are 8-aligned).
    auto *ty = ArrayType::get(Type::getInt64Ty(out.getContext()), 2);
    notFloat = new GlobalVariable(out, ty, /*isConstant=*/true, GlobalValue::PrivateLinkage,
                                  Constant::getNullValue(ty), "krait.not.float");
    notFloat->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
    notFloat->setAlignment(Align(8));
    return notFloat;
}

} // namespace krait::codegen
