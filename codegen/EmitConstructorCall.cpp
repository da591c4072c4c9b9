//===- codegen/EmitConstructorCall.cpp - direct constructor calls ----------===//
//
// `Vec(x, y, z)` calls the class through kr_call: type_call, class_make_new
// (a lookup of __new__ and __init__), kr_function_call_self (argument checks,
// the argument array) and __init__'s generic entry. When the callee is a
// global naming a class of this module whose __init__ is a plain function
// of self and exactly the call's arguments, the call gets a kr_ctor_site
// (runtime/ctor_site.h): while the callee is the class the site holds and no
// class changed (the epoch), and the site's __init__ is that function (its
// code info), the instance is allocated (kr_ctor_alloc: with its presized
// dict, as class_make_new does) and __init__'s native entry called with it
// and the arguments, float arguments as doubles when the inference typed
// __init__'s parameters. Anything else, and the first call, is
// kr_ctor_site_call: kr_call, filling the site when the class qualifies.
//
//===----------------------------------------------------------------------===//

#include "codegen/EmitterImpl.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/MDBuilder.h"

using namespace llvm;

namespace krait::codegen {

namespace {

/// kr_ctor_site: epoch, class, __init__, rooted.
constexpr unsigned CtorSiteWords = 4;

} // namespace

const ir::Function *ModuleEmitter::likelyConstructor(const ir::Instruction &call) {
    const ir::Instruction *callee = call.operand(0);
    if (call.op != ir::Opcode::Call || callee->op != ir::Opcode::GlobalLoad || !inlineFastPaths())
        return nullptr;
    // A module-level def of the name is the likelier callee (the class
    // body's function, one parameter ".ns", has the class's name too).
    auto top = topLevelFunctions.find(callee->str);
    if (top != topLevelFunctions.end() &&
        !(top->second && top->second->params.size() == 1 && top->second->params[0] == ".ns"))
        return nullptr;
    const ir::Function *init = functionBySymbol(callee->str + ".__init__");
    size_t nargs = call.numOperands() - 1;
    if (!init || init->generator || init->varargs || init->varkw || init->nKwOnly != 0 ||
        init->nPos != nargs + 1)
        return nullptr;
    return init;
}

bool FunctionEmitter::emitConstructorCall(const ir::Instruction &call, Value *&result) {
    const ir::Function *init = m.likelyConstructor(call);
    // In loops and in small functions (an operator method, an accessor: hot
    // through their callers' loops); elsewhere the blocks cost compile time
    // for a call that runs rarely.
    if (!init || !(hotSite() || (native && native->small))) return false;
    const ModuleEmitter::NativeEntry *entry = m.nativeEntry(init);
    if (!entry || !canCallMethod(*entry, call)) return false;

    LLVMContext &ctx = b.getContext();
    MDBuilder md(ctx);
    Type *ptrTy = m.rt().ptrType();
    ArrayType *siteTy = ArrayType::get(valueTy, CtorSiteWords);
    auto *site = new GlobalVariable(m.llvmModule(), siteTy, /*isConstant=*/false,
                                    GlobalValue::PrivateLinkage, ConstantAggregateZero::get(siteTy),
                                    "ctor.site");
    auto word = [&](unsigned i, const Twine &name) {
        return b.CreateLoad(valueTy, b.CreateConstInBoundsGEP2_32(siteTy, site, 0, i), name);
    };
    Value *callee = operand(call, 0);
    // One branch: the site's class in the current epoch, whose __init__ (a
    // function: the site only holds one) is the guessed one. On a miss the
    // stand-in's null code info is read instead.
    Value *hit =
        b.CreateAnd(b.CreateICmpEQ(word(1, "ctor.cls"), callee),
                    b.CreateICmpEQ(word(0, "ctor.epoch"),
                                   b.CreateLoad(valueTy, m.rt().global(RtGlobal::kr_class_epoch),
                                                "class.epoch")));
    Value *initWord = word(2, "ctor.init");
    Value *initObject = b.CreateSelect(hit, b.CreateIntToPtr(initWord, ptrTy), m.notFloatObject());
    Value *info = b.CreateLoad(
        ptrTy, b.CreateConstInBoundsGEP1_32(valueTy, initObject, KrFunctionInfoWord), "info");
    BasicBlock *direct = BasicBlock::Create(ctx, "ctor.direct", llfn);
    BasicBlock *miss = BasicBlock::Create(ctx, "ctor.miss");
    BasicBlock *done = BasicBlock::Create(ctx, "ctor.done");
    b.CreateCondBr(b.CreateICmpEQ(info, m.codeInfo(init)), direct, miss,
                   md.createBranchWeights(1000, 1));

    b.SetInsertPoint(direct);
    Value *obj = callChecked(RtFn::kr_ctor_alloc, {callee});
    std::vector<Value *> args{initWord, obj};
    for (size_t i = 1; i < call.numOperands(); ++i)
        args.push_back(entry->doubleParams[i] ? floatOperand(call.operand(i)) : operand(call, i));
    CallInst *native = b.CreateCall(entry->fn, args);
    markHotCall(*entry, native);
    Value *r = checkValue(native);
    // __init__ returned None: the instance; anything else is a TypeError.
    BasicBlock *notNone = BasicBlock::Create(ctx, "ctor.notnone", llfn);
    BasicBlock *directEnd = b.GetInsertBlock();
    b.CreateCondBr(b.CreateICmpEQ(r, m.rt().globalAsValue(RtGlobal::kr_None)), done, notNone,
                   md.createBranchWeights(1000, 1));
    b.SetInsertPoint(notNone);
    Value *bad = callChecked(RtFn::kr_ctor_init_result, {r, obj});
    BasicBlock *notNoneEnd = b.GetInsertBlock();
    b.CreateBr(done);

    miss->insertInto(llfn);
    b.SetInsertPoint(miss);
    size_t n = call.numOperands() - 1;
    Value *called = callChecked(RtFn::kr_ctor_site_call,
                                {callee, valueWord(n), valueArray(call.operands, 1, n), site});
    BasicBlock *missEnd = b.GetInsertBlock();
    b.CreateBr(done);

    done->insertInto(llfn);
    b.SetInsertPoint(done);
    PHINode *phi = b.CreatePHI(valueTy, 3, "ctor.result");
    phi->addIncoming(obj, directEnd);
    phi->addIncoming(bad, notNoneEnd);
    phi->addIncoming(called, missEnd);
    result = phi;
    return true;
}

} // namespace krait::codegen
