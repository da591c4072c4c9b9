//===- codegen/EmitOperatorCall.cpp - direct calls of user operator methods -===//
//
// `a - b` on instances of a user class (raytrace's Vec.__sub__) goes through
// kr_binary_op, which finds the class's __sub__ with a special-method lookup
// and calls it through kr_function_call_self. When the module's class bodies
// define the operator's method as a plain function of (self, other), an
// arithmetic `binary` whose operands may be instances gets a per-site
// kr_binop_site (runtime/binop_site.h) and, for a left operand that is a
// user-class instance:
//
//  - while the class epoch, the left operand's type and the right operand's
//    type are the cached ones, the cached function is compared with the
//    guessed methods' code infos and the match's native entry is called with
//    (function, lhs, rhs), as a guessed method call is; a NotImplemented
//    result continues in kr_binary_op_after (the reflected method, then
//    TypeError), exactly where the runtime's protocol would;
//  - otherwise kr_binary_op_site runs the whole protocol and fills the site
//    when the operands qualify (the runtime checks that no subclass's
//    reflected method would come first and that an in-place operator has no
//    in-place method of its own).
//
// Operands that are not user instances take the ordinary inline paths (small
// ints, floats) and kr_binary_op, as before.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/MDBuilder.h"

using namespace llvm;

namespace krait::codegen {

namespace {

/// Candidates an operator site tries (one class per guess).
constexpr size_t MaxOperatorCandidates = 4;

/// The forward method name of arithmetic operator `op` (in-place forms map
/// to the plain one: the site only caches classes without an in-place
/// method), or null for comparisons and the rest.
const char *operatorMethod(ir::BinaryOp op) {
    using ir::BinaryOp;
    if (ir::isInPlace(op))
        op = static_cast<BinaryOp>(static_cast<int>(op) - static_cast<int>(BinaryOp::IOr) +
                                   static_cast<int>(BinaryOp::Or));
    switch (op) {
    case BinaryOp::Or:
        return "__or__";
    case BinaryOp::Xor:
        return "__xor__";
    case BinaryOp::And:
        return "__and__";
    case BinaryOp::LShift:
        return "__lshift__";
    case BinaryOp::RShift:
        return "__rshift__";
    case BinaryOp::Add:
        return "__add__";
    case BinaryOp::Sub:
        return "__sub__";
    case BinaryOp::Mul:
        return "__mul__";
    case BinaryOp::MatMul:
        return "__matmul__";
    case BinaryOp::FloorDiv:
        return "__floordiv__";
    case BinaryOp::TrueDiv:
        return "__truediv__";
    case BinaryOp::Mod:
        return "__mod__";
    case BinaryOp::Pow:
        return "__pow__";
    default:
        return nullptr;
    }
}

/// Whether an operand may be a user instance by its static kind.
bool mayBeInstance(const ir::Instruction *v) {
    switch (v->op) {
    case ir::Opcode::ConstInt:
    case ir::Opcode::ConstFloat:
    case ir::Opcode::ConstStr:
    case ir::Opcode::ConstComplex:
    case ir::Opcode::ConstBytes:
    case ir::Opcode::ConstNone:
    case ir::Opcode::ConstTrue:
    case ir::Opcode::ConstFalse:
        return false;
    default:
        return v->type.kind() == ir::Type::Object;
    }
}

/// kr_binop_site: epoch, lhs type, rhs type, function (binop_site.h).
constexpr unsigned SiteWords = 4;

} // namespace

bool isOperatorMethod(const ir::Function &fn) {
    static const char *const names[] = {
        "__or__",  "__xor__",    "__and__",      "__lshift__",  "__rshift__", "__add__", "__sub__",
        "__mul__", "__matmul__", "__floordiv__", "__truediv__", "__mod__",    "__pow__"};
    for (const char *n : names)
        if (fn.name == n) return true;
    return false;
}

std::vector<const ir::Function *> ModuleEmitter::likelyOperators(const ir::Instruction &binary) {
    if (binary.op != ir::Opcode::Binary || !inlineFastPaths()) return {};
    const char *name = operatorMethod(binary.binaryOp());
    if (!name || !mayBeInstance(binary.operand(0)) || binary.type.kind() != ir::Type::Object)
        return {};
    if (!operatorMethodsFound) {
        operatorMethodsFound = true;
        for (const auto &f : module.functions()) {
            // A plain (self, other) function of a class body ("C.__sub__").
            if (!isOperatorMethod(*f) || f->generator || f->varargs || f->varkw ||
                f->nKwOnly != 0 || f->nPos != 2 || f->symbol == f->name ||
                f->symbol.find('<') != std::string::npos)
                continue;
            operatorMethods[f->name].push_back(f.get());
        }
    }
    auto it = operatorMethods.find(name);
    if (it == operatorMethods.end() || it->second.size() > MaxOperatorCandidates) return {};
    return it->second;
}

Value *FunctionEmitter::emitUserOperator(const ir::Instruction &inst, Value *lhs, Value *rhs,
                                         const BinaryPaths &paths) {
    if (paths.bit) return nullptr;
    std::vector<std::pair<const ir::Function *, const ModuleEmitter::NativeEntry *>> targets;
    for (const ir::Function *target : m.likelyOperators(inst))
        if (const ModuleEmitter::NativeEntry *entry = m.nativeEntry(target))
            if (!entry->doubleParams[0] && !entry->doubleParams[1])
                targets.push_back({target, entry});
    if (targets.empty()) return nullptr;

    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    MDNode *likely = md.createBranchWeights(1000, 1);
    Type *ptrTy = m.rt().ptrType();
    ArrayType *siteTy = ArrayType::get(valueTy, SiteWords);
    auto *site = new GlobalVariable(m.llvmModule(), siteTy, /*isConstant=*/false,
                                    GlobalValue::PrivateLinkage, ConstantAggregateZero::get(siteTy),
                                    "binop.site");
    Value *opCode = b.getInt32(static_cast<int>(inst.binaryOp()));
    BasicBlock *other = BasicBlock::Create(ctx, "uop.other");
    BasicBlock *miss = BasicBlock::Create(ctx, "uop.miss");
    BasicBlock *done = BasicBlock::Create(ctx, "uop.done");
    std::vector<std::pair<Value *, BasicBlock *>> incoming;

    // A user instance on the left whose class and right operand's type the
    // site holds in the current epoch.
    auto [object, ltype] = emitUserInstanceCheck(lhs, other, "uop");
    Value *ltypeWord = b.CreatePtrToInt(ltype, valueTy);
    // A small int's type is int; its word is never read as a pointer.
    Value *rhsSmall = b.CreateTrunc(rhs, b.getInt1Ty());
    Value *rhsObject = b.CreateSelect(rhsSmall, object, b.CreateIntToPtr(rhs, ptrTy));
    Value *rtype = b.CreateSelect(rhsSmall, m.rt().globalAsValue(RtGlobal::kr_type_int),
                                  b.CreateLoad(valueTy, rhsObject, "uop.rtype"));
    auto word = [&](unsigned i, const Twine &name) {
        return b.CreateLoad(valueTy, b.CreateConstInBoundsGEP2_32(siteTy, site, 0, i), name);
    };
    Value *epochOk = b.CreateICmpEQ(
        word(0, "uop.epoch"),
        b.CreateLoad(valueTy, m.rt().global(RtGlobal::kr_class_epoch), "class.epoch"));
    Value *hit = b.CreateAnd(epochOk, b.CreateAnd(b.CreateICmpEQ(word(1, "uop.lt"), ltypeWord),
                                                  b.CreateICmpEQ(word(2, "uop.rt"), rtype)));
    BasicBlock *isHit = BasicBlock::Create(ctx, "uop.hit", llfn);
    b.CreateCondBr(hit, isHit, miss, likely);
    b.SetInsertPoint(isHit);
    Value *fnWord = word(3, "uop.fn");
    Value *info = b.CreateLoad(
        ptrTy,
        b.CreateConstInBoundsGEP1_32(valueTy, b.CreateIntToPtr(fnWord, ptrTy), KrFunctionInfoWord),
        "info");
    for (size_t t = 0; t < targets.size(); ++t) {
        auto [target, entry] = targets[t];
        BasicBlock *direct = BasicBlock::Create(ctx, "uop.direct", llfn);
        BasicBlock *next =
            t + 1 < targets.size() ? BasicBlock::Create(ctx, "uop.next", llfn) : miss;
        b.CreateCondBr(b.CreateICmpEQ(info, m.codeInfo(target)), direct, next,
                       t == 0 ? likely : nullptr);
        b.SetInsertPoint(direct);
        CallInst *native = b.CreateCall(entry->fn, {fnWord, lhs, rhs});
        markHotCall(*entry, native);
        Value *r = nullptr;
        if (entry->doubleResult) {
            failIf(b.CreateExtractValue(native, 1));
            r = callChecked(RtFn::kr_float_new, {b.CreateExtractValue(native, 0)});
            incoming.push_back({r, b.GetInsertBlock()});
            b.CreateBr(done);
        } else {
            r = checkValue(native);
            // NotImplemented: the protocol goes on with the reflected method.
            BasicBlock *declined = BasicBlock::Create(ctx, "uop.notimpl", llfn);
            BasicBlock *answered = b.GetInsertBlock();
            incoming.push_back({r, answered});
            b.CreateCondBr(b.CreateICmpEQ(r, m.rt().globalAsValue(RtGlobal::kr_NotImplemented_obj)),
                           declined, done, md.createBranchWeights(1, 1000));
            b.SetInsertPoint(declined);
            Value *after = callChecked(RtFn::kr_binary_op_after, {opCode, lhs, rhs});
            incoming.push_back({after, b.GetInsertBlock()});
            b.CreateBr(done);
        }
        if (next != miss) b.SetInsertPoint(next);
    }

    miss->insertInto(llfn);
    b.SetInsertPoint(miss);
    Value *filled = callChecked(RtFn::kr_binary_op_site, {opCode, lhs, rhs, site});
    incoming.push_back({filled, b.GetInsertBlock()});
    b.CreateBr(done);

    // Not a user instance: the paths the operand kinds allow, as before.
    other->insertInto(llfn);
    b.SetInsertPoint(other);
    Value *r = emitSmallIntBinary(inst.binaryOp(), lhs, rhs, paths);
    if (!r) r = emitGenericBinary(inst.binaryOp(), lhs, rhs, paths);
    incoming.push_back({r, b.GetInsertBlock()});
    b.CreateBr(done);

    done->insertInto(llfn);
    b.SetInsertPoint(done);
    PHINode *phi = b.CreatePHI(valueTy, static_cast<unsigned>(incoming.size()), "uop.result");
    for (auto [v, bb] : incoming)
        phi->addIncoming(v, bb);
    return phi;
}

} // namespace krait::codegen
