//===- driver/ExternGen.cpp - thunks of @extern declarations --------------===//

#include "driver/ExternGen.h"
#include "driver/FFIDecls.h"

#include "codegen/ExternABI.h"
#include "codegen/ObjectWriter.h"
#include "codegen/Target.h"
#include "frontend/Parser.h"

#include <llvm/IR/Constants.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/raw_ostream.h>

using namespace llvm;

namespace krait {

namespace {

using ir::CType;

/// Builds the thunks and the table into one LLVM module.
class ExternBuilder {
  public:
    explicit ExternBuilder(Module &m)
        : m_(m), ctx_(m.getContext()), b_(ctx_), ptr_(PointerType::get(ctx_, 0)),
          value_(m.getDataLayout().getIntPtrType(ctx_)), i64_(Type::getInt64Ty(ctx_)),
          i1_(Type::getInt1Ty(ctx_)) {}

    /// The thunk of `fn` declared in `module`, added to the table.
    void add(const std::string &module, const FFIFunction &fn) {
        Function *thunk = buildThunk(module, fn);
        rows_.push_back(ConstantStruct::getAnon(
            {cString(module), cString(fn.name), codeInfo(module, fn), thunk}));
    }

    void finish() {
        rows_.push_back(ConstantStruct::getAnon({nullPtr(), nullPtr(), nullPtr(), nullPtr()}));
        ArrayType *ty = ArrayType::get(rows_[0]->getType(), rows_.size());
        new GlobalVariable(m_, ty, true, GlobalValue::ExternalLinkage,
                           ConstantArray::get(ty, rows_), "kr_extern_functions");
    }

  private:
    Module &m_;
    LLVMContext &ctx_;
    IRBuilder<> b_;
    PointerType *ptr_;
    Type *value_, *i64_, *i1_;
    std::vector<Constant *> rows_;

    Constant *nullPtr() { return ConstantPointerNull::get(ptr_); }

    Constant *cString(const std::string &s) {
        Constant *init = ConstantDataArray::getString(ctx_, s, true);
        auto *gv = new GlobalVariable(m_, init->getType(), true, GlobalValue::PrivateLinkage, init,
                                      ".str");
        gv->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
        return gv;
    }

    /// kr_code_info { name, params, n_pos, n_kwonly, flags } (runtime.h),
    /// named for direct call sites (codegen/ExternABI.h). Only the first
    /// declaration of a name is reachable (the decorator finds the first
    /// table row), so a later one keeps a private symbol.
    Constant *codeInfo(const std::string &module, const FFIFunction &fn) {
        std::vector<Constant *> names;
        for (const FFIParam &p : fn.params)
            names.push_back(cString(p.name));
        ArrayType *namesTy = ArrayType::get(ptr_, names.size());
        auto *params =
            new GlobalVariable(m_, namesTy, true, GlobalValue::PrivateLinkage,
                               ConstantArray::get(namesTy, names), "krait.extern.params");
        Type *i16 = Type::getInt16Ty(ctx_), *i32 = Type::getInt32Ty(ctx_);
        Constant *info = ConstantStruct::getAnon(
            {cString(fn.name), params, ConstantInt::get(i16, fn.params.size()),
             ConstantInt::get(i16, 0), ConstantInt::get(i32, 0)});
        std::string symbol = codegen::externInfoSymbol(module, fn.name);
        if (m_.getNamedValue(symbol))
            return new GlobalVariable(m_, info->getType(), true, GlobalValue::PrivateLinkage, info,
                                      "krait.extern.info");
        auto *gv = new GlobalVariable(m_, info->getType(), true, GlobalValue::ExternalLinkage, info,
                                      symbol);
        gv->setVisibility(GlobalValue::HiddenVisibility);
        gv->setDSOLocal(true);
        return gv;
    }

    FunctionCallee runtime(const char *name, Type *result, ArrayRef<Type *> params) {
        return m_.getOrInsertFunction(name, FunctionType::get(result, params, false));
    }

    /// Branch to `fail` unless `ok`; continue in a new block.
    void checkOr(Value *ok, BasicBlock *fail) {
        BasicBlock *next = BasicBlock::Create(ctx_, "ok", b_.GetInsertBlock()->getParent());
        b_.CreateCondBr(ok, next, fail);
        b_.SetInsertPoint(next);
    }

    /// The C value of parameter slot `v`.
    Value *argument(const CType &c, Value *v, BasicBlock *fail) {
        unsigned bits = c.intBits(m_.getDataLayout().getPointerSizeInBits());
        switch (c.kind) {
        case CType::Integer:
        case CType::Pointer: {
            Value *tmp = b_.CreateAlloca(i64_);
            checkOr(b_.CreateCall(runtime("kr_ffi_arg_i64", i1_, {value_, ptr_}), {v, tmp}), fail);
            Value *x = b_.CreateLoad(i64_, tmp);
            if (c.kind == CType::Pointer) return b_.CreateIntToPtr(x, ptr_);
            return bits < 64 ? b_.CreateTrunc(x, Type::getIntNTy(ctx_, bits)) : x;
        }
        case CType::Floating: {
            Value *tmp = b_.CreateAlloca(b_.getDoubleTy());
            checkOr(b_.CreateCall(runtime("kr_ffi_arg_f64", i1_, {value_, ptr_}), {v, tmp}), fail);
            Value *x = b_.CreateLoad(b_.getDoubleTy(), tmp);
            return c.bits == 32 ? b_.CreateFPTrunc(x, b_.getFloatTy()) : x;
        }
        case CType::Boolean: {
            Value *t = b_.CreateCall(runtime("kr_truthy", b_.getInt32Ty(), {value_}), {v});
            checkOr(b_.CreateICmpSGE(t, b_.getInt32(0)), fail);
            return b_.CreateICmpNE(t, b_.getInt32(0));
        }
        case CType::String:
        case CType::Buffer: {
            const char *helper = c.kind == CType::String ? "kr_ffi_arg_cstr" : "kr_ffi_arg_bytes";
            Value *tmp = b_.CreateAlloca(ptr_);
            checkOr(b_.CreateCall(runtime(helper, i1_, {value_, ptr_}), {v, tmp}), fail);
            return b_.CreateLoad(ptr_, tmp);
        }
        case CType::Void:
            break;
        }
        return nullptr;
    }

    Value *globalValue(const char *name) {
        return b_.CreatePtrToInt(m_.getOrInsertGlobal(name, b_.getInt8Ty()), value_);
    }

    /// The Python value of C result `r` (0 with the exception pending).
    Value *result(const CType &c, Value *r) {
        unsigned bits = c.intBits(m_.getDataLayout().getPointerSizeInBits());
        switch (c.kind) {
        case CType::Void:
            return globalValue("kr_None");
        case CType::Integer:
            if (bits == 64 && !c.isSigned)
                return b_.CreateCall(runtime("kr_ffi_int_from_u64", value_, {i64_}), {r});
            return b_.CreateCall(runtime("kr_int_from_i64", value_, {i64_}),
                                 {c.isSigned ? b_.CreateSExt(r, i64_) : b_.CreateZExt(r, i64_)});
        case CType::Pointer:
            return b_.CreateCall(runtime("kr_ffi_int_from_u64", value_, {i64_}),
                                 {b_.CreateZExt(b_.CreatePtrToInt(r, value_), i64_)});
        case CType::Floating:
            return b_.CreateCall(runtime("kr_float_new", value_, {b_.getDoubleTy()}),
                                 {c.bits == 32 ? b_.CreateFPExt(r, b_.getDoubleTy()) : r});
        case CType::Boolean:
            return b_.CreateSelect(r, globalValue("kr_True"), globalValue("kr_False"));
        case CType::String:
            return b_.CreateCall(runtime("kr_ffi_str_or_none", value_, {ptr_}), {r});
        case CType::Buffer:
            break;
        }
        return nullptr;
    }

    Function *buildThunk(const std::string &module, const FFIFunction &fn) {
        FunctionType *codeTy = FunctionType::get(value_, {value_, ptr_}, false);
        Function *thunk = Function::Create(codeTy, GlobalValue::InternalLinkage,
                                           "krait.extern." + module + "." + fn.name, m_);
        thunk->addFnAttr(Attribute::NoUnwind);
        BasicBlock *entry = BasicBlock::Create(ctx_, "entry", thunk);
        BasicBlock *fail = BasicBlock::Create(ctx_, "fail", thunk);
        b_.SetInsertPoint(fail);
        b_.CreateRet(ConstantInt::get(value_, 0));
        b_.SetInsertPoint(entry);
        Value *slots = thunk->getArg(1);
        std::vector<Value *> args;
        for (size_t i = 0; i < fn.params.size(); ++i) {
            Value *v = b_.CreateLoad(value_, b_.CreateConstGEP1_32(value_, slots, (unsigned)i));
            args.push_back(argument(externCType(fn.params[i].type), v, fail));
        }
        FunctionCallee callee = codegen::declareExternFunction(m_, externDecl(fn));
        CallInst *call = b_.CreateCall(callee, args);
        if (auto *f = dyn_cast<Function>(callee.getCallee()))
            call->setAttributes(f->getAttributes());
        b_.CreateRet(result(externCType(fn.result), call));
        return thunk;
    }
};

} // namespace

bool writeExternObject(const std::vector<ExternSource> &modules, const codegen::TargetSpec &spec,
                       const std::string &path, bool &written, std::string &error) {
    written = false;
    std::unique_ptr<TargetMachine> machine = codegen::createTargetMachine(spec, error);
    if (!machine) return false;
    LLVMContext ctx;
    Module m("krait.extern", ctx);
    m.setTargetTriple(spec.triple);
    m.setDataLayout(machine->createDataLayout());
    if (spec.pic) m.setPICLevel(PICLevel::BigPIC);
    ExternBuilder builder(m);
    bool any = false, failed = false;
    for (const ExternSource &src : modules) {
        if (src.path.empty()) continue;
        SourceFile file("", "");
        if (!SourceFile::load(src.path, file, error)) return false;
        DiagnosticEngine diags(file);
        std::unique_ptr<ast::Module> tree = parseModule(file, diags);
        if (!tree || diags.hasErrors()) return false;
        for (const FFIFunction &fn : findFFIFunctions(*tree, FFIDecorator::Extern, diags)) {
            builder.add(src.module, fn);
            any = true;
        }
        failed = failed || diags.hasErrors();
    }
    if (failed) return false;
    if (!any) return true;
    builder.finish();
    std::string problems;
    raw_string_ostream os(problems);
    if (verifyModule(m, &os)) {
        error = "internal error: invalid @extern thunks: " + problems;
        return false;
    }
    written = true;
    return codegen::emitToFile(m, *machine, codegen::EmitKind::Object, path, error);
}

} // namespace krait
