//===- codegen/EmitUnboxedFloat.cpp - float values kept as doubles ---------===//
//
// Values the IR types `float` (ir/passes/TypeInference.cpp: constants,
// arithmetic on exact floats and ints, phis of them) are exact float objects
// whenever they exist. Those produced by `const.float`, `binary`, `unary` and
// `phi` are emitted as LLVM doubles instead of boxed words, so a float loop
// allocates nothing:
//
//  - arithmetic on two doubles (or a double and a small constant int, or a
//    value proven `int` that is small at run time) is the machine operation;
//    `/` by zero, big ints and operands that are not doubles take the runtime
//    path (which raises, or returns a float that is unboxed);
//  - comparisons of doubles are `fcmp`, truth is `!= 0.0`;
//  - a phi of doubles unboxes boxed float inputs (a load) in the predecessor;
//  - any other use boxes the double (kr_float_new). The box is made once per
//    value and kept in a slot the definition clears, so `x is x` and two
//    stores of one value still see one object. A literal's box is its module
//    constant, as without unboxing.
//
// A value feeding a phi that is not itself a double stays boxed (boxing in
// a predecessor could fail there).
//
// `param`, `call`, `getattr` and `global.load` results typed `float`
// (whole-program inference: every caller passes a float, the callee returns
// floats, math.sqrt..., every store of the global or attribute name stores
// a float) are emitted as usual and unboxed once at the definition; the
// object they came in is kept as their box. A `binary` typed `float` whose
// operands are not both doubles or ints (`float * object` under the
// numeric closure, `**`, `//`, `%`) calls the runtime and unboxes its
// result, which the proof makes an exact float.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/MDBuilder.h"

using namespace llvm;

namespace krait::codegen {

namespace {

/// Values emitted as objects and unboxed once at their definition: the
/// whole-program inference proved them exact floats.
bool unboxedAtDefinition(ir::Opcode op) {
    return op == ir::Opcode::Param || op == ir::Opcode::Call || op == ir::Opcode::GetAttr ||
           op == ir::Opcode::GlobalLoad || op == ir::Opcode::GetItem; // GetItem: ListKinds.cpp
}

/// Byte offset of kr_float.value (see EmitFastPaths.cpp).
constexpr uint64_t FloatValueOffset = 8;

bool unboxableOp(ir::Opcode op) {
    return op == ir::Opcode::ConstFloat || op == ir::Opcode::Binary || op == ir::Opcode::Unary ||
           op == ir::Opcode::Phi || unboxedAtDefinition(op);
}

ir::BinaryOp plain(ir::BinaryOp op) {
    if (ir::isInPlace(op))
        return static_cast<ir::BinaryOp>(static_cast<int>(op) -
                                         static_cast<int>(ir::BinaryOp::IOr) +
                                         static_cast<int>(ir::BinaryOp::Or));
    return op;
}

/// `x ** 0.5` as kr_float_pow() computes it: the correctly rounded square
/// root, with pow()'s results for -0.0 (+0.0) and -inf (+inf).
Value *emitSquareRoot(IRBuilder<> &b, Value *x) {
    Type *f64 = b.getDoubleTy();
    Value *root =
        b.CreateUnaryIntrinsic(Intrinsic::sqrt, b.CreateFAdd(x, ConstantFP::get(f64, 0.0)));
    Value *minusInf = b.CreateFCmpOEQ(x, ConstantFP::getInfinity(f64, true));
    return b.CreateSelect(minusInf, ConstantFP::getInfinity(f64), root);
}

/// `x ** y` of doubles for a `float`-typed `**`; `generic` emits the
/// runtime call (and returns its unboxed result).
template <typename Generic>
Value *emitFloatPower(IRBuilder<> &b, llvm::Module &module, llvm::Function *llfn, Value *x,
                      Value *y, Generic &generic) {
    // A `float`-typed `**` is real by the inference (an int exponent or a
    // non-negative base), so the runtime's float power is kr_float_pow()
    // unless 0.0 is raised to a negative power (ZeroDivisionError): compute
    // the same inline. nobuiltin keeps LLVM from rewriting pow() itself.
    if (auto *half = dyn_cast<ConstantFP>(y); half && half->isExactlyValue(0.5))
        return emitSquareRoot(b, x);
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    BasicBlock *call = BasicBlock::Create(ctx, "fpow", llfn);
    BasicBlock *zero = BasicBlock::Create(ctx, "fpow.zero", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "fpow.done", llfn);
    Value *zeroBase = b.CreateFCmpOEQ(x, ConstantFP::get(b.getDoubleTy(), 0.0));
    Value *negative = b.CreateFCmpOLT(y, ConstantFP::get(b.getDoubleTy(), 0.0));
    b.CreateCondBr(b.CreateAnd(zeroBase, negative), zero, call, md.createBranchWeights(1, 1000));
    b.SetInsertPoint(zero);
    Value *slow = generic(); // raises ZeroDivisionError
    BasicBlock *zeroEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(call);
    FunctionCallee pow = module.getOrInsertFunction(
        "pow", FunctionType::get(b.getDoubleTy(), {b.getDoubleTy(), b.getDoubleTy()}, false));
    CallInst *p = b.CreateCall(pow, {x, y});
    p->addFnAttr(Attribute::NoBuiltin);
    b.CreateBr(done);
    b.SetInsertPoint(done);
    PHINode *r = b.CreatePHI(b.getDoubleTy(), 2);
    r->addIncoming(slow, zeroEnd);
    r->addIncoming(p, call);
    return r;
}

} // namespace

void FunctionEmitter::findUnboxedFloats() {
    std::map<const ir::Instruction *, std::vector<const ir::Instruction *>> phiUsers;
    std::set<const ir::Instruction *> callees; // a method load yields the callable
    for (const auto &bb : fn.blocks())
        for (const auto &inst : bb->instructions())
            if (inst->op == ir::Opcode::Call || inst->op == ir::Opcode::CallKw)
                callees.insert(inst->operand(0));
    for (const auto &bb : fn.blocks())
        for (const auto &inst : bb->instructions()) {
            if (inst->type.kind() == ir::Type::Float && unboxableOp(inst->op) &&
                !(inst->op == ir::Opcode::GetAttr && callees.count(inst.get())))
                unboxedFloats.insert(inst.get());
            if (inst->op == ir::Opcode::Phi)
                for (const ir::Instruction *in : inst->operands)
                    phiUsers[in].push_back(inst.get());
        }
    // Drop values that feed a phi kept boxed, until nothing changes.
    for (bool changed = true; changed;) {
        changed = false;
        for (auto it = unboxedFloats.begin(); it != unboxedFloats.end();) {
            bool boxedUser = false;
            for (const ir::Instruction *phi : phiUsers[*it])
                boxedUser |= !unboxedFloats.count(phi);
            if (boxedUser) {
                it = unboxedFloats.erase(it);
                changed = true;
            } else {
                ++it;
            }
        }
    }
}

bool FunctionEmitter::unboxedAfterEmit(const ir::Instruction &inst) const {
    return unboxedAtDefinition(inst.op) && unboxedFloats.count(&inst);
}

Value *FunctionEmitter::unboxDefinition(const ir::Instruction &inst, Value *box) {
    // A native entry's double parameter or result: no box yet.
    if (box->getType()->isDoubleTy()) {
        clearBoxSlot(inst);
        return box;
    }
    // The whole-program inference proved the object an exact float: keep it
    // as the value's box and read its double once.
    AllocaInst *&slot = boxSlots[&inst];
    if (!slot) slot = entryAlloca(1, "box.slot");
    b.CreateStore(box, slot);
    return unboxFloat(box);
}

Value *FunctionEmitter::unboxFloat(Value *box) {
    Value *ptr = b.CreateIntToPtr(box, m.rt().ptrType());
    return b.CreateLoad(b.getDoubleTy(),
                        b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), ptr, FloatValueOffset),
                        "unboxed");
}

Value *FunctionEmitter::floatOperand(const ir::Instruction *v) {
    Value *emitted = values.lookup(v);
    if (emitted->getType()->isDoubleTy()) return emitted;
    if (v->type.kind() == ir::Type::Float) return unboxFloat(emitted);
    // Small constant ints convert exactly.
    if (v->op == ir::Opcode::ConstInt && v->str.size() < 16) {
        long long n = std::stoll(v->str);
        if (n > -(1LL << 53) && n < (1LL << 53))
            return ConstantFP::get(b.getDoubleTy(), static_cast<double>(n));
    }
    return nullptr;
}

Value *FunctionEmitter::boxFloat(const ir::Instruction *v, Value *d) {
    // A literal's box is the module constant, as without unboxing.
    if (v->op == ir::Opcode::ConstFloat) return m.loadConstant(b, m.floatConstant(v->fimm));
    AllocaInst *slot = boxSlots.lookup(v);
    LLVMContext &ctx = b.getContext();
    BasicBlock *make = BasicBlock::Create(ctx, "box.new", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "box.done", llfn);
    Value *existing = b.CreateLoad(valueTy, slot);
    BasicBlock *from = b.GetInsertBlock();
    b.CreateCondBr(b.CreateICmpNE(existing, valueWord(0)), done, make);
    b.SetInsertPoint(make);
    Value *box = callChecked(RtFn::kr_float_new, {d});
    b.CreateStore(box, slot);
    BasicBlock *madeEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(done);
    PHINode *result = b.CreatePHI(valueTy, 2, "boxed");
    result->addIncoming(existing, from);
    result->addIncoming(box, madeEnd);
    return result;
}

void FunctionEmitter::clearBoxSlot(const ir::Instruction &inst) {
    AllocaInst *&slot = boxSlots[&inst];
    if (!slot) slot = entryAlloca(1, "box.slot");
    if (inst.op == ir::Opcode::Phi)
        pendingBoxClears.push_back(slot); // after the block's phis
    else
        b.CreateStore(valueWord(0), slot);
}

void FunctionEmitter::flushBoxClears() {
    for (AllocaInst *slot : pendingBoxClears)
        b.CreateStore(valueWord(0), slot);
    pendingBoxClears.clear();
}

Value *FunctionEmitter::emitUnboxedFloat(const ir::Instruction &inst) {
    switch (inst.op) {
    case ir::Opcode::ConstFloat:
        return ConstantFP::get(b.getDoubleTy(), inst.fimm);
    case ir::Opcode::Phi: {
        PHINode *phi = b.CreatePHI(b.getDoubleTy(), static_cast<unsigned>(inst.numOperands()));
        phis.push_back({&inst, phi});
        return phi;
    }
    case ir::Opcode::Unary: {
        Value *x = floatOperand(inst.operand(0));
        return inst.unaryOp() == ir::UnaryOp::Neg ? b.CreateFNeg(x) : x;
    }
    default:
        break;
    }
    ir::BinaryOp op = plain(inst.binaryOp());
    auto generic = [&]() {
        Value *r = callChecked(RtFn::kr_binary_op, {b.getInt32(static_cast<int>(inst.binaryOp())),
                                                    operand(inst, 0), operand(inst, 1)});
        // Keep the runtime's box: a boxed use of this value then needs no new one.
        b.CreateStore(r, boxSlots.lookup(&inst));
        return unboxFloat(r); // the inference proved it a float
    };
    bool arith = op == ir::BinaryOp::Add || op == ir::BinaryOp::Sub || op == ir::BinaryOp::Mul ||
                 op == ir::BinaryOp::TrueDiv || op == ir::BinaryOp::Pow;
    // A proven int (e.g. a typed parameter) converts inline when it is small,
    // rounding to nearest as int -> float does; a big one takes the runtime.
    // An object operand of a float-typed result (`float * object` under the
    // numeric closure) is read inline when it is a float or a small int.
    auto convertible = [&](const ir::Instruction *v) {
        return floatOperand(v) || v->type.kind() == ir::Type::Int ||
               v->type.kind() == ir::Type::Object;
    };
    if (!arith || !convertible(inst.operand(0)) || !convertible(inst.operand(1))) return generic();
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    BasicBlock *bigInt = nullptr;
    // int / int is exact in doubles only below 2**53 (the runtime divides
    // bigger ones exactly, then rounds once).
    bool intDivision = op == ir::BinaryOp::TrueDiv &&
                       inst.operand(0)->type.kind() != ir::Type::Float &&
                       inst.operand(1)->type.kind() != ir::Type::Float;
    auto toDouble = [&](const ir::Instruction *v) -> Value * {
        if (Value *d = floatOperand(v)) return d;
        if (!bigInt) bigInt = BasicBlock::Create(ctx, "fint.big", llfn);
        Value *word = values.lookup(v);
        if (v->type.kind() != ir::Type::Int) {
            Value *isFloat = nullptr; // anything but a float or small int: the runtime
            return emitFloatOperand(word, bigInt, /*allowInt=*/true, isFloat);
        }
        BasicBlock *small = BasicBlock::Create(ctx, "fint.small", llfn);
        Value *ok = b.CreateTrunc(word, b.getInt1Ty());
        if (intDivision) {
            // -2**53 < n < 2**53: n + (2**53 - 1) < 2**54 - 1, unsigned.
            Value *n = untagInt(word);
            Value *biased = b.CreateAdd(n, valueWord((uint64_t(1) << 53) - 1));
            ok = b.CreateAnd(ok, b.CreateICmpULT(biased, valueWord((uint64_t(1) << 54) - 1)));
        }
        b.CreateCondBr(ok, small, bigInt, md.createBranchWeights(1000, 1));
        b.SetInsertPoint(small);
        return b.CreateSIToFP(untagInt(word), b.getDoubleTy());
    };
    Value *x = toDouble(inst.operand(0));
    Value *y = toDouble(inst.operand(1));
    Value *fast = nullptr;
    switch (op) {
    case ir::BinaryOp::Add:
        fast = b.CreateFAdd(x, y);
        break;
    case ir::BinaryOp::Sub:
        fast = b.CreateFSub(x, y);
        break;
    case ir::BinaryOp::Mul:
        fast = b.CreateFMul(x, y);
        break;
    case ir::BinaryOp::Pow:
        fast = emitFloatPower(b, m.llvmModule(), llfn, x, y, generic);
        break;
    default: { // TrueDiv
        BasicBlock *divide = BasicBlock::Create(ctx, "fdiv", llfn);
        BasicBlock *zero = BasicBlock::Create(ctx, "fdiv.zero", llfn);
        BasicBlock *done = BasicBlock::Create(ctx, "fdiv.done", llfn);
        b.CreateCondBr(b.CreateFCmpOEQ(y, ConstantFP::get(b.getDoubleTy(), 0.0)), zero, divide,
                       md.createBranchWeights(1, 1000));
        b.SetInsertPoint(zero);
        Value *slow = generic(); // raises ZeroDivisionError
        BasicBlock *zeroEnd = b.GetInsertBlock();
        b.CreateBr(done);
        b.SetInsertPoint(divide);
        Value *q = b.CreateFDiv(x, y);
        b.CreateBr(done);
        b.SetInsertPoint(done);
        PHINode *r = b.CreatePHI(b.getDoubleTy(), 2);
        r->addIncoming(slow, zeroEnd);
        r->addIncoming(q, divide);
        fast = r;
        break;
    }
    }
    if (!bigInt) return fast;
    BasicBlock *fastEnd = b.GetInsertBlock();
    BasicBlock *join = BasicBlock::Create(ctx, "fint.done", llfn);
    b.CreateBr(join);
    b.SetInsertPoint(bigInt);
    Value *slow = generic();
    BasicBlock *slowEnd = b.GetInsertBlock();
    b.CreateBr(join);
    b.SetInsertPoint(join);
    PHINode *r = b.CreatePHI(b.getDoubleTy(), 2);
    r->addIncoming(fast, fastEnd);
    r->addIncoming(slow, slowEnd);
    return r;
}

Value *FunctionEmitter::emitFloatCompare(const ir::Instruction &inst) {
    ir::BinaryOp op = plain(inst.binaryOp());
    if (!ir::isComparison(op) || op == ir::BinaryOp::In || op == ir::BinaryOp::NotIn ||
        op == ir::BinaryOp::Is || op == ir::BinaryOp::IsNot)
        return nullptr;
    const ir::Instruction *a = inst.operand(0), *c = inst.operand(1);
    bool anyFloat = a->type.kind() == ir::Type::Float || c->type.kind() == ir::Type::Float;
    if (!anyFloat) return nullptr;
    if (!values.lookup(a)->getType()->isDoubleTy() && !values.lookup(c)->getType()->isDoubleTy())
        return nullptr; // boxed floats: the generic float path is as good
    Value *x = floatOperand(a), *y = floatOperand(c);
    if (!x || !y) return nullptr;
    Value *cond = nullptr;
    switch (op) {
    case ir::BinaryOp::Lt:
        cond = b.CreateFCmpOLT(x, y);
        break;
    case ir::BinaryOp::Le:
        cond = b.CreateFCmpOLE(x, y);
        break;
    case ir::BinaryOp::Gt:
        cond = b.CreateFCmpOGT(x, y);
        break;
    case ir::BinaryOp::Ge:
        cond = b.CreateFCmpOGE(x, y);
        break;
    case ir::BinaryOp::Eq:
        cond = b.CreateFCmpOEQ(x, y);
        break;
    case ir::BinaryOp::Ne:
        cond = b.CreateFCmpUNE(x, y);
        break;
    default:
        return nullptr;
    }
    return b.CreateSelect(cond, m.rt().globalAsValue(RtGlobal::kr_True),
                          m.rt().globalAsValue(RtGlobal::kr_False));
}

} // namespace krait::codegen
