//===- codegen/EmitExternCall.cpp - @extern calls as direct C calls -------===//
//
// A call `f(a, b)` where `f` is a global naming one of the module's @extern
// declarations (ir::Module::externs) and the call passes exactly its
// parameters positionally compiles to the C call itself:
//
//  - a guard that the global still holds the function object the `extern`
//    decorator made: an object of type function whose kr_code_info is the
//    thunk's (codegen/ExternABI.h), so rebinding the name keeps Python's
//    meaning;
//  - each argument converted inline when it has the common type: a small int
//    (or a bool value) for integer and pointer parameters, truncated to the
//    C width as the thunk does; a float, a small int or an unboxed double for
//    floating ones; True, False, None, a small int or a known bool for C
//    bool; a str (None: NULL) for `const char *`; a bytes object (None: NULL)
//    for byte pointers;
//  - a direct LLVM call of the C function with C's prototype (the target
//    machine's float ABI: hard-float Cortex-M passes doubles in VFP
//    registers), the result converted inline (small ints tagged, bools
//    selected) or by the runtime's constructors.
//
// Anything else (another argument type, a failed guard) takes the generic
// kr_call, which reaches the thunk: it converts the same way and raises the
// TypeError or OverflowError MicroPython gives. No check has side effects
// (truth values of arbitrary objects are left to the thunk), so falling
// back after some arguments were converted changes nothing.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"
#include "codegen/ExternABI.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/MDBuilder.h"

using namespace llvm;

namespace krait::codegen {

namespace {

/// Word index of kr_str.data (runtime/str.h: type, hash, len, char_len),
/// shared by bytes; runtime/ffi.cpp checks it.
constexpr unsigned StrDataWord = 4;
/// Byte offset of kr_float.value (as EmitUnboxedFloat.cpp).
constexpr uint64_t FloatValueOffset = 8;

/// The one @extern declaration `call` reaches when its callee is a global of
/// that name and it passes exactly the declared parameters; null otherwise
/// (also when two declarations share the name: the decorator binds the
/// first one's thunk, whatever the later signature says).
const ir::ExternDecl *externCallee(const ir::Module &module, const ir::Instruction &call) {
    const ir::Instruction *callee = call.operand(0);
    if (callee->op != ir::Opcode::GlobalLoad) return nullptr;
    const ir::ExternDecl *found = nullptr;
    for (const ir::ExternDecl &decl : module.externs) {
        if (decl.name != callee->str) continue;
        if (found) return nullptr;
        found = &decl;
    }
    if (!found || found->params.size() != call.numOperands() - 1) return nullptr;
    return found;
}

/// Whether a value emitted with LLVM type `type` can convert to `c` without
/// the thunk: a value word, a bool (i1) or a double; a double never makes an
/// integer or pointer, and only words (objects) can be strings or buffers.
bool mayConvertInline(const ir::CType &c, Type *type, Type *valueTy) {
    if (type != valueTy && !type->isIntegerTy(1) && !type->isDoubleTy()) return false;
    switch (c.kind) {
    case ir::CType::Integer:
    case ir::CType::Pointer:
        return !type->isDoubleTy();
    case ir::CType::String:
    case ir::CType::Buffer:
        return !type->isDoubleTy() && !type->isIntegerTy(1);
    default:
        return true;
    }
}

} // namespace

bool FunctionEmitter::emitExternCall(const ir::Instruction &inst, Value *&result) {
    if (!m.inlineFastPaths() || inst.op != ir::Opcode::Call) return false;
    const ir::ExternDecl *decl = externCallee(m.irModule(), inst);
    if (!decl) return false;
    for (size_t i = 0; i < decl->params.size(); ++i)
        if (!mayConvertInline(decl->params[i], values.lookup(inst.operand(i + 1))->getType(),
                              valueTy))
            return false;
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    BasicBlock *generic = BasicBlock::Create(ctx, "extern.generic", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "extern.done", llfn);

    // The guard: the global holds the decorator's function object.
    Value *callee = operand(inst, 0);
    externCheck(b.CreateICmpEQ(b.CreateAnd(callee, valueWord(3)), valueWord(0)), generic);
    Value *object = b.CreateIntToPtr(callee, m.rt().ptrType());
    Value *type = b.CreateLoad(valueTy, object, "type");
    externCheck(b.CreateICmpEQ(type, m.rt().globalAsValue(RtGlobal::kr_type_function)), generic);
    Value *info =
        b.CreateLoad(m.rt().ptrType(),
                     b.CreateConstInBoundsGEP1_32(valueTy, object, KrFunctionInfoWord), "info");
    Module &out = m.llvmModule();
    std::string symbol = externInfoSymbol(m.irModule().name, decl->name);
    auto *thunkInfo = cast<GlobalVariable>(out.getOrInsertGlobal(symbol, b.getInt8Ty()));
    thunkInfo->setVisibility(GlobalValue::HiddenVisibility);
    thunkInfo->setDSOLocal(true);
    externCheck(b.CreateICmpEQ(info, thunkInfo), generic);

    std::vector<Value *> args;
    std::vector<Value *> keepAlive; // objects whose data C reads
    for (size_t i = 0; i < decl->params.size(); ++i) {
        args.push_back(externArgument(decl->params[i], inst.operand(i + 1), generic));
        if (decl->params[i].kind == ir::CType::String || decl->params[i].kind == ir::CType::Buffer)
            keepAlive.push_back(values.lookup(inst.operand(i + 1)));
    }
    FunctionCallee cFunction = declareExternFunction(out, *decl);
    CallInst *call = b.CreateCall(cFunction, args);
    if (auto *f = dyn_cast<Function>(cFunction.getCallee()))
        call->setAttributes(f->getAttributes());
    // The arguments stay in the frame (so in the collector's view) until C
    // has returned: a C function calling back into Python may collect.
    for (Value *v : keepAlive)
        b.CreateCall(InlineAsm::get(FunctionType::get(b.getVoidTy(), {valueTy}, false), "", "r",
                                    /*hasSideEffects=*/true),
                     {v});
    Value *direct = externResult(decl->result, call);
    BasicBlock *directEnd = b.GetInsertBlock();
    b.CreateBr(done);

    b.SetInsertPoint(generic);
    size_t n = inst.numOperands() - 1;
    Value *genericResult =
        callRt(RtFn::kr_call, {callee, valueWord(n), valueArray(inst.operands, 1, n)});
    BasicBlock *genericEnd = b.GetInsertBlock();
    b.CreateBr(done);

    b.SetInsertPoint(done);
    PHINode *phi = b.CreatePHI(valueTy, 2, "extern.result");
    phi->addIncoming(direct, directEnd);
    phi->addIncoming(genericResult, genericEnd);
    result = checkValue(phi);
    return true;
}

void FunctionEmitter::externCheck(Value *ok, BasicBlock *generic) {
    BasicBlock *next = BasicBlock::Create(b.getContext(), "extern.ok", llfn);
    b.CreateCondBr(ok, next, generic, MDBuilder(b.getContext()).createBranchWeights(1000, 1));
    b.SetInsertPoint(next);
}

Value *FunctionEmitter::externArgument(const ir::CType &c, const ir::Instruction *arg,
                                       BasicBlock *generic) {
    LLVMContext &ctx = b.getContext();
    Value *raw = values.lookup(arg);
    Type *cType = externValueType(m.llvmModule(), c);
    Value *isSmall = raw->getType() == valueTy ? b.CreateTrunc(raw, b.getInt1Ty()) : nullptr;
    switch (c.kind) {
    case ir::CType::Integer:
    case ir::CType::Pointer: {
        // As kr_ffi_arg_i64 then the thunk's truncation to the C width.
        Value *x;
        if (raw->getType()->isIntegerTy(1)) {
            x = b.CreateZExt(raw, valueTy);
        } else {
            externCheck(isSmall, generic);
            x = untagInt(raw);
        }
        if (c.kind == ir::CType::Pointer) return b.CreateIntToPtr(x, cType);
        return b.CreateSExtOrTrunc(x, cType);
    }
    case ir::CType::Floating: {
        Value *d = floatOperand(arg);
        if (!d && raw->getType()->isIntegerTy(1)) {
            d = b.CreateUIToFP(raw, b.getDoubleTy());
        } else if (!d) {
            BasicBlock *fromInt = BasicBlock::Create(ctx, "extern.int", llfn);
            BasicBlock *notInt = BasicBlock::Create(ctx, "extern.notint", llfn);
            BasicBlock *join = BasicBlock::Create(ctx, "extern.double", llfn);
            b.CreateCondBr(isSmall, fromInt, notInt);
            b.SetInsertPoint(fromInt);
            Value *converted = b.CreateSIToFP(untagInt(raw), b.getDoubleTy());
            b.CreateBr(join);
            b.SetInsertPoint(notInt);
            externCheck(b.CreateICmpEQ(b.CreateAnd(raw, valueWord(3)), valueWord(0)), generic);
            Value *object = b.CreateIntToPtr(raw, m.rt().ptrType());
            Value *type = b.CreateLoad(valueTy, object, "type");
            externCheck(b.CreateICmpEQ(type, m.rt().globalAsValue(RtGlobal::kr_type_float)),
                        generic);
            Value *unboxed =
                b.CreateLoad(b.getDoubleTy(),
                             b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), object, FloatValueOffset));
            BasicBlock *unboxedEnd = b.GetInsertBlock();
            b.CreateBr(join);
            b.SetInsertPoint(join);
            PHINode *phi = b.CreatePHI(b.getDoubleTy(), 2);
            phi->addIncoming(converted, fromInt);
            phi->addIncoming(unboxed, unboxedEnd);
            d = phi;
        }
        return c.bits == 32 ? b.CreateFPTrunc(d, cType) : d;
    }
    case ir::CType::Boolean: {
        if (raw->getType()->isIntegerTy(1)) return raw;
        if (raw->getType()->isDoubleTy())
            return b.CreateFCmpUNE(raw, ConstantFP::get(b.getDoubleTy(), 0.0));
        // True, False, None and small ints: their truth needs no __bool__.
        Value *isTrue = b.CreateICmpEQ(raw, m.rt().globalAsValue(RtGlobal::kr_True));
        Value *isFalse = b.CreateOr(b.CreateICmpEQ(raw, m.rt().globalAsValue(RtGlobal::kr_False)),
                                    b.CreateICmpEQ(raw, m.rt().globalAsValue(RtGlobal::kr_None)));
        externCheck(b.CreateOr(b.CreateOr(isTrue, isFalse), isSmall), generic);
        return b.CreateOr(isTrue, b.CreateAnd(isSmall, b.CreateICmpNE(raw, smallInt(0))));
    }
    case ir::CType::String:
    case ir::CType::Buffer: {
        const char *typeName = c.kind == ir::CType::String ? "kr_type_str" : "kr_type_bytes";
        BasicBlock *isObject = BasicBlock::Create(ctx, "extern.obj", llfn);
        BasicBlock *join = BasicBlock::Create(ctx, "extern.data", llfn);
        BasicBlock *from = b.GetInsertBlock();
        Value *isNone = b.CreateICmpEQ(raw, m.rt().globalAsValue(RtGlobal::kr_None));
        b.CreateCondBr(isNone, join, isObject);
        b.SetInsertPoint(isObject);
        externCheck(b.CreateICmpEQ(b.CreateAnd(raw, valueWord(3)), valueWord(0)), generic);
        Value *object = b.CreateIntToPtr(raw, m.rt().ptrType());
        Value *type = b.CreateLoad(valueTy, object, "type");
        Value *expected =
            b.CreatePtrToInt(m.llvmModule().getOrInsertGlobal(typeName, valueTy), valueTy);
        externCheck(b.CreateICmpEQ(type, expected), generic);
        Value *data = b.CreateConstInBoundsGEP1_32(valueTy, object, StrDataWord, "data");
        BasicBlock *dataEnd = b.GetInsertBlock();
        b.CreateBr(join);
        b.SetInsertPoint(join);
        PHINode *phi = b.CreatePHI(m.rt().ptrType(), 2);
        phi->addIncoming(ConstantPointerNull::get(m.rt().ptrType()), from);
        phi->addIncoming(data, dataEnd);
        return phi;
    }
    case ir::CType::Void:
        break;
    }
    return nullptr;
}

Value *FunctionEmitter::externResult(const ir::CType &c, Value *r) {
    Module &out = m.llvmModule();
    unsigned word = valueTy->getBitWidth();
    auto runtime = [&](const char *name, Type *param, Value *arg) -> Value * {
        FunctionCallee f = out.getOrInsertFunction(name, valueTy, param);
        return b.CreateCall(f, {arg});
    };
    switch (c.kind) {
    case ir::CType::Void:
        return m.rt().globalAsValue(RtGlobal::kr_None);
    case ir::CType::Boolean:
        return b.CreateSelect(r, m.rt().globalAsValue(RtGlobal::kr_True),
                              m.rt().globalAsValue(RtGlobal::kr_False));
    case ir::CType::Floating: {
        Value *d = c.bits == 32 ? b.CreateFPExt(r, b.getDoubleTy()) : r;
        return callRt(RtFn::kr_float_new, {d});
    }
    case ir::CType::String:
        return runtime("kr_ffi_str_or_none", m.rt().ptrType(), r);
    case ir::CType::Integer:
    case ir::CType::Pointer:
        break;
    }
    // An integer: tagged inline when it fits a small int (2^(word-2) values
    // either side of 0), else made by the runtime.
    bool isSigned = c.kind == ir::CType::Integer && c.isSigned;
    unsigned bits = c.kind == ir::CType::Pointer ? word : c.intBits(word);
    Value *x = c.kind == ir::CType::Pointer ? b.CreatePtrToInt(r, valueTy) : r;
    bool alwaysFits = isSigned ? bits <= word - 1 : bits <= word - 2;
    if (alwaysFits) return tagInt(isSigned ? b.CreateSExt(x, valueTy) : b.CreateZExt(x, valueTy));
    LLVMContext &ctx = b.getContext();
    Type *i64 = b.getInt64Ty();
    Value *wide = isSigned ? b.CreateSExtOrTrunc(x, i64) : b.CreateZExtOrTrunc(x, i64);
    int64_t max = (int64_t(1) << (word - 2)) - 1;
    Value *fits = isSigned ? b.CreateAnd(b.CreateICmpSGE(wide, b.getInt64(-max - 1)),
                                         b.CreateICmpSLE(wide, b.getInt64(max)))
                           : b.CreateICmpULE(wide, b.getInt64(max));
    BasicBlock *tag = BasicBlock::Create(ctx, "extern.small", llfn);
    BasicBlock *big = BasicBlock::Create(ctx, "extern.big", llfn);
    BasicBlock *join = BasicBlock::Create(ctx, "extern.int", llfn);
    b.CreateCondBr(fits, tag, big, MDBuilder(ctx).createBranchWeights(1000, 1));
    b.SetInsertPoint(tag);
    Value *small = tagInt(b.CreateTrunc(wide, valueTy));
    b.CreateBr(join);
    b.SetInsertPoint(big);
    Value *made = isSigned || bits < 64 ? callRt(RtFn::kr_int_from_i64, {wide})
                                        : runtime("kr_ffi_int_from_u64", i64, wide);
    b.CreateBr(join);
    b.SetInsertPoint(join);
    PHINode *phi = b.CreatePHI(valueTy, 2);
    phi->addIncoming(small, tag);
    phi->addIncoming(made, big);
    return phi;
}

} // namespace krait::codegen
