//===- codegen/ExternABI.cpp - C prototypes of @extern functions ----------===//

#include "codegen/ExternABI.h"

#include "llvm/IR/Function.h"

#include <optional>

using namespace llvm;

namespace krait::codegen {

namespace {

/// The extension attribute C's ABIs give small integers and bool.
std::optional<Attribute::AttrKind> extension(const ir::CType &c) {
    if (c.kind == ir::CType::Boolean) return Attribute::ZExt;
    if (c.kind == ir::CType::Integer && c.bits != 0 && c.bits < 32)
        return c.isSigned ? Attribute::SExt : Attribute::ZExt;
    return std::nullopt;
}

} // namespace

Type *externValueType(Module &module, const ir::CType &type) {
    LLVMContext &ctx = module.getContext();
    switch (type.kind) {
    case ir::CType::Integer:
        return Type::getIntNTy(ctx, type.intBits(module.getDataLayout().getPointerSizeInBits()));
    case ir::CType::Floating:
        return type.bits == 32 ? Type::getFloatTy(ctx) : Type::getDoubleTy(ctx);
    case ir::CType::Boolean:
        return Type::getInt1Ty(ctx);
    case ir::CType::String:
    case ir::CType::Buffer:
    case ir::CType::Pointer:
        return PointerType::get(ctx, 0);
    case ir::CType::Void:
        break;
    }
    return Type::getVoidTy(ctx);
}

FunctionCallee declareExternFunction(Module &module, const ir::ExternDecl &decl) {
    std::vector<Type *> params;
    for (const ir::CType &p : decl.params)
        params.push_back(externValueType(module, p));
    FunctionType *type = FunctionType::get(externValueType(module, decl.result), params, false);
    FunctionCallee callee = module.getOrInsertFunction(decl.name, type);
    // A symbol the module already defines otherwise keeps its own attributes.
    auto *f = dyn_cast<Function>(callee.getCallee());
    if (f && f->getFunctionType() == type && f->isDeclaration()) {
        if (auto ext = extension(decl.result)) f->addRetAttr(*ext);
        for (size_t i = 0; i < decl.params.size(); ++i)
            if (auto ext = extension(decl.params[i])) f->addParamAttr(i, *ext);
    }
    return callee;
}

std::string externInfoSymbol(const std::string &module, const std::string &name) {
    return "kr_extern_info." + module + "." + name;
}

} // namespace krait::codegen
