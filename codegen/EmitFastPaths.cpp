//===- codegen/EmitFastPaths.cpp - inline small-int and truth paths -------===//
//
// Dynamic code spends most of its time on small ints and bools. These paths
// handle them inline and fall back to the runtime call otherwise:
//
//  - arithmetic on two small ints works on the tagged words directly
//    (a = 2x+1, b = 2y+1: a + (b-1) = 2(x+y)+1) with LLVM's overflow
//    intrinsics; an overflow takes the runtime path, which makes a big int;
//  - comparisons of two small ints compare the tagged words (the tagging is
//    monotonic) and select True/False;
//  - `truth` tests True, False, None and small ints before calling
//    kr_truthy. After optimisation a comparison feeding a branch folds to the
//    bare machine comparison;
//  - a call of a global naming a top-level function of the module checks that
//    the callee is that function (its kr_code_info) and calls its code entry
//    directly with the argument array, skipping the runtime's argument
//    binding (the arguments fill the parameters exactly);
//  - every `global.load` site has an inline cache (kr_global_cache): the
//    value and the version stamps of the globals and builtins dicts it was
//    found with. Any change to either dict gives it a new stamp, so a hit is
//    two loads and compares; a miss asks the runtime, which refills it.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/MDBuilder.h"

using namespace llvm;

namespace krait::codegen {

using ir::BinaryOp;

namespace {

/// The operator with in-place forms mapped to the plain ones (for ints they
/// behave the same).
BinaryOp plainForm(BinaryOp op) {
    if (ir::isInPlace(op))
        return static_cast<BinaryOp>(static_cast<int>(op) - static_cast<int>(BinaryOp::IOr) +
                                     static_cast<int>(BinaryOp::Or));
    return op;
}

bool hasSmallIntPath(BinaryOp op) {
    switch (plainForm(op)) {
    case BinaryOp::Lt:
    case BinaryOp::Le:
    case BinaryOp::Gt:
    case BinaryOp::Ge:
    case BinaryOp::Eq:
    case BinaryOp::Ne:
    case BinaryOp::Add:
    case BinaryOp::Sub:
    case BinaryOp::Mul:
    case BinaryOp::And:
    case BinaryOp::Or:
    case BinaryOp::Xor:
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod:
    case BinaryOp::RShift:
        return true;
    default:
        return false;
    }
}

} // namespace

Value *FunctionEmitter::emitSmallIntBinary(BinaryOp op, Value *lhs, Value *rhs) {
    if (!hasSmallIntPath(op)) return nullptr;
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    BasicBlock *fast = BasicBlock::Create(ctx, "int.fast", llfn);
    BasicBlock *slow = BasicBlock::Create(ctx, "int.slow", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "int.done", llfn);
    Value *bothSmall = b.CreateTrunc(b.CreateAnd(lhs, rhs), b.getInt1Ty());
    b.CreateCondBr(bothSmall, fast, slow, md.createBranchWeights(1000, 1));

    b.SetInsertPoint(fast);
    Value *fastResult = nullptr;
    Value *overflow = nullptr;
    auto withOverflow = [&](Intrinsic::ID id, Value *x, Value *y) {
        Value *pair = b.CreateBinaryIntrinsic(id, x, y);
        overflow = b.CreateExtractValue(pair, 1);
        return b.CreateExtractValue(pair, 0);
    };
    auto boolean = [&](Value *cond) {
        return b.CreateSelect(cond, m.rt().globalAsValue(RtGlobal::kr_True),
                              m.rt().globalAsValue(RtGlobal::kr_False));
    };
    Value *one = valueWord(1);
    switch (plainForm(op)) {
    case BinaryOp::Lt:
        fastResult = boolean(b.CreateICmpSLT(lhs, rhs));
        break;
    case BinaryOp::Le:
        fastResult = boolean(b.CreateICmpSLE(lhs, rhs));
        break;
    case BinaryOp::Gt:
        fastResult = boolean(b.CreateICmpSGT(lhs, rhs));
        break;
    case BinaryOp::Ge:
        fastResult = boolean(b.CreateICmpSGE(lhs, rhs));
        break;
    case BinaryOp::Eq:
        fastResult = boolean(b.CreateICmpEQ(lhs, rhs));
        break;
    case BinaryOp::Ne:
        fastResult = boolean(b.CreateICmpNE(lhs, rhs));
        break;
    case BinaryOp::Add: // (2x+1) + 2y
        fastResult = withOverflow(Intrinsic::sadd_with_overflow, lhs, b.CreateSub(rhs, one));
        break;
    case BinaryOp::Sub: // (2x+1) - 2y
        fastResult = withOverflow(Intrinsic::ssub_with_overflow, lhs, b.CreateSub(rhs, one));
        break;
    case BinaryOp::Mul: // x * 2y, then the tag
        fastResult = b.CreateOr(withOverflow(Intrinsic::smul_with_overflow, b.CreateAShr(lhs, 1),
                                             b.CreateSub(rhs, one)),
                                one);
        break;
    case BinaryOp::And:
        fastResult = b.CreateAnd(lhs, rhs);
        break;
    case BinaryOp::Or:
        fastResult = b.CreateOr(lhs, rhs);
        break;
    case BinaryOp::Xor:
        fastResult = b.CreateOr(b.CreateXor(lhs, rhs), one);
        break;
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod: {
        // On the machine ints, rounding toward minus infinity: a truncated
        // quotient is one too big, and a remainder has the wrong sign, when
        // the remainder is not 0 and the signs differ. Division by 0 (the
        // tagged word 1) takes the runtime path, which raises.
        Value *x = b.CreateAShr(lhs, 1), *y = b.CreateAShr(rhs, 1);
        Value *divByZero = b.CreateICmpEQ(rhs, one);
        BasicBlock *divide = BasicBlock::Create(ctx, "int.div", llfn);
        b.CreateCondBr(divByZero, slow, divide, md.createBranchWeights(1, 1000));
        b.SetInsertPoint(divide);
        Value *zero = valueWord(0);
        Value *rem = b.CreateSRem(x, y);
        Value *adjust =
            b.CreateAnd(b.CreateICmpNE(rem, zero), b.CreateICmpSLT(b.CreateXor(rem, y), zero));
        if (plainForm(op) == BinaryOp::Mod) {
            // |result| < |y|: always a small int.
            fastResult = tagInt(b.CreateSelect(adjust, b.CreateAdd(rem, y), rem));
        } else {
            Value *quot = b.CreateSub(b.CreateSDiv(x, y), b.CreateZExt(adjust, valueTy));
            // Only smallest // -1 leaves the small range: tag with a check.
            fastResult = b.CreateOr(withOverflow(Intrinsic::sadd_with_overflow, quot, quot), one);
        }
        break;
    }
    case BinaryOp::RShift: {
        // Negative counts raise (runtime path); counts past the width give
        // the sign, as shifting by width - 1 does.
        Value *count = b.CreateAShr(rhs, 1);
        BasicBlock *shift = BasicBlock::Create(ctx, "int.shift", llfn);
        b.CreateCondBr(b.CreateICmpSLT(count, valueWord(0)), slow, shift,
                       md.createBranchWeights(1, 1000));
        b.SetInsertPoint(shift);
        Value *maxCount = valueWord(valueTy->getBitWidth() - 1);
        Value *clamped = b.CreateSelect(b.CreateICmpUGT(count, maxCount), maxCount, count);
        fastResult = b.CreateOr(b.CreateAShr(lhs, clamped), one);
        break;
    }
    default:
        llvm_unreachable("operator without a small-int path");
    }
    BasicBlock *fastEnd = b.GetInsertBlock();
    if (overflow)
        b.CreateCondBr(overflow, slow, done, md.createBranchWeights(1, 1000));
    else
        b.CreateBr(done);

    b.SetInsertPoint(slow);
    Value *slowResult =
        callChecked(RtFn::kr_binary_op, {b.getInt32(static_cast<int>(op)), lhs, rhs});
    BasicBlock *slowEnd = b.GetInsertBlock();
    b.CreateBr(done);

    b.SetInsertPoint(done);
    PHINode *phi = b.CreatePHI(valueTy, 2, "int.result");
    phi->addIncoming(fastResult, fastEnd);
    phi->addIncoming(slowResult, slowEnd);
    return phi;
}

Value *FunctionEmitter::emitTruth(Value *v) {
    if (!m.inlineFastPaths()) {
        Value *t = checkInt(callRt(RtFn::kr_truthy, {v}), false);
        return b.CreateICmpNE(t, b.getInt32(0), "truth");
    }
    LLVMContext &ctx = b.getContext();
    BasicBlock *notTrue = BasicBlock::Create(ctx, "truth.nottrue", llfn);
    BasicBlock *notFalse = BasicBlock::Create(ctx, "truth.notfalse", llfn);
    BasicBlock *notNone = BasicBlock::Create(ctx, "truth.notnone", llfn);
    BasicBlock *slow = BasicBlock::Create(ctx, "truth.slow", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "truth.done", llfn);
    BasicBlock *start = b.GetInsertBlock();
    b.CreateCondBr(b.CreateICmpEQ(v, m.rt().globalAsValue(RtGlobal::kr_True)), done, notTrue);
    b.SetInsertPoint(notTrue);
    b.CreateCondBr(b.CreateICmpEQ(v, m.rt().globalAsValue(RtGlobal::kr_False)), done, notFalse);
    b.SetInsertPoint(notFalse);
    b.CreateCondBr(b.CreateICmpEQ(v, m.rt().globalAsValue(RtGlobal::kr_None)), done, notNone);
    b.SetInsertPoint(notNone);
    // A small int is true unless it is 0 (tagged: 1).
    Value *isSmall = b.CreateTrunc(v, b.getInt1Ty());
    Value *nonZero = b.CreateICmpNE(v, valueWord(1));
    b.CreateCondBr(isSmall, done, slow);
    b.SetInsertPoint(slow);
    Value *t = checkInt(callRt(RtFn::kr_truthy, {v}), false);
    Value *slowBit = b.CreateICmpNE(t, b.getInt32(0));
    BasicBlock *slowEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(done);
    PHINode *phi = b.CreatePHI(b.getInt1Ty(), 5, "truth");
    phi->addIncoming(b.getTrue(), start);
    phi->addIncoming(b.getFalse(), notTrue);
    phi->addIncoming(b.getFalse(), notFalse);
    phi->addIncoming(nonZero, notNone);
    phi->addIncoming(slowBit, slowEnd);
    return phi;
}

/// Byte offset of kr_dict.version (a uint64_t right after the one-pointer
/// header, so 8 on 32- and 64-bit targets alike).
static constexpr uint64_t KrDictVersionOffset = 8;

Value *FunctionEmitter::emitCachedGlobalLoad(const ir::Instruction &inst) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    Type *i64 = b.getInt64Ty();
    StructType *cacheTy = StructType::get(ctx, {i64, i64, valueTy});
    auto *cache = new GlobalVariable(m.llvmModule(), cacheTy, /*isConstant=*/false,
                                     GlobalValue::PrivateLinkage, Constant::getNullValue(cacheTy),
                                     "global.cache." + inst.str);
    auto version = [&](Value *dictValue) {
        Value *obj = b.CreateIntToPtr(dictValue, m.rt().ptrType());
        return b.CreateLoad(i64,
                            b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), obj, KrDictVersionOffset));
    };
    BasicBlock *checkBuiltins = BasicBlock::Create(ctx, "global.checkb", llfn);
    BasicBlock *hit = BasicBlock::Create(ctx, "global.hit", llfn);
    BasicBlock *miss = BasicBlock::Create(ctx, "global.miss", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "global.done", llfn);
    Value *globals = m.loadConstant(b, ModuleEmitter::ModuleDictIndex);
    Value *globalsOk =
        b.CreateICmpEQ(version(globals), b.CreateLoad(i64, b.CreateStructGEP(cacheTy, cache, 0)));
    b.CreateCondBr(globalsOk, checkBuiltins, miss, md.createBranchWeights(1000, 1));
    // Reached only after a fill, which created the builtins dict.
    b.SetInsertPoint(checkBuiltins);
    Value *builtins = b.CreateLoad(valueTy, m.rt().global(RtGlobal::kr_builtins_dict));
    Value *builtinsOk =
        b.CreateICmpEQ(version(builtins), b.CreateLoad(i64, b.CreateStructGEP(cacheTy, cache, 1)));
    b.CreateCondBr(builtinsOk, hit, miss, md.createBranchWeights(1000, 1));
    b.SetInsertPoint(hit);
    LoadInst *cached = b.CreateLoad(valueTy, b.CreateStructGEP(cacheTy, cache, 2));
    cached->setMetadata(LLVMContext::MD_range, m.nonZeroRange());
    b.CreateBr(done);
    b.SetInsertPoint(miss);
    Value *loaded = callChecked(RtFn::kr_global_load_cached, {globals, strConst(inst.str), cache});
    BasicBlock *missEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(done);
    PHINode *result = b.CreatePHI(valueTy, 2, "global");
    result->addIncoming(cached, hit);
    result->addIncoming(loaded, missEnd);
    return result;
}

Value *FunctionEmitter::emitGuardedDirectCall(const ir::Function &target, Value *callee,
                                              Value *args, size_t nargs) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    BasicBlock *isObject = BasicBlock::Create(ctx, "call.isobj", llfn);
    BasicBlock *isFunction = BasicBlock::Create(ctx, "call.isfn", llfn);
    BasicBlock *direct = BasicBlock::Create(ctx, "call.direct", llfn);
    BasicBlock *generic = BasicBlock::Create(ctx, "call.generic", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "call.done", llfn);
    // Only an object pointer may be dereferenced (small ints are tagged).
    b.CreateCondBr(b.CreateICmpEQ(b.CreateAnd(callee, valueWord(3)), valueWord(0)), isObject,
                   generic, md.createBranchWeights(1000, 1));
    b.SetInsertPoint(isObject);
    Value *object = b.CreateIntToPtr(callee, m.rt().ptrType());
    Value *type = b.CreateLoad(valueTy, object, "type");
    Value *functionType = m.rt().globalAsValue(RtGlobal::kr_type_function);
    b.CreateCondBr(b.CreateICmpEQ(type, functionType), isFunction, generic,
                   md.createBranchWeights(1000, 1));
    b.SetInsertPoint(isFunction);
    Value *info =
        b.CreateLoad(m.rt().ptrType(),
                     b.CreateConstInBoundsGEP1_32(valueTy, object, KrFunctionInfoWord), "info");
    b.CreateCondBr(b.CreateICmpEQ(info, m.codeInfo(&target)), direct, generic,
                   md.createBranchWeights(1000, 1));
    b.SetInsertPoint(direct);
    Value *directResult = b.CreateCall(m.codeFunction(&target), {callee, args});
    b.CreateBr(done);
    b.SetInsertPoint(generic);
    Value *genericResult = callRt(RtFn::kr_call, {callee, valueWord(nargs), args});
    b.CreateBr(done);
    b.SetInsertPoint(done);
    PHINode *result = b.CreatePHI(valueTy, 2, "call.result");
    result->addIncoming(directResult, direct);
    result->addIncoming(genericResult, generic);
    return checkValue(result);
}

} // namespace krait::codegen
