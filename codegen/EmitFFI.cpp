//===- codegen/EmitFFI.cpp - inline hardware access -----------------------===//
//
// `machine.mem32[addr]` (or `mem32[addr]` after `from machine import mem32`)
// and its stores compile to one volatile load or store of the width when
// the indexed object really is the runtime's machine.mem8/16/32 object
// (checked by address, so rebinding the names keeps Python's meaning) and
// the address is a small int aligned to the width or a constant. Anything
// else takes the generic getitem/setitem call, where the runtime's mem
// objects raise the right errors (docs/FFI.md).
//
// Likewise viper's `ptrN(x)[i]` (runtime/viper.h): when the object's type
// word is kr_type_viper_ptrN and the index a small int, one volatile access
// at its base address + i*N.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/ADT/APInt.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/MDBuilder.h"

using namespace llvm;

namespace krait::codegen {

namespace {

/// The access width in bytes when `obj` is spelled `<x>.memN` or `memN`
/// (N = 8, 16, 32); 0 otherwise.
unsigned memWidth(const ir::Instruction *obj) {
    if (obj->op != ir::Opcode::GetAttr && obj->op != ir::Opcode::GlobalLoad) return 0;
    if (obj->str == "mem8") return 1;
    if (obj->str == "mem16") return 2;
    if (obj->str == "mem32") return 4;
    return 0;
}

/// The item width when `obj` is a call `ptrN(x)` (N = 8, 16, 32) of a global
/// or built-in; 0 otherwise.
unsigned viperWidth(const ir::Instruction *obj) {
    if (obj->op != ir::Opcode::Call || obj->numOperands() != 2) return 0;
    const ir::Instruction *callee = obj->operand(0);
    if (callee->op != ir::Opcode::GlobalLoad && callee->op != ir::Opcode::BuiltinLoad) return 0;
    if (callee->str == "ptr8") return 1;
    if (callee->str == "ptr16") return 2;
    if (callee->str == "ptr32") return 4;
    return 0;
}

/// The address a `const.int` index names, when it fits the target's
/// pointers and is aligned to `width`.
std::optional<uint64_t> constantAddress(const ir::Instruction *index, unsigned width,
                                        unsigned pointerBits) {
    if (index->op != ir::Opcode::ConstInt) return std::nullopt;
    StringRef text(index->str);
    APInt value;
    if (text.starts_with("-") || text.getAsInteger(10, value)) return std::nullopt;
    if (value.getActiveBits() > pointerBits) return std::nullopt;
    uint64_t addr = value.getZExtValue();
    if (addr & (width - 1)) return std::nullopt;
    return addr;
}

} // namespace

bool FunctionEmitter::emitMachineMem(const ir::Instruction &inst, Value *&result) {
    if (unsigned width = viperWidth(inst.operand(0))) return emitViperPtr(inst, width, result);
    bool store = inst.op == ir::Opcode::SetItem;
    unsigned width = memWidth(inst.operand(0));
    if (!width) return false;
    LLVMContext &ctx = b.getContext();
    unsigned bits = valueTy->getBitWidth();
    Value *obj = operand(inst, 0), *index = operand(inst, 1);
    Value *value = store ? operand(inst, 2) : nullptr;

    // The runtime's object, referenced weakly: a program without the
    // machine module links none, and the test is then simply false.
    std::string symbol = "kr_machine_mem" + std::to_string(width * 8);
    auto *memObj =
        cast<GlobalVariable>(m.llvmModule().getOrInsertGlobal(symbol, Type::getInt8Ty(ctx)));
    memObj->setLinkage(GlobalValue::ExternalWeakLinkage);
    Value *cond = b.CreateICmpEQ(obj, b.CreatePtrToInt(memObj, valueTy), "is.mem");

    std::optional<uint64_t> constAddr = constantAddress(inst.operand(1), width, bits);
    if (!constAddr) {
        // A small int (tag bit set) with the low bits of the address clear.
        Value *mask = valueWord(1 | ((uint64_t)(width - 1) << 1));
        cond = b.CreateAnd(cond, b.CreateICmpEQ(b.CreateAnd(index, mask), valueWord(1)));
    }
    if (store) cond = b.CreateAnd(cond, b.CreateTrunc(value, b.getInt1Ty())); // a small int

    BasicBlock *fast = BasicBlock::Create(ctx, "mem.fast", llfn);
    BasicBlock *slow = BasicBlock::Create(ctx, "mem.slow", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "mem.done", llfn);
    b.CreateCondBr(cond, fast, slow, MDBuilder(ctx).createBranchWeights(1000, 1));

    b.SetInsertPoint(fast);
    Value *addr = constAddr ? (Value *)valueWord(*constAddr) : untagInt(index);
    emitWordAccess(obj, index, value, width, width, addr, slow, done, "mem", result);
    return true;
}

bool FunctionEmitter::emitViperPtr(const ir::Instruction &inst, unsigned width, Value *&result) {
    bool store = inst.op == ir::Opcode::SetItem;
    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    Value *obj = operand(inst, 0), *index = operand(inst, 1);
    Value *value = store ? operand(inst, 2) : nullptr;
    BasicBlock *check = BasicBlock::Create(ctx, "ptr.check", llfn);
    BasicBlock *fast = BasicBlock::Create(ctx, "ptr.fast", llfn);
    BasicBlock *slow = BasicBlock::Create(ctx, "ptr.slow", llfn);
    BasicBlock *done = BasicBlock::Create(ctx, "ptr.done", llfn);

    // A heap object (low tag bits clear, not null) with a small-int index
    // (and value), before reading its type word.
    Value *ok = b.CreateAnd(b.CreateICmpEQ(b.CreateAnd(obj, valueWord(3)), valueWord(0)),
                            b.CreateICmpNE(obj, valueWord(0)));
    ok = b.CreateAnd(ok, b.CreateTrunc(index, b.getInt1Ty()));
    if (store) ok = b.CreateAnd(ok, b.CreateTrunc(value, b.getInt1Ty()));
    b.CreateCondBr(ok, check, slow, md.createBranchWeights(1000, 1));

    // runtime/viper.h: { type, addr }; the type names the width.
    b.SetInsertPoint(check);
    std::string symbol = "kr_type_viper_ptr" + std::to_string(width * 8);
    auto *type =
        cast<GlobalVariable>(m.llvmModule().getOrInsertGlobal(symbol, Type::getInt8Ty(ctx)));
    type->setLinkage(GlobalValue::ExternalLinkage);
    Value *object = b.CreateIntToPtr(obj, m.rt().ptrType());
    Value *typeWord = b.CreateLoad(m.rt().ptrType(), object, "ptr.type");
    b.CreateCondBr(b.CreateICmpEQ(typeWord, type), fast, slow, md.createBranchWeights(1000, 1));

    b.SetInsertPoint(fast);
    Value *base =
        b.CreateLoad(valueTy, b.CreateConstInBoundsGEP1_32(valueTy, object, 1), "ptr.base");
    Value *addr = b.CreateAdd(base, b.CreateMul(untagInt(index), valueWord(width)));
    // viper allows any address: alignment 1, the target decides.
    emitWordAccess(obj, index, value, width, 1, addr, slow, done, "ptr", result);
    return true;
}

void FunctionEmitter::emitWordAccess(Value *obj, Value *index, Value *value, unsigned width,
                                     unsigned align, Value *addr, BasicBlock *slow,
                                     BasicBlock *done, StringRef prefix, Value *&result) {
    bool store = value != nullptr;
    Value *ptr = b.CreateIntToPtr(addr, m.rt().ptrType(), prefix + ".addr");
    Type *wordTy = b.getIntNTy(width * 8);
    Value *fastResult = nullptr;
    if (store) {
        b.CreateStore(b.CreateTrunc(untagInt(value), wordTy), ptr, true)
            ->setAlignment(Align(align));
    } else {
        LoadInst *ld = b.CreateLoad(wordTy, ptr, true, prefix + ".word");
        ld->setAlignment(Align(align));
        // Unsigned: every width fits a small int on 64-bit targets; a 32-bit
        // word on a 32-bit target may need a big int.
        if (width * 8 + 2 <= valueTy->getBitWidth())
            fastResult = tagInt(b.CreateZExt(ld, valueTy));
        else
            fastResult = callChecked(RtFn::kr_int_from_i64, {b.CreateZExt(ld, b.getInt64Ty())});
    }
    BasicBlock *fastEnd = b.GetInsertBlock();
    b.CreateBr(done);

    b.SetInsertPoint(slow);
    Value *slowResult = store ? callChecked(RtFn::kr_setitem, {obj, index, value})
                              : callChecked(RtFn::kr_getitem, {obj, index});
    BasicBlock *slowEnd = b.GetInsertBlock();
    b.CreateBr(done);

    b.SetInsertPoint(done);
    if (!store) {
        PHINode *phi = b.CreatePHI(valueTy, 2, prefix + ".value");
        phi->addIncoming(fastResult, fastEnd);
        phi->addIncoming(slowResult, slowEnd);
        result = phi;
    }
}

} // namespace krait::codegen
