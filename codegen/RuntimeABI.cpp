//===- codegen/RuntimeABI.cpp - runtime declarations in LLVM IR -----------===//

#include "codegen/RuntimeABI.h"

#include "llvm/IR/Constants.h"

#include <vector>

using namespace llvm;

namespace krait::codegen {

namespace {
/// Spelling of each RuntimeABI.def type, resolved against one module.
enum class AbiType { Void, Value, Int32, Int64, SizeT, Double, Ptr };
} // namespace

const char *rtFnName(RtFn fn) {
    static const char *const names[] = {
#define RT_FUNC(name, ret, params) #name,
#include "codegen/RuntimeABI.def"
    };
    return names[static_cast<unsigned>(fn)];
}

const char *rtGlobalName(RtGlobal g) {
    static const char *const names[] = {
#define RT_GLOBAL(name, type) #name,
#include "codegen/RuntimeABI.def"
    };
    return names[static_cast<unsigned>(g)];
}

RuntimeABI::RuntimeABI(Module &module)
    : module(module), valueTy(module.getDataLayout().getIntPtrType(module.getContext())) {}

FunctionType *RuntimeABI::codeFnType() const {
    return FunctionType::get(valueTy, {valueTy, ptrType()}, false);
}

FunctionType *RuntimeABI::signature(RtFn fn) const {
    LLVMContext &ctx = module.getContext();
    auto lower = [&](AbiType t) -> Type * {
        switch (t) {
        case AbiType::Void:
            return Type::getVoidTy(ctx);
        case AbiType::Value:
        case AbiType::SizeT:
            return valueTy;
        case AbiType::Int32:
            return Type::getInt32Ty(ctx);
        case AbiType::Int64:
            return Type::getInt64Ty(ctx);
        case AbiType::Double:
            return Type::getDoubleTy(ctx);
        case AbiType::Ptr:
            return ptrType();
        }
        return nullptr;
    };
    // Each entry expands to a lambda building its own parameter list; the
    // `using enum` lets the .def spell types without qualification.
    using enum AbiType;
#define KRAIT_UNPAREN(...) __VA_ARGS__
    switch (fn) {
#define RT_FUNC(name, ret, params)                                                                 \
    case RtFn::name: {                                                                             \
        std::vector<Type *> ps;                                                                    \
        for (AbiType t : std::initializer_list<AbiType>{KRAIT_UNPAREN params})                     \
            ps.push_back(lower(t));                                                                \
        return FunctionType::get(lower(ret), ps, false);                                           \
    }
#include "codegen/RuntimeABI.def"
#undef KRAIT_UNPAREN
    }
    return nullptr;
}

Function *RuntimeABI::get(RtFn fn) {
    Function *&slot = fns[static_cast<unsigned>(fn)];
    if (slot) return slot;
    const char *name = rtFnName(fn);
    FunctionType *type = signature(fn);
    if (Function *existing = module.getFunction(name)) {
        slot = existing;
        return slot;
    }
    slot = Function::Create(type, GlobalValue::ExternalLinkage, name, module);
    slot->setDoesNotThrow();
    return slot;
}

GlobalVariable *RuntimeABI::global(RtGlobal g) {
    GlobalVariable *&slot = globals[static_cast<unsigned>(g)];
    if (slot) return slot;
    const char *name = rtGlobalName(g);
    if (GlobalVariable *existing = module.getGlobalVariable(name)) {
        slot = existing;
        return slot;
    }
    slot = new GlobalVariable(module, valueTy, /*isConstant=*/g != RtGlobal::kr_stack_limit &&
                                                     g != RtGlobal::kr_builtins_dict &&
                                                     g != RtGlobal::kr_class_epoch,
                              GlobalValue::ExternalLinkage, nullptr, name);
    return slot;
}

Constant *RuntimeABI::globalAsValue(RtGlobal g) {
    return ConstantExpr::getPtrToInt(global(g), valueTy);
}

} // namespace krait::codegen
