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
//    the callee is that function (its kr_code_info) and calls its native
//    entry (EmitNativeCall.cpp) with the operands, or its code entry with the
//    argument array, skipping the runtime's argument binding (the arguments
//    fill the parameters exactly); when the IR types the callee `func(F)` (a
//    stable function, ir/passes/ProgramFacts.h) the check is left out;
//  - every `global.load` site has an inline cache (kr_global_cache): the
//    value and the version stamps of the globals and builtins dicts it was
//    found with. Any change to either dict gives it a new stamp, so a hit is
//    two loads and compares; a miss asks the runtime, which refills it;
//  - arithmetic (+ - * /) with a float operand and a float or small-int
//    other operand computes the double inline and boxes it with
//    kr_float_new (the runtime's dispatch skipped, not the allocation); two
//    floats compare inline. A zero divisor takes the runtime path;
//  - `seq[i]` and `list[i] = v` are in EmitSubscript.cpp.
//
// Compile time goes mostly to code generation, per basic block
// (docs/PERFORMANCE.md, "Compile time"), so the paths are only emitted where
// they can apply and with as few blocks as their speed allows:
//
//  - an operand's static kind (IR type, or a constant's opcode) drops the
//    small-int and float paths it rules out (`op == "+"` has neither);
//  - a comparison whose users only test its truth yields the bit itself:
//    the int path's icmp, the float path's fcmp, or for the runtime path
//    kr_binary_op compared with True (== and !=) or the shared
//    krait.compare.truth helper (EmitHelpers.cpp) for the others;
//  - outside loops (hotSite), a global load tests both stamps with one
//    branch, and a float comparison operand reads a stand-in object instead
//    of branching around the read; in loops the branchy forms stay, which
//    run fewer instructions and let LLVM thread one float operation's result
//    into the next one's tests.
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

/// How the float path handles an operator: not at all, arithmetic on doubles
/// (ints converted), or a comparison of two floats.
enum class FloatPath { None, Arith, Compare };

FloatPath floatPath(BinaryOp op) {
    switch (plainForm(op)) {
    case BinaryOp::Add:
    case BinaryOp::Sub:
    case BinaryOp::Mul:
    case BinaryOp::TrueDiv:
        return FloatPath::Arith;
    case BinaryOp::Lt:
    case BinaryOp::Le:
    case BinaryOp::Gt:
    case BinaryOp::Ge:
    case BinaryOp::Eq:
    case BinaryOp::Ne:
        return FloatPath::Compare;
    default:
        return FloatPath::None;
    }
}

/// Byte offset of kr_float.value (a double after the one-pointer header: 8 on
/// 32- and 64-bit targets alike, doubles being 8-aligned on both).
constexpr uint64_t KrFloatValueOffset = 8;

/// What a value may be at run time, as far as the inline paths care: they
/// handle small ints (tagged words) and exact floats, nothing else.
enum class NumKind { Any, Int, Float, Other };

/// `v`'s kind from its static type, or for an `object`, from its opcode
/// (constants and displays are typed `object` before type inference).
NumKind numKind(const ir::Instruction *v, Value *emitted) {
    Type *t = emitted->getType();
    if (t->isDoubleTy()) return NumKind::Float;
    if (t->isIntegerTy(1) || t->isStructTy()) return NumKind::Other; // True/False, a complex
    switch (v->type.kind()) {
    case ir::Type::Object:
        break;
    case ir::Type::Int:
        return NumKind::Int;
    case ir::Type::Float:
        return NumKind::Float;
    default:
        // None, str, containers, functions, classes, instances (never a
        // tagged word, and an instance's type is its class, even when the
        // class derives from float), complex.
        return NumKind::Other;
    }
    switch (v->op) {
    case ir::Opcode::ConstInt:
        return NumKind::Int;
    case ir::Opcode::ConstFloat:
        return NumKind::Float;
    case ir::Opcode::ConstStr:
    case ir::Opcode::ConstBytes:
    case ir::Opcode::ConstNone:
    case ir::Opcode::ConstTrue:
    case ir::Opcode::ConstFalse:
    case ir::Opcode::ConstEllipsis:
    case ir::Opcode::BuildList:
    case ir::Opcode::BuildTuple:
    case ir::Opcode::BuildDict:
    case ir::Opcode::BuildSet:
    case ir::Opcode::BuildString:
    case ir::Opcode::Format:
    case ir::Opcode::MakeFunction:
        return NumKind::Other;
    default:
        return NumKind::Any;
    }
}

bool maySmallInt(NumKind k) {
    return k == NumKind::Any || k == NumKind::Int;
}

bool mayFloat(NumKind k) {
    return k == NumKind::Any || k == NumKind::Float;
}

} // namespace

bool FunctionEmitter::hotSite() {
    return currentBlock && inLoop(currentBlock);
}

bool FunctionEmitter::onlyTestedForTruth(const ir::Instruction &inst) {
    if (!truthTestedFound) {
        truthTestedFound = true;
        // Users of each comparison: a `truth`, or a `branch` on it, keeps it
        // a candidate; any other use (a phi, a store, a call...) removes it.
        std::set<const ir::Instruction *> other;
        for (const auto &block : fn.blocks())
            for (const auto &user : block->instructions())
                for (size_t i = 0; i < user->numOperands(); ++i) {
                    const ir::Instruction *v = user->operand(i);
                    if (v->op != ir::Opcode::Binary || !ir::isComparison(v->binaryOp())) continue;
                    bool tests =
                        user->op == ir::Opcode::Truth || (user->op == ir::Opcode::Branch && i == 0);
                    if (tests)
                        truthTestedCompares.insert(v);
                    else
                        other.insert(v);
                }
        for (const ir::Instruction *v : other)
            truthTestedCompares.erase(v);
    }
    return truthTestedCompares.count(&inst) != 0;
}

FunctionEmitter::BinaryPaths FunctionEmitter::binaryPaths(const ir::Instruction &inst) {
    BinaryPaths paths;
    BinaryOp op = inst.binaryOp();
    paths.bit = ir::isComparison(op) && op != BinaryOp::In && op != BinaryOp::NotIn &&
                onlyTestedForTruth(inst);
    if (!m.inlineFastPaths()) return paths;
    NumKind lhs = numKind(inst.operand(0), values.lookup(inst.operand(0)));
    NumKind rhs = numKind(inst.operand(1), values.lookup(inst.operand(1)));
    paths.smallInt = hasSmallIntPath(op) && maySmallInt(lhs) && maySmallInt(rhs);
    switch (floatPath(op)) {
    case FloatPath::None:
        break;
    case FloatPath::Arith: // a float with a float or small int; two ints are the int path's
        paths.floats = lhs != NumKind::Other && rhs != NumKind::Other &&
                       !(lhs == NumKind::Int && rhs == NumKind::Int);
        break;
    case FloatPath::Compare: // two floats
        paths.floats = mayFloat(lhs) && mayFloat(rhs);
        break;
    }
    return paths;
}

Value *FunctionEmitter::emitFloatOperandBranches(Value *v, BasicBlock *slow, bool allowInt,
                                                 Value *&isFloat) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    BasicBlock *small = BasicBlock::Create(ctx, "flt.int", llfn);
    BasicBlock *object = BasicBlock::Create(ctx, "flt.obj", llfn);
    BasicBlock *boxed = BasicBlock::Create(ctx, "flt.boxed", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "flt.operand", llfn);
    Value *isSmall = b.CreateTrunc(v, b.getInt1Ty());
    b.CreateCondBr(isSmall, allowInt ? small : slow, object);
    b.SetInsertPoint(object);
    Value *ptr = b.CreateIntToPtr(v, m.rt().ptrType());
    // Only an object pointer (tag bits 00) may be dereferenced.
    BasicBlock *isObj = BasicBlock::Create(ctx, "flt.isobj", llfn);
    b.CreateCondBr(b.CreateICmpEQ(b.CreateAnd(v, valueWord(3)), valueWord(0)), isObj, slow);
    b.SetInsertPoint(isObj);
    Value *type = b.CreateLoad(valueTy, ptr, "type");
    b.CreateCondBr(b.CreateICmpEQ(type, m.rt().globalAsValue(RtGlobal::kr_type_float)), boxed, slow,
                   md.createBranchWeights(1000, 1));
    b.SetInsertPoint(boxed);
    Value *fromBox = b.CreateLoad(
        b.getDoubleTy(), b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), ptr, KrFloatValueOffset));
    b.CreateBr(done);
    Value *fromInt = nullptr;
    if (allowInt) {
        b.SetInsertPoint(small);
        fromInt = b.CreateSIToFP(untagInt(v), b.getDoubleTy());
        b.CreateBr(done);
    } else {
        small->eraseFromParent();
    }
    b.SetInsertPoint(done);
    PHINode *d = b.CreatePHI(b.getDoubleTy(), 2, "flt");
    d->addIncoming(fromBox, boxed);
    PHINode *flag = b.CreatePHI(b.getInt1Ty(), 2, "flt.is");
    flag->addIncoming(b.getTrue(), boxed);
    if (fromInt) {
        d->addIncoming(fromInt, small);
        flag->addIncoming(b.getFalse(), small);
    }
    isFloat = flag;
    return d;
}
Value *FunctionEmitter::emitFloatOperand(Value *v, BasicBlock *slow, bool allowInt,
                                         Value *&isFloat) {
    // In loops, in small leaves (inlined into loops) and for arithmetic (an
    // int operand's conversion would run on every float path): the tests
    // as branches, which LLVM threads from one float operation into the
    // next.
    if (hotSite() || (native && native->smallLeaf) || allowInt)
        return emitFloatOperandBranches(v, slow, allowInt, isFloat);
    // Outside loops: straight-line tests and one branch (code generation
    // costs per block, and branches on the tests' results get duplicated by
    // jump threading). A value word is a small int (...1) or an object
    // pointer (...00): a small int reads the stand-in instead, whose type
    // word is 0. Past the branch the word read is a float or the stand-in,
    // both with a double at the value offset.
    LLVMContext &ctx = b.getContext();
    Value *isSmall = b.CreateTrunc(v, b.getInt1Ty());
    Value *obj = b.CreateSelect(isSmall, m.notFloatObject(), b.CreateIntToPtr(v, m.rt().ptrType()));
    Value *type = b.CreateLoad(valueTy, obj, "type");
    isFloat = b.CreateICmpEQ(type, m.rt().globalAsValue(RtGlobal::kr_type_float), "flt.is");
    BasicBlock *done = BasicBlock::Create(ctx, "flt.operand", llfn);
    b.CreateCondBr(allowInt ? b.CreateOr(isFloat, isSmall) : isFloat, done, slow,
                   MDBuilder(ctx).createBranchWeights(1000, 1));
    b.SetInsertPoint(done);
    Value *d = b.CreateLoad(b.getDoubleTy(),
                            b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), obj, KrFloatValueOffset));
    if (allowInt) d = b.CreateSelect(isSmall, b.CreateSIToFP(untagInt(v), b.getDoubleTy()), d);
    return d;
}

Value *FunctionEmitter::emitGenericBinary(BinaryOp op, Value *lhs, Value *rhs,
                                          const BinaryPaths &paths) {
    // The runtime's answer, or its truth for a comparison only tested.
    auto slowPath = [&]() -> Value * {
        Value *opCode = b.getInt32(static_cast<int>(op));
        if (!paths.bit) return callChecked(RtFn::kr_binary_op, {opCode, lhs, rhs});
        // == and != always answer True or False (runtime/ops.cpp: kr_equal).
        if (plainForm(op) == BinaryOp::Eq || plainForm(op) == BinaryOp::Ne)
            return b.CreateICmpEQ(callChecked(RtFn::kr_binary_op, {opCode, lhs, rhs}),
                                  m.rt().globalAsValue(RtGlobal::kr_True), "cmp.truth");
        Value *t = checkInt(b.CreateCall(m.compareTruthHelper(), {opCode, lhs, rhs}), false);
        return b.CreateICmpNE(t, b.getInt32(0), "cmp.truth");
    };
    if (!paths.floats) return slowPath();
    FloatPath path = floatPath(op);
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    BasicBlock *slow = BasicBlock::Create(ctx, "flt.slow", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "flt.done", llfn);
    bool allowInt = path == FloatPath::Arith;
    Value *lhsFloat = nullptr, *rhsFloat = nullptr;
    Value *x = emitFloatOperand(lhs, slow, allowInt, lhsFloat);
    Value *y = emitFloatOperand(rhs, slow, allowInt, rhsFloat);
    // Two small ints are the int path's business (e.g. its overflow case).
    Value *ok = b.CreateOr(lhsFloat, rhsFloat);
    if (plainForm(op) == BinaryOp::TrueDiv)
        ok = b.CreateAnd(ok, b.CreateFCmpUNE(y, ConstantFP::get(b.getDoubleTy(), 0.0)));
    BasicBlock *compute = BasicBlock::Create(ctx, "flt.compute", llfn);
    b.CreateCondBr(ok, compute, slow, md.createBranchWeights(1000, 1));
    b.SetInsertPoint(compute);
    Value *fast = nullptr;
    auto boolean = [&](Value *c) -> Value * {
        if (paths.bit) return c;
        return b.CreateSelect(c, m.rt().globalAsValue(RtGlobal::kr_True),
                              m.rt().globalAsValue(RtGlobal::kr_False));
    };
    switch (plainForm(op)) {
    case BinaryOp::Add:
        fast = callChecked(RtFn::kr_float_new, {b.CreateFAdd(x, y)});
        break;
    case BinaryOp::Sub:
        fast = callChecked(RtFn::kr_float_new, {b.CreateFSub(x, y)});
        break;
    case BinaryOp::Mul:
        fast = callChecked(RtFn::kr_float_new, {b.CreateFMul(x, y)});
        break;
    case BinaryOp::TrueDiv:
        fast = callChecked(RtFn::kr_float_new, {b.CreateFDiv(x, y)});
        break;
    case BinaryOp::Lt:
        fast = boolean(b.CreateFCmpOLT(x, y));
        break;
    case BinaryOp::Le:
        fast = boolean(b.CreateFCmpOLE(x, y));
        break;
    case BinaryOp::Gt:
        fast = boolean(b.CreateFCmpOGT(x, y));
        break;
    case BinaryOp::Ge:
        fast = boolean(b.CreateFCmpOGE(x, y));
        break;
    case BinaryOp::Eq:
        fast = boolean(b.CreateFCmpOEQ(x, y));
        break;
    case BinaryOp::Ne:
        fast = boolean(b.CreateFCmpUNE(x, y));
        break;
    default:
        llvm_unreachable("operator without a float path");
    }
    BasicBlock *fastEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(slow);
    Value *slowResult = slowPath();
    BasicBlock *slowEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(done);
    PHINode *result = b.CreatePHI(fast->getType(), 2, "binary");
    result->addIncoming(fast, fastEnd);
    result->addIncoming(slowResult, slowEnd);
    return result;
}

Value *FunctionEmitter::emitSmallIntBinary(BinaryOp op, Value *lhs, Value *rhs,
                                           const BinaryPaths &paths) {
    if (!paths.smallInt) return nullptr;
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
    auto boolean = [&](Value *cond) -> Value * {
        if (paths.bit) return cond;
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
    Value *slowResult = emitGenericBinary(op, lhs, rhs, paths);
    BasicBlock *slowEnd = b.GetInsertBlock();
    b.CreateBr(done);

    b.SetInsertPoint(done);
    PHINode *phi = b.CreatePHI(fastResult->getType(), 2, "int.result");
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

namespace {

/// A private {globals stamp, builtins stamp, value} cache for one global
/// load site (what kr_global_load_cached fills).
GlobalVariable *globalLoadCache(llvm::Module &module, StructType *cacheTy,
                                const std::string &name) {
    return new GlobalVariable(module, cacheTy, /*isConstant=*/false, GlobalValue::PrivateLinkage,
                              Constant::getNullValue(cacheTy), "global.cache." + name);
}

/// The version stamp of a dict value.
Value *dictVersion(IRBuilder<> &b, Value *dictValue, Type *ptrTy) {
    Value *obj = b.CreateIntToPtr(dictValue, ptrTy);
    return b.CreateLoad(b.getInt64Ty(),
                        b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), obj, KrDictVersionOffset));
}

} // namespace

Value *FunctionEmitter::emitGlobalLoadMiss(const ir::Instruction &inst, Value *globals,
                                           GlobalVariable *cache, Value *cached, BasicBlock *hit,
                                           BasicBlock *miss, BasicBlock *done) {
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

Value *FunctionEmitter::emitCachedGlobalLoadBranches(const ir::Instruction &inst) {
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    Type *i64 = b.getInt64Ty();
    Type *ptrTy = m.rt().ptrType();
    StructType *cacheTy = StructType::get(ctx, {i64, i64, valueTy});
    GlobalVariable *cache = globalLoadCache(m.llvmModule(), cacheTy, inst.str);
    BasicBlock *checkBuiltins = BasicBlock::Create(ctx, "global.checkb", llfn);
    BasicBlock *hit = BasicBlock::Create(ctx, "global.hit", llfn);
    BasicBlock *miss = BasicBlock::Create(ctx, "global.miss", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "global.done", llfn);
    Value *globals = m.loadConstant(b, ModuleEmitter::ModuleDictIndex);
    Value *globalsOk = b.CreateICmpEQ(dictVersion(b, globals, ptrTy),
                                      b.CreateLoad(i64, b.CreateStructGEP(cacheTy, cache, 0)));
    b.CreateCondBr(globalsOk, checkBuiltins, miss, md.createBranchWeights(1000, 1));
    // Reached only after a fill, which created the builtins dict.
    b.SetInsertPoint(checkBuiltins);
    Value *builtins = b.CreateLoad(valueTy, m.rt().global(RtGlobal::kr_builtins_dict));
    Value *builtinsOk = b.CreateICmpEQ(dictVersion(b, builtins, ptrTy),
                                       b.CreateLoad(i64, b.CreateStructGEP(cacheTy, cache, 1)));
    b.CreateCondBr(builtinsOk, hit, miss, md.createBranchWeights(1000, 1));
    b.SetInsertPoint(hit);
    LoadInst *cached = b.CreateLoad(valueTy, b.CreateStructGEP(cacheTy, cache, 2));
    cached->setMetadata(LLVMContext::MD_range, m.nonZeroRange());
    b.CreateBr(done);
    return emitGlobalLoadMiss(inst, globals, cache, cached, hit, miss, done);
}

Value *FunctionEmitter::emitCachedGlobalLoad(const ir::Instruction &inst) {
    // In loops: a branch per stamp, two instructions fewer per hit.
    if (hotSite()) return emitCachedGlobalLoadBranches(inst);
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    Type *i64 = b.getInt64Ty();
    Type *ptrTy = m.rt().ptrType();
    StructType *cacheTy = StructType::get(ctx, {i64, i64, valueTy});
    GlobalVariable *cache = globalLoadCache(m.llvmModule(), cacheTy, inst.str);
    BasicBlock *miss = BasicBlock::Create(ctx, "global.miss", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "global.done", llfn);
    // One branch for both stamps. kr_builtins_dict exists once a fill has
    // run, which a matching globals stamp implies; until then the cache
    // itself stands in for it (its second word is its own builtins stamp).
    Value *globals = m.loadConstant(b, ModuleEmitter::ModuleDictIndex);
    Value *globalsOk = b.CreateICmpEQ(dictVersion(b, globals, ptrTy),
                                      b.CreateLoad(i64, b.CreateStructGEP(cacheTy, cache, 0)));
    Value *builtins =
        b.CreateSelect(globalsOk, b.CreateLoad(valueTy, m.rt().global(RtGlobal::kr_builtins_dict)),
                       b.CreatePtrToInt(cache, valueTy));
    Value *builtinsOk = b.CreateICmpEQ(dictVersion(b, builtins, ptrTy),
                                       b.CreateLoad(i64, b.CreateStructGEP(cacheTy, cache, 1)));
    // Read before the test: the cache is always readable, and its value is
    // only used on a hit (0, which the range excludes, only before a fill).
    LoadInst *cached = b.CreateLoad(valueTy, b.CreateStructGEP(cacheTy, cache, 2));
    cached->setMetadata(LLVMContext::MD_range, m.nonZeroRange());
    BasicBlock *hit = b.GetInsertBlock();
    b.CreateCondBr(b.CreateAnd(globalsOk, builtinsOk), done, miss, md.createBranchWeights(1000, 1));
    return emitGlobalLoadMiss(inst, globals, cache, cached, hit, miss, done);
}

Value *FunctionEmitter::emitGuardedDirectCall(const ir::Function &target, Value *callee,
                                              Value *args, size_t nargs) {
    // Whole-program facts proved the callee is always `target`
    // (ir/passes/ProgramFacts.h): no guard.
    if (currentInst && currentInst->op == ir::Opcode::Call &&
        currentInst->operand(0)->type ==
            ir::Type::func(static_cast<uint32_t>(m.irModule().indexOf(&target))))
        return checkValue(b.CreateCall(m.codeFunction(&target), {callee, args}));
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
    Value *directResult = nullptr;
    const ModuleEmitter::NativeEntry *entry = m.nativeEntry(&target);
    if (entry && currentInst && currentInst->op == ir::Opcode::Call &&
        canCallNative(*entry, *currentInst)) {
        // The native entry (EmitNativeCall.cpp), its double result boxed:
        // the generic path returns an object.
        CallInst *native = emitNativeCallRaw(*entry, callee, *currentInst);
        directResult = native;
        if (entry->doubleResult) {
            BasicBlock *box = BasicBlock::Create(ctx, "call.box", llfn);
            BasicBlock *failed = b.GetInsertBlock();
            b.CreateCondBr(b.CreateExtractValue(native, 1), done, box,
                           md.createBranchWeights(1, 1 << 20));
            b.SetInsertPoint(box);
            directResult =
                callRt(RtFn::kr_float_new, {b.CreateExtractValue(native, 0, "native.result")});
            b.CreateBr(done);
            b.SetInsertPoint(generic);
            Value *genericResult = callRt(RtFn::kr_call, {callee, valueWord(nargs), args});
            b.CreateBr(done);
            b.SetInsertPoint(done);
            PHINode *result = b.CreatePHI(valueTy, 3, "call.result");
            result->addIncoming(valueWord(0), failed);
            result->addIncoming(directResult, box);
            result->addIncoming(genericResult, generic);
            return checkValue(result);
        }
    } else {
        directResult = b.CreateCall(m.codeFunction(&target), {callee, args});
    }
    BasicBlock *directEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(generic);
    Value *genericResult = callRt(RtFn::kr_call, {callee, valueWord(nargs), args});
    b.CreateBr(done);
    b.SetInsertPoint(done);
    PHINode *result = b.CreatePHI(valueTy, 2, "call.result");
    result->addIncoming(directResult, directEnd);
    result->addIncoming(genericResult, generic);
    return checkValue(result);
}

} // namespace krait::codegen
