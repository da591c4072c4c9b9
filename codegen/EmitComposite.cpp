//===- codegen/EmitComposite.cpp - opcodes built from several calls -------===//
//
// Opcodes runtime.h has no single entry point for, expressed with the
// generic ABI so they work with any runtime that implements the Python-level
// behaviour:
//
//  - cells are one-item lists holding the value, or the stop marker while
//    empty (the marker never escapes: every read tests for it); a function's
//    closure is the tuple of cells stored in `kr_function.closure`;
//  - class bodies look names up with `ns.get(name, <stop marker>)`, then the
//    globals; classes are made by calling `type(name, bases, ns)`;
//  - `call.ex` spreads the argument tuple (and the keyword dict's items) into
//    a stack array sized at run time and makes an ordinary call;
//  - `unpack.ex` converts the iterable with `list()` and slices it.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/MDBuilder.h"

using namespace llvm;

namespace krait::codegen {

using ir::Opcode;

Value *FunctionEmitter::smallInt(int64_t v) const {
    return ConstantInt::get(valueTy, (static_cast<uint64_t>(v) << 1) | 1);
}

Value *FunctionEmitter::tagInt(Value *machineInt) {
    return b.CreateOr(b.CreateShl(machineInt, 1), 1);
}

Value *FunctionEmitter::untagInt(Value *smallIntValue) {
    return b.CreateAShr(smallIntValue, 1);
}

void FunctionEmitter::storeFunctionField(Value *function, unsigned word, Value *value) {
    Value *object = b.CreateIntToPtr(function, m.rt().ptrType());
    b.CreateStore(value, b.CreateConstInBoundsGEP1_32(valueTy, object, word));
}

bool FunctionEmitter::emitCellOp(const ir::Instruction &inst, Value *&result) {
    Value *empty = m.rt().globalAsValue(RtGlobal::kr_Stop_obj);
    // Reads the cell's value, raising the unbound-variable error when empty.
    // Cells are internal one-item lists: -O1 and up read and write their
    // item arrays directly (EmitSlice.cpp).
    bool direct = m.inlineFastPaths();
    auto load = [&](Value *cell) {
        Value *v = direct ? b.CreateLoad(valueTy, cellItemAddress(cell), "cell.value")
                          : callChecked(RtFn::kr_getitem, {cell, smallInt(0)});
        BasicBlock *unbound = BasicBlock::Create(b.getContext(), "cell.empty", llfn);
        BasicBlock *bound = BasicBlock::Create(b.getContext(), "", llfn);
        b.CreateCondBr(b.CreateICmpEQ(v, empty), unbound, bound);
        b.SetInsertPoint(unbound);
        callRt(RtFn::kr_raise_unbound_local, {strConst(inst.str)});
        failAlways();
        b.SetInsertPoint(bound);
        return v;
    };
    switch (inst.op) {
    case Opcode::CellNew: {
        AllocaInst *item = entryAlloca(1, "cell.init");
        b.CreateStore(inst.numOperands() ? operand(inst, 0) : empty, item);
        result = callChecked(RtFn::kr_build_list, {valueWord(1), item});
        return true;
    }
    case Opcode::CellLoad:
        result = load(operand(inst, 0));
        return true;
    case Opcode::CellStore:
        if (direct)
            b.CreateStore(operand(inst, 1), cellItemAddress(operand(inst, 0)));
        else
            callChecked(RtFn::kr_setitem, {operand(inst, 0), smallInt(0), operand(inst, 1)});
        return true;
    case Opcode::CellDel:
        load(operand(inst, 0));
        callChecked(RtFn::kr_setitem, {operand(inst, 0), smallInt(0), empty});
        return true;
    case Opcode::ClosureCell: {
        Value *self = b.CreateIntToPtr(llfn->getArg(0), m.rt().ptrType());
        Value *closure = b.CreateLoad(
            valueTy, b.CreateConstInBoundsGEP1_32(valueTy, self, KrFunctionClosureWord), "closure");
        result = direct ? emitClosureCell(closure, static_cast<unsigned>(inst.index()))
                        : callChecked(RtFn::kr_getitem, {closure, smallInt(inst.index())});
        return true;
    }
    default:
        return unsupported(("the '" + std::string(inst.mnemonic()) + "' instruction").c_str());
    }
}

Value *FunctionEmitter::emitNsLoad(const ir::Instruction &inst) {
    Value *name = strConst(inst.str);
    Value *missing = m.rt().globalAsValue(RtGlobal::kr_Stop_obj);
    Value *found = callMethod(operand(inst, 0), "get", {name, missing});
    BasicBlock *inNs = b.GetInsertBlock();
    BasicBlock *lookGlobal = BasicBlock::Create(b.getContext(), "ns.global", llfn);
    BasicBlock *done = BasicBlock::Create(b.getContext(), "ns.done", llfn);
    b.CreateCondBr(b.CreateICmpEQ(found, missing), lookGlobal, done);
    b.SetInsertPoint(lookGlobal);
    Value *global = callChecked(RtFn::kr_global_load,
                                {m.loadConstant(b, ModuleEmitter::ModuleDictIndex), name});
    BasicBlock *fromGlobal = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(done);
    PHINode *phi = b.CreatePHI(valueTy, 2, "ns.value");
    phi->addIncoming(found, inNs);
    phi->addIncoming(global, fromGlobal);
    return phi;
}

Value *FunctionEmitter::emitMakeClass(const ir::Instruction &inst) {
    size_t nBases = inst.numOperands() - 1;
    Value *bases = callChecked(RtFn::kr_build_tuple,
                               {valueWord(nBases), valueArray(inst.operands, 1, nBases)});
    return callBuiltin("type", {strConst(inst.str), bases, operand(inst, 0)});
}

Value *FunctionEmitter::emitCallEx(const ir::Instruction &inst) {
    LLVMContext &ctx = b.getContext();
    Value *callee = operand(inst, 0);
    Value *args = operand(inst, 1);
    Value *kwargs = inst.numOperands() > 2 ? operand(inst, 2) : nullptr;
    Value *nPos = untagInt(callBuiltin("len", {args}));
    Value *kwnames = valueWord(0);
    Value *nKw = valueWord(0);
    if (kwargs) {
        kwnames = callBuiltin("tuple", {kwargs}); // the keys, in order
        nKw = untagInt(callBuiltin("len", {kwnames}));
    }
    // The array lives only for the call; restoring the stack keeps a call.ex
    // in a loop from growing the frame.
    Module &mod = m.llvmModule();
    Value *saved = nullptr;
    Value *buffer;
    if (fn.generator) {
        // A coroutine frame cannot hold a dynamic alloca: use GC scratch.
        buffer =
            b.CreateCall(m.rt().get(RtFn::kr_scratch_alloc), {b.CreateAdd(nPos, nKw)}, "spread");
        failIf(b.CreateIsNull(buffer));
    } else {
        saved =
            b.CreateCall(Intrinsic::getDeclaration(&mod, Intrinsic::stacksave, {m.rt().ptrType()}));
        buffer = b.CreateAlloca(valueTy, b.CreateAdd(nPos, nKw), "spread");
        stackToRestore = saved;
    }
    checkInt(callRt(RtFn::kr_unpack, {args, nPos, buffer}), true);
    if (kwargs) {
        BasicBlock *pre = b.GetInsertBlock();
        BasicBlock *head = BasicBlock::Create(ctx, "kw.head", llfn);
        BasicBlock *body = BasicBlock::Create(ctx, "kw.body", llfn);
        BasicBlock *done = BasicBlock::Create(ctx, "kw.done", llfn);
        b.CreateBr(head);
        b.SetInsertPoint(head);
        PHINode *i = b.CreatePHI(valueTy, 2, "kw.i");
        i->addIncoming(valueWord(0), pre);
        b.CreateCondBr(b.CreateICmpULT(i, nKw), body, done);
        b.SetInsertPoint(body);
        Value *key = callChecked(RtFn::kr_getitem, {kwnames, tagInt(i)});
        Value *value = callChecked(RtFn::kr_getitem, {kwargs, key});
        b.CreateStore(value, b.CreateInBoundsGEP(valueTy, buffer, b.CreateAdd(nPos, i)));
        i->addIncoming(b.CreateAdd(i, valueWord(1)), b.GetInsertBlock());
        b.CreateBr(head);
        b.SetInsertPoint(done);
    }
    Value *result = kwargs ? callChecked(RtFn::kr_call_kw, {callee, nPos, buffer, kwnames})
                           : callChecked(RtFn::kr_call, {callee, nPos, buffer});
    stackToRestore = nullptr;
    if (saved) restoreStack(saved);
    return result;
}

Value *FunctionEmitter::emitUnpack(const ir::Instruction &inst) {
    unsigned n = static_cast<unsigned>(inst.imm);
    AllocaInst *out = entryAlloca(n ? n : 1, "unpacked");
    Value *seq = operand(inst, 0);
    if (!m.inlineFastPaths() || !hotSite() || n == 0) {
        checkInt(callRt(RtFn::kr_unpack, {seq, valueWord(n), out}), true);
        return out;
    }
    // `for a, b in pairs:` unpacks tuples it built or was given; their
    // length is the only check kr_unpack would make.
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    MDNode *likely = md.createBranchWeights(1000, 1);
    BasicBlock *isObject = BasicBlock::Create(ctx, "unpack.obj", llfn);
    BasicBlock *copy = BasicBlock::Create(ctx, "unpack.tuple", llfn);
    BasicBlock *slow = BasicBlock::Create(ctx, "unpack.slow", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "unpack.done", llfn);
    b.CreateCondBr(b.CreateICmpEQ(b.CreateAnd(seq, valueWord(3)), valueWord(0)), isObject, slow,
                   likely);
    b.SetInsertPoint(isObject);
    Value *object = b.CreateIntToPtr(seq, m.rt().ptrType());
    Value *type = b.CreateLoad(valueTy, object, "unpack.type");
    Value *len = b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, object, KrSeqLenWord));
    Value *isTuple = b.CreateICmpEQ(type, m.rt().globalAsValue(RtGlobal::kr_type_tuple));
    b.CreateCondBr(b.CreateAnd(isTuple, b.CreateICmpEQ(len, valueWord(n))), copy, slow, likely);
    b.SetInsertPoint(copy);
    for (unsigned i = 0; i < n; ++i) {
        Value *item = b.CreateLoad(
            valueTy, b.CreateConstInBoundsGEP1_32(valueTy, object, KrTupleItemsWord + i));
        b.CreateStore(item, b.CreateConstInBoundsGEP1_32(valueTy, out, i));
    }
    b.CreateBr(done);
    b.SetInsertPoint(slow);
    checkInt(callRt(RtFn::kr_unpack, {seq, valueWord(n), out}), true);
    b.CreateBr(done);
    b.SetInsertPoint(done);
    return out;
}

Value *FunctionEmitter::emitUnpackEx(const ir::Instruction &inst) {
    unsigned before = static_cast<unsigned>(inst.imm);
    unsigned after = static_cast<unsigned>(inst.imm2);
    Value *list = callBuiltin("list", {operand(inst, 0)});
    Value *n = untagInt(callBuiltin("len", {list}));
    AllocaInst *out = entryAlloca(before + 1 + after, "unpacked");

    // Too few items: let kr_unpack raise its ValueError for the fixed part.
    BasicBlock *tooFew = BasicBlock::Create(b.getContext(), "unpack.short", llfn);
    BasicBlock *enough = BasicBlock::Create(b.getContext(), "", llfn);
    b.CreateCondBr(b.CreateICmpSLT(n, valueWord(before + after)), tooFew, enough);
    b.SetInsertPoint(tooFew);
    AllocaInst *scratch = entryAlloca(before + after ? before + after : 1, "unpack.scratch");
    callRt(RtFn::kr_unpack, {list, valueWord(before + after), scratch});
    failAlways();

    b.SetInsertPoint(enough);
    auto put = [&](unsigned index, Value *v) {
        b.CreateStore(v, b.CreateConstInBoundsGEP1_32(valueTy, out, index));
    };
    for (unsigned i = 0; i < before; ++i)
        put(i, callChecked(RtFn::kr_getitem, {list, smallInt(i)}));
    Value *restEnd = b.CreateSub(n, valueWord(after));
    Value *slice = callChecked(RtFn::kr_build_slice, {smallInt(before), tagInt(restEnd),
                                                      m.rt().globalAsValue(RtGlobal::kr_None)});
    put(before, callChecked(RtFn::kr_getitem, {list, slice}));
    for (unsigned j = 0; j < after; ++j) {
        Value *index = tagInt(b.CreateAdd(restEnd, valueWord(j)));
        put(before + 1 + j, callChecked(RtFn::kr_getitem, {list, index}));
    }
    return out;
}

} // namespace krait::codegen
