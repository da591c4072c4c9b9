//===- driver/ModuleTable.cpp - the program's compiled-module table -------===//

#include "driver/ModuleTable.h"
#include "driver/BuiltinUse.h"

#include "codegen/Emitter.h"
#include "codegen/ObjectWriter.h"
#include "codegen/Target.h"

#include <llvm/IR/Constants.h>
#include <llvm/IR/DerivedTypes.h>
#include <llvm/IR/GlobalVariable.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Transforms/Utils/ModuleUtils.h>

using namespace llvm;

namespace krait {

namespace {

/// A private NUL-terminated string constant.
Constant *cString(Module &m, const std::string &s) {
    Constant *init = ConstantDataArray::getString(m.getContext(), s, /*AddNull=*/true);
    auto *gv =
        new GlobalVariable(m, init->getType(), true, GlobalValue::PrivateLinkage, init, ".str");
    gv->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
    gv->setAlignment(Align(1));
    return gv;
}

/// `kr_linked_builtin_modules`: one strong reference per imported built-in
/// module, kept alive by llvm.used so the linker pulls each definition out of
/// the runtime archive.
void referenceBuiltinModules(Module &m, const std::vector<std::string> &names) {
    if (names.empty()) return;
    PointerType *ptr = PointerType::get(m.getContext(), 0);
    std::vector<Constant *> refs;
    // runtime/module.h: `const kr_builtin_module_def kr_module_<name>`, a
    // global-namespace variable, so its symbol is its plain name.
    for (const std::string &n : names)
        refs.push_back(m.getOrInsertGlobal("kr_module_" + n, Type::getInt8Ty(m.getContext())));
    ArrayType *ty = ArrayType::get(ptr, refs.size());
    auto *table = new GlobalVariable(m, ty, true, GlobalValue::InternalLinkage,
                                     ConstantArray::get(ty, refs), "kr_linked_builtin_modules");
    appendToUsed(m, {table});
}

/// `kr_linked_builtins` (runtime/module.h): a {name, object} row per named
/// on-demand builtin, then {null, null}. Its references pull the objects'
/// definitions out of the runtime archive; without it the runtime's weak
/// declaration is null.
void writeLinkedBuiltins(Module &m, const std::vector<std::string> &names) {
    if (names.empty()) return;
    LLVMContext &ctx = m.getContext();
    PointerType *ptr = PointerType::get(ctx, 0);
    StructType *rowTy = StructType::get(ctx, {ptr, ptr});
    std::vector<Constant *> rows;
    for (const std::string &n : names) {
        // The objects are global-namespace variables: their symbols are
        // their plain names, and each starts with its kr_object header.
        Constant *obj = m.getOrInsertGlobal(onDemandBuiltinSymbol(n), Type::getInt8Ty(ctx));
        rows.push_back(ConstantStruct::get(rowTy, {cString(m, n), obj}));
    }
    rows.push_back(ConstantAggregateZero::get(rowTy));
    ArrayType *ty = ArrayType::get(rowTy, rows.size());
    new GlobalVariable(m, ty, true, GlobalValue::ExternalLinkage, ConstantArray::get(ty, rows),
                       "kr_linked_builtins");
}

} // namespace

bool writeModuleTable(const std::vector<ModuleTableEntry> &entries,
                      const std::vector<std::string> &builtinModules,
                      const codegen::TargetSpec &spec, const std::string &outPath,
                      std::string &error, const std::vector<std::string> &builtinNames) {
    std::unique_ptr<TargetMachine> machine = codegen::createTargetMachine(spec, error);
    if (!machine) return false;
    LLVMContext ctx;
    Module m("krait.modules", ctx);
    m.setTargetTriple(spec.triple);
    m.setDataLayout(machine->createDataLayout());
    if (spec.pic) {
        m.setPICLevel(PICLevel::BigPIC);
        m.setPIELevel(PIELevel::Large);
    }
    PointerType *ptr = PointerType::get(ctx, 0);
    // struct kr_compiled_module { name, path, package_path, start }
    StructType *rowTy = StructType::create(ctx, {ptr, ptr, ptr, ptr}, "kr_compiled_module");
    Type *valueTy = m.getDataLayout().getIntPtrType(ctx);
    FunctionType *startTy = FunctionType::get(valueTy, false);
    std::vector<Constant *> rows;
    for (const ModuleTableEntry &e : entries) {
        Function *start = Function::Create(startTy, GlobalValue::ExternalLinkage,
                                           codegen::moduleStartSymbol(e.name), m);
        Constant *pkg =
            e.packageDir.empty() ? ConstantPointerNull::get(ptr) : cString(m, e.packageDir);
        rows.push_back(
            ConstantStruct::get(rowTy, {cString(m, e.name), cString(m, e.path), pkg, start}));
    }
    rows.push_back(ConstantAggregateZero::get(rowTy));
    ArrayType *tableTy = ArrayType::get(rowTy, rows.size());
    new GlobalVariable(m, tableTy, true, GlobalValue::ExternalLinkage,
                       ConstantArray::get(tableTy, rows), "kr_compiled_modules");
    referenceBuiltinModules(m, builtinModules);
    writeLinkedBuiltins(m, builtinNames);
    return codegen::emitToFile(m, *machine, codegen::EmitKind::Object, outPath, error);
}

} // namespace krait
