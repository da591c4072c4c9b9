//===- codegen/EmitUnboxedComplex.cpp - complex values kept as doubles ----===//
//
// Values the IR types `complex` (ir/passes/TypeInference.cpp: imaginary
// literals, arithmetic of exact complex numbers with ints, floats and
// complex numbers, phis of them, typed parameters and call results) are
// exact complex objects whenever they exist. They are emitted as an LLVM
// {double, double} pair instead of a boxed word, so a complex loop allocates
// nothing:
//
//  - + - * / are the runtime's formulas (runtime/complex.cpp) on the parts,
//    operation for operation, so results match the boxed path bit for bit
//    (inf, nan, -0.0 included): an int or float operand is the pair
//    (x, +0.0), as kr_number_to_complex makes it. Division by a zero complex
//    and the other operators take the runtime path (which raises, or returns
//    a complex that is unboxed);
//  - `.real` and `.imag` are the parts, as doubles (EmitUnboxedFloat.cpp
//    boxes them only where an object is needed); == and != compare the parts;
//    truth is "either part != 0";
//  - values emitted boxed by the generic path (parameters, calls, unary +,
//    which returns its operand) are unboxed once at the definition and keep
//    the object they came in as their box;
//  - any other use boxes the pair (kr_complex_new) once per definition, in a
//    slot the definition clears, as floats do: `z is z` holds.
//
// A value feeding a phi that is not itself a pair stays boxed, and so does a
// phi with an input that stays boxed (phi inputs are never converted in the
// predecessor).
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/MDBuilder.h"

#include <map>

using namespace llvm;

namespace krait::codegen {

namespace {

ir::BinaryOp plainOp(ir::BinaryOp op) {
    if (ir::isInPlace(op))
        return static_cast<ir::BinaryOp>(static_cast<int>(op) -
                                         static_cast<int>(ir::BinaryOp::IOr) +
                                         static_cast<int>(ir::BinaryOp::Or));
    return op;
}

bool isComplex(const ir::Instruction *v) {
    return v->type.kind() == ir::Type::Complex;
}

/// struct kr_complex { kr_object base; double real, imag; }: GEPs on it let
/// the target's data layout place the parts (8 and 16 on all targets today).
StructType *complexObjectLayout(LLVMContext &ctx) {
    Type *dbl = Type::getDoubleTy(ctx);
    return StructType::get(ctx, {PointerType::get(ctx, 0), dbl, dbl});
}

/// `.real`/`.imag` of an exact complex, which the inference typed float.
bool isComplexPart(const ir::Instruction &inst) {
    return inst.op == ir::Opcode::GetAttr && inst.type.kind() == ir::Type::Float &&
           (inst.str == "real" || inst.str == "imag") && isComplex(inst.operand(0));
}

/// Opcodes this file emits as pairs itself; other complex-typed values are
/// emitted boxed by the generic path and unboxed afterwards.
bool emittedAsPair(const ir::Instruction &inst) {
    switch (inst.op) {
    case ir::Opcode::ConstComplex:
    case ir::Opcode::Binary:
    case ir::Opcode::Phi:
        return true;
    case ir::Opcode::Unary:
        return inst.unaryOp() == ir::UnaryOp::Neg;
    default:
        return false;
    }
}

} // namespace

void FunctionEmitter::findUnboxedComplex() {
    std::map<const ir::Instruction *, std::vector<const ir::Instruction *>> phiUsers;
    for (const auto &bb : fn.blocks())
        for (const auto &inst : bb->instructions()) {
            if (inst->hasResult() && isComplex(inst.get())) unboxedComplex.insert(inst.get());
            if (isComplexPart(*inst)) complexParts.insert(inst.get());
            if (inst->op == ir::Opcode::Phi)
                for (const ir::Instruction *in : inst->operands)
                    phiUsers[in].push_back(inst.get());
        }
    // Values feeding a boxed phi stay boxed, and so do phis with a boxed
    // input, until nothing changes.
    for (bool changed = true; changed;) {
        changed = false;
        for (auto it = unboxedComplex.begin(); it != unboxedComplex.end();) {
            bool keep = true;
            for (const ir::Instruction *phi : phiUsers[*it])
                keep &= unboxedComplex.count(phi) != 0;
            if ((*it)->op == ir::Opcode::Phi)
                for (const ir::Instruction *in : (*it)->operands)
                    keep &= unboxedComplex.count(in) != 0;
            if (keep) {
                ++it;
            } else {
                it = unboxedComplex.erase(it);
                changed = true;
            }
        }
    }
    // A part is a double: only double phis (EmitUnboxedFloat.cpp) take it.
    for (auto it = complexParts.begin(); it != complexParts.end();) {
        bool keep = true;
        for (const ir::Instruction *phi : phiUsers[*it])
            keep &= unboxedFloats.count(phi) != 0;
        it = keep ? std::next(it) : complexParts.erase(it);
    }
}

StructType *FunctionEmitter::complexPairType() {
    return StructType::get(b.getContext(), {b.getDoubleTy(), b.getDoubleTy()});
}

Value *FunctionEmitter::makePair(Value *re, Value *im) {
    Value *pair = b.CreateInsertValue(PoisonValue::get(complexPairType()), re, 0);
    return b.CreateInsertValue(pair, im, 1);
}

Value *FunctionEmitter::unboxComplex(Value *box) {
    StructType *layout = complexObjectLayout(b.getContext());
    Value *ptr = b.CreateIntToPtr(box, m.rt().ptrType());
    Value *re = b.CreateLoad(b.getDoubleTy(), b.CreateStructGEP(layout, ptr, 1), "real");
    Value *im = b.CreateLoad(b.getDoubleTy(), b.CreateStructGEP(layout, ptr, 2), "imag");
    return makePair(re, im);
}

Value *FunctionEmitter::complexOperand(const ir::Instruction *v) {
    Value *emitted = values.lookup(v);
    if (emitted->getType()->isStructTy()) return emitted;
    if (isComplex(v)) return unboxComplex(emitted);
    // An exact float or a small int constant: the pair (x, +0.0).
    if (Value *d = floatOperand(v)) return makePair(d, ConstantFP::get(b.getDoubleTy(), 0.0));
    return nullptr;
}

Value *FunctionEmitter::boxComplex(const ir::Instruction *v, Value *pair) {
    AllocaInst *slot = boxSlots.lookup(v);
    assert(slot && "an unboxed complex value without a box slot");
    LLVMContext &ctx = b.getContext();
    BasicBlock *make = BasicBlock::Create(ctx, "cbox.new", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "cbox.done", llfn);
    Value *existing = b.CreateLoad(valueTy, slot);
    BasicBlock *from = b.GetInsertBlock();
    b.CreateCondBr(b.CreateICmpNE(existing, valueWord(0)), done, make);
    b.SetInsertPoint(make);
    Value *box = callChecked(RtFn::kr_complex_new,
                             {b.CreateExtractValue(pair, 0), b.CreateExtractValue(pair, 1)});
    b.CreateStore(box, slot);
    BasicBlock *madeEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(done);
    PHINode *result = b.CreatePHI(valueTy, 2, "cboxed");
    result->addIncoming(existing, from);
    result->addIncoming(box, madeEnd);
    return result;
}

bool FunctionEmitter::emitComplexValue(const ir::Instruction &inst) {
    if (!complexScanned) {
        // Found here rather than in run(): by now findUnboxedFloats() has run.
        complexScanned = true;
        if (m.inlineFastPaths()) findUnboxedComplex();
    }
    if (complexParts.count(&inst)) {
        clearBoxSlot(inst);
        values[&inst] = complexPart(inst);
        return true;
    }
    if (unboxedComplex.count(&inst)) {
        if (!emittedAsPair(inst)) return false; // generic, then adoptComplexResult
        clearBoxSlot(inst);
        Value *r = emitUnboxedComplex(inst);
        if (!r) return false;
        values[&inst] = r;
        return true;
    }
    if (inst.op == ir::Opcode::ConstComplex) {
        // A boxed literal: a new object each time, as complex(0.0, imag).
        values[&inst] =
            callChecked(RtFn::kr_complex_new, {ConstantFP::get(b.getDoubleTy(), 0.0),
                                               ConstantFP::get(b.getDoubleTy(), inst.fimm)});
        return true;
    }
    return false;
}

Value *FunctionEmitter::adoptComplexResult(const ir::Instruction &inst, Value *r) {
    if (!unboxedComplex.count(&inst) || r->getType()->isStructTy()) return r;
    AllocaInst *&slot = boxSlots[&inst];
    if (!slot) slot = entryAlloca(1, "box.slot");
    b.CreateStore(r, slot);
    return unboxComplex(r);
}

Value *FunctionEmitter::complexPart(const ir::Instruction &attr) {
    unsigned index = attr.str == "imag" ? 1 : 0;
    Value *z = values.lookup(attr.operand(0));
    if (z->getType()->isStructTy()) return b.CreateExtractValue(z, index, attr.str);
    StructType *layout = complexObjectLayout(b.getContext());
    Value *ptr = b.CreateIntToPtr(z, m.rt().ptrType());
    return b.CreateLoad(b.getDoubleTy(), b.CreateStructGEP(layout, ptr, index + 1), attr.str);
}

Value *FunctionEmitter::genericComplexResult(const ir::Instruction &inst) {
    Value *r = inst.op == ir::Opcode::Unary
                   ? callChecked(RtFn::kr_unary_op,
                                 {b.getInt32(static_cast<int>(inst.unaryOp())), operand(inst, 0)})
                   : callChecked(RtFn::kr_binary_op, {b.getInt32(static_cast<int>(inst.binaryOp())),
                                                      operand(inst, 0), operand(inst, 1)});
    // Keep the runtime's box: a boxed use of this value then needs no new one.
    b.CreateStore(r, boxSlots.lookup(&inst));
    return unboxComplex(r); // the inference proved it a complex
}

Value *FunctionEmitter::emitUnboxedComplex(const ir::Instruction &inst) {
    switch (inst.op) {
    case ir::Opcode::ConstComplex:
        return makePair(ConstantFP::get(b.getDoubleTy(), 0.0),
                        ConstantFP::get(b.getDoubleTy(), inst.fimm));
    case ir::Opcode::Phi: {
        PHINode *phi = b.CreatePHI(complexPairType(), static_cast<unsigned>(inst.numOperands()));
        phis.push_back({&inst, phi});
        return phi;
    }
    case ir::Opcode::Unary: {
        Value *x = complexOperand(inst.operand(0));
        if (!x) return genericComplexResult(inst);
        return makePair(b.CreateFNeg(b.CreateExtractValue(x, 0)),
                        b.CreateFNeg(b.CreateExtractValue(x, 1)));
    }
    default:
        return emitComplexArithmetic(inst);
    }
}

Value *FunctionEmitter::emitComplexArithmetic(const ir::Instruction &inst) {
    ir::BinaryOp op = plainOp(inst.binaryOp());
    bool inlineOp = op == ir::BinaryOp::Add || op == ir::BinaryOp::Sub || op == ir::BinaryOp::Mul ||
                    op == ir::BinaryOp::TrueDiv;
    // Pairs, exact floats and small int constants convert here; a proven
    // int (a typed parameter, a range item) converts inline when it is
    // small, as kr_int_to_double does (rounding to nearest); a big one takes
    // the runtime.
    auto convertible = [&](const ir::Instruction *v) {
        Value *e = values.lookup(v);
        return e->getType()->isStructTy() || e->getType()->isDoubleTy() || isComplex(v) ||
               v->type.kind() == ir::Type::Float || v->type.kind() == ir::Type::Int;
    };
    if (!inlineOp || !convertible(inst.operand(0)) || !convertible(inst.operand(1)))
        return genericComplexResult(inst);
    LLVMContext &ctx = b.getContext();
    BasicBlock *bigInt = nullptr;
    auto toPair = [&](const ir::Instruction *v) -> Value * {
        if (Value *p = complexOperand(v)) return p;
        if (!bigInt) bigInt = BasicBlock::Create(ctx, "cint.big", llfn);
        Value *word = values.lookup(v);
        BasicBlock *small = BasicBlock::Create(ctx, "cint.small", llfn);
        b.CreateCondBr(b.CreateTrunc(word, b.getInt1Ty()), small, bigInt,
                       MDBuilder(ctx).createBranchWeights(1000, 1));
        b.SetInsertPoint(small);
        return makePair(b.CreateSIToFP(untagInt(word), b.getDoubleTy()),
                        ConstantFP::get(b.getDoubleTy(), 0.0));
    };
    Value *x = toPair(inst.operand(0));
    Value *y = toPair(inst.operand(1));
    Value *fast = nullptr;
    if (op == ir::BinaryOp::TrueDiv) {
        fast = emitComplexDivide(inst, x, y);
    } else {
        Value *xr = b.CreateExtractValue(x, 0), *xi = b.CreateExtractValue(x, 1);
        Value *yr = b.CreateExtractValue(y, 0), *yi = b.CreateExtractValue(y, 1);
        if (op == ir::BinaryOp::Add)
            fast = makePair(b.CreateFAdd(xr, yr), b.CreateFAdd(xi, yi));
        else if (op == ir::BinaryOp::Sub)
            fast = makePair(b.CreateFSub(xr, yr), b.CreateFSub(xi, yi));
        else // (xr*yr - xi*yi) + (xr*yi + xi*yr)j, unfused, as complex.cpp's mul.
            fast = makePair(b.CreateFSub(b.CreateFMul(xr, yr), b.CreateFMul(xi, yi)),
                            b.CreateFAdd(b.CreateFMul(xr, yi), b.CreateFMul(xi, yr)));
    }
    if (!bigInt) return fast;
    BasicBlock *fastEnd = b.GetInsertBlock();
    BasicBlock *join = BasicBlock::Create(ctx, "cint.done", llfn);
    b.CreateBr(join);
    b.SetInsertPoint(bigInt);
    Value *slow = genericComplexResult(inst);
    BasicBlock *slowEnd = b.GetInsertBlock();
    b.CreateBr(join);
    b.SetInsertPoint(join);
    PHINode *r = b.CreatePHI(complexPairType(), 2);
    r->addIncoming(fast, fastEnd);
    r->addIncoming(slow, slowEnd);
    return r;
}

Value *FunctionEmitter::emitComplexDivide(const ir::Instruction &inst, Value *x, Value *y) {
    LLVMContext &ctx = b.getContext();
    Value *xr = b.CreateExtractValue(x, 0), *xi = b.CreateExtractValue(x, 1);
    Value *yr = b.CreateExtractValue(y, 0), *yi = b.CreateExtractValue(y, 1);
    Constant *zero = ConstantFP::get(b.getDoubleTy(), 0.0);
    BasicBlock *zeroBB = BasicBlock::Create(ctx, "cdiv.zero", llfn);
    BasicBlock *divide = BasicBlock::Create(ctx, "cdiv", llfn);
    BasicBlock *byReal = BasicBlock::Create(ctx, "cdiv.re", llfn);
    BasicBlock *byImag = BasicBlock::Create(ctx, "cdiv.im", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "cdiv.done", llfn);
    Value *isZero = b.CreateAnd(b.CreateFCmpOEQ(yr, zero), b.CreateFCmpOEQ(yi, zero));
    b.CreateCondBr(isZero, zeroBB, divide, MDBuilder(ctx).createBranchWeights(1, 1000));

    b.SetInsertPoint(zeroBB);
    Value *slow = genericComplexResult(inst); // raises ZeroDivisionError
    BasicBlock *zeroEnd = b.GetInsertBlock();
    b.CreateBr(done);

    // Smith's method, scaled by the larger part of the divisor, exactly as
    // complex.cpp's div (a NaN part takes the second form there too).
    b.SetInsertPoint(divide);
    Value *absRe = b.CreateUnaryIntrinsic(Intrinsic::fabs, yr);
    Value *absIm = b.CreateUnaryIntrinsic(Intrinsic::fabs, yi);
    b.CreateCondBr(b.CreateFCmpOGE(absRe, absIm), byReal, byImag);

    b.SetInsertPoint(byReal);
    Value *r1 = b.CreateFDiv(yi, yr);
    Value *d1 = b.CreateFAdd(yr, b.CreateFMul(yi, r1));
    Value *q1 = makePair(b.CreateFDiv(b.CreateFAdd(xr, b.CreateFMul(xi, r1)), d1),
                         b.CreateFDiv(b.CreateFSub(xi, b.CreateFMul(xr, r1)), d1));
    b.CreateBr(done);

    b.SetInsertPoint(byImag);
    Value *r2 = b.CreateFDiv(yr, yi);
    Value *d2 = b.CreateFAdd(b.CreateFMul(yr, r2), yi);
    Value *q2 = makePair(b.CreateFDiv(b.CreateFAdd(b.CreateFMul(xr, r2), xi), d2),
                         b.CreateFDiv(b.CreateFSub(b.CreateFMul(xi, r2), xr), d2));
    b.CreateBr(done);

    b.SetInsertPoint(done);
    PHINode *q = b.CreatePHI(complexPairType(), 3, "cquot");
    q->addIncoming(slow, zeroEnd);
    q->addIncoming(q1, byReal);
    q->addIncoming(q2, byImag);
    return q;
}

Value *FunctionEmitter::emitComplexCompare(const ir::Instruction &inst) {
    ir::BinaryOp op = plainOp(inst.binaryOp());
    if (op != ir::BinaryOp::Eq && op != ir::BinaryOp::Ne) return nullptr;
    const ir::Instruction *a = inst.operand(0), *c = inst.operand(1);
    if (!isComplex(a) && !isComplex(c)) return nullptr;
    if (!values.lookup(a)->getType()->isStructTy() && !values.lookup(c)->getType()->isStructTy())
        return nullptr; // boxed: the runtime compares as well
    Value *x = complexOperand(a), *y = complexOperand(c);
    if (!x || !y) return nullptr;
    Value *xr = b.CreateExtractValue(x, 0), *xi = b.CreateExtractValue(x, 1);
    Value *yr = b.CreateExtractValue(y, 0), *yi = b.CreateExtractValue(y, 1);
    // Part by part, so a NaN part is unequal even to itself.
    Value *cond = op == ir::BinaryOp::Eq
                      ? b.CreateAnd(b.CreateFCmpOEQ(xr, yr), b.CreateFCmpOEQ(xi, yi))
                      : b.CreateOr(b.CreateFCmpUNE(xr, yr), b.CreateFCmpUNE(xi, yi));
    return b.CreateSelect(cond, m.rt().globalAsValue(RtGlobal::kr_True),
                          m.rt().globalAsValue(RtGlobal::kr_False));
}

Value *FunctionEmitter::emitComplexTruth(const ir::Instruction &inst) {
    Value *z = values.lookup(inst.operand(0));
    if (!z->getType()->isStructTy()) return nullptr;
    Constant *zero = ConstantFP::get(b.getDoubleTy(), 0.0);
    return b.CreateOr(b.CreateFCmpUNE(b.CreateExtractValue(z, 0), zero),
                      b.CreateFCmpUNE(b.CreateExtractValue(z, 1), zero), "truth");
}

} // namespace krait::codegen
