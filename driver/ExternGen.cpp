//===- driver/ExternGen.cpp - thunks of @extern declarations --------------===//

#include "driver/ExternGen.h"
#include "driver/FFIDecls.h"

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

/// How one FFI type crosses into C.
struct CTypeInfo {
    enum Kind { Integer, Floating, Boolean, String, Buffer, Pointer, Void } kind;
    unsigned bits = 0;     ///< integers and floats
    bool isSigned = false; ///< integers
};

CTypeInfo cTypeOf(FFIType t, unsigned pointerBits) {
    using K = CTypeInfo;
    switch (t) {
    case FFIType::Int:
        return {K::Integer, 32, true}; // C int
    case FFIType::Float:
        return {K::Floating, 64};
    case FFIType::Bool:
        return {K::Boolean};
    case FFIType::Str:
        return {K::String};
    case FFIType::Bytes:
        return {K::Buffer};
    case FFIType::None:
        return {K::Void};
    case FFIType::CInt8:
        return {K::Integer, 8, true};
    case FFIType::CUInt8:
        return {K::Integer, 8, false};
    case FFIType::CInt16:
        return {K::Integer, 16, true};
    case FFIType::CUInt16:
        return {K::Integer, 16, false};
    case FFIType::CInt32:
        return {K::Integer, 32, true};
    case FFIType::CUInt32:
        return {K::Integer, 32, false};
    case FFIType::CInt64:
        return {K::Integer, 64, true};
    case FFIType::CUInt64:
        return {K::Integer, 64, false};
    case FFIType::CLong:
    case FFIType::CSSizeT:
        return {K::Integer, pointerBits, true};
    case FFIType::CULong:
    case FFIType::CSizeT:
        return {K::Integer, pointerBits, false};
    case FFIType::CFloat:
        return {K::Floating, 32};
    case FFIType::CVoidP:
        return {K::Pointer};
    }
    return {K::Void};
}

/// Builds the thunks and the table into one LLVM module.
class ExternBuilder {
  public:
    explicit ExternBuilder(Module &m)
        : m_(m), ctx_(m.getContext()), b_(ctx_), ptr_(PointerType::get(ctx_, 0)),
          value_(m.getDataLayout().getIntPtrType(ctx_)), i64_(Type::getInt64Ty(ctx_)),
          i1_(Type::getInt1Ty(ctx_)), pointerBits_(m.getDataLayout().getPointerSizeInBits()) {}

    /// The thunk of `fn` declared in `module`, added to the table.
    void add(const std::string &module, const FFIFunction &fn) {
        Function *thunk = buildThunk(module, fn);
        rows_.push_back(
            ConstantStruct::getAnon({cString(module), cString(fn.name), codeInfo(fn), thunk}));
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
    unsigned pointerBits_;
    std::vector<Constant *> rows_;

    Constant *nullPtr() { return ConstantPointerNull::get(ptr_); }

    Constant *cString(const std::string &s) {
        Constant *init = ConstantDataArray::getString(ctx_, s, true);
        auto *gv = new GlobalVariable(m_, init->getType(), true, GlobalValue::PrivateLinkage, init,
                                      ".str");
        gv->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
        return gv;
    }

    /// kr_code_info { name, params, n_pos, n_kwonly, flags } (runtime.h).
    Constant *codeInfo(const FFIFunction &fn) {
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
        return new GlobalVariable(m_, info->getType(), true, GlobalValue::PrivateLinkage, info,
                                  "krait.extern.info");
    }

    FunctionCallee runtime(const char *name, Type *result, ArrayRef<Type *> params) {
        return m_.getOrInsertFunction(name, FunctionType::get(result, params, false));
    }

    Type *cType(const CTypeInfo &c) {
        switch (c.kind) {
        case CTypeInfo::Integer:
            return Type::getIntNTy(ctx_, c.bits);
        case CTypeInfo::Floating:
            return c.bits == 32 ? b_.getFloatTy() : b_.getDoubleTy();
        case CTypeInfo::Boolean:
            return i1_;
        case CTypeInfo::String:
        case CTypeInfo::Buffer:
        case CTypeInfo::Pointer:
            return ptr_;
        case CTypeInfo::Void:
            return b_.getVoidTy();
        }
        return nullptr;
    }

    /// The extension attribute C's ABIs give small integers and bool.
    std::optional<Attribute::AttrKind> extension(const CTypeInfo &c) {
        if (c.kind == CTypeInfo::Boolean) return Attribute::ZExt;
        if (c.kind == CTypeInfo::Integer && c.bits < 32)
            return c.isSigned ? Attribute::SExt : Attribute::ZExt;
        return std::nullopt;
    }

    /// Branch to `fail` unless `ok`; continue in a new block.
    void checkOr(Value *ok, BasicBlock *fail) {
        BasicBlock *next = BasicBlock::Create(ctx_, "ok", b_.GetInsertBlock()->getParent());
        b_.CreateCondBr(ok, next, fail);
        b_.SetInsertPoint(next);
    }

    /// The C value of parameter slot `v`.
    Value *argument(const CTypeInfo &c, Value *v, BasicBlock *fail) {
        switch (c.kind) {
        case CTypeInfo::Integer:
        case CTypeInfo::Pointer: {
            Value *tmp = b_.CreateAlloca(i64_);
            checkOr(b_.CreateCall(runtime("kr_ffi_arg_i64", i1_, {value_, ptr_}), {v, tmp}), fail);
            Value *x = b_.CreateLoad(i64_, tmp);
            if (c.kind == CTypeInfo::Pointer) return b_.CreateIntToPtr(x, ptr_);
            return c.bits < 64 ? b_.CreateTrunc(x, Type::getIntNTy(ctx_, c.bits)) : x;
        }
        case CTypeInfo::Floating: {
            Value *tmp = b_.CreateAlloca(b_.getDoubleTy());
            checkOr(b_.CreateCall(runtime("kr_ffi_arg_f64", i1_, {value_, ptr_}), {v, tmp}), fail);
            Value *x = b_.CreateLoad(b_.getDoubleTy(), tmp);
            return c.bits == 32 ? b_.CreateFPTrunc(x, b_.getFloatTy()) : x;
        }
        case CTypeInfo::Boolean: {
            Value *t = b_.CreateCall(runtime("kr_truthy", b_.getInt32Ty(), {value_}), {v});
            checkOr(b_.CreateICmpSGE(t, b_.getInt32(0)), fail);
            return b_.CreateICmpNE(t, b_.getInt32(0));
        }
        case CTypeInfo::String:
        case CTypeInfo::Buffer: {
            const char *helper =
                c.kind == CTypeInfo::String ? "kr_ffi_arg_cstr" : "kr_ffi_arg_bytes";
            Value *tmp = b_.CreateAlloca(ptr_);
            checkOr(b_.CreateCall(runtime(helper, i1_, {value_, ptr_}), {v, tmp}), fail);
            return b_.CreateLoad(ptr_, tmp);
        }
        case CTypeInfo::Void:
            break;
        }
        return nullptr;
    }

    Value *globalValue(const char *name) {
        return b_.CreatePtrToInt(m_.getOrInsertGlobal(name, b_.getInt8Ty()), value_);
    }

    /// The Python value of C result `r` (0 with the exception pending).
    Value *result(const CTypeInfo &c, Value *r) {
        switch (c.kind) {
        case CTypeInfo::Void:
            return globalValue("kr_None");
        case CTypeInfo::Integer:
            if (c.bits == 64 && !c.isSigned)
                return b_.CreateCall(runtime("kr_ffi_int_from_u64", value_, {i64_}), {r});
            return b_.CreateCall(runtime("kr_int_from_i64", value_, {i64_}),
                                 {c.isSigned ? b_.CreateSExt(r, i64_) : b_.CreateZExt(r, i64_)});
        case CTypeInfo::Pointer:
            return b_.CreateCall(runtime("kr_ffi_int_from_u64", value_, {i64_}),
                                 {b_.CreateZExt(b_.CreatePtrToInt(r, value_), i64_)});
        case CTypeInfo::Floating:
            return b_.CreateCall(runtime("kr_float_new", value_, {b_.getDoubleTy()}),
                                 {c.bits == 32 ? b_.CreateFPExt(r, b_.getDoubleTy()) : r});
        case CTypeInfo::Boolean:
            return b_.CreateSelect(r, globalValue("kr_True"), globalValue("kr_False"));
        case CTypeInfo::String:
            return b_.CreateCall(runtime("kr_ffi_str_or_none", value_, {ptr_}), {r});
        case CTypeInfo::Buffer:
            break;
        }
        return nullptr;
    }

    /// The C function `fn.name`, declared with the C types.
    FunctionCallee cFunction(const FFIFunction &fn) {
        CTypeInfo res = cTypeOf(fn.result, pointerBits_);
        std::vector<Type *> params;
        for (const FFIParam &p : fn.params)
            params.push_back(cType(cTypeOf(p.type, pointerBits_)));
        FunctionCallee callee =
            m_.getOrInsertFunction(fn.name, FunctionType::get(cType(res), params, false));
        if (auto *f = dyn_cast<Function>(callee.getCallee())) {
            if (auto ext = extension(res)) f->addRetAttr(*ext);
            for (size_t i = 0; i < fn.params.size(); ++i)
                if (auto ext = extension(cTypeOf(fn.params[i].type, pointerBits_)))
                    f->addParamAttr(i, *ext);
        }
        return callee;
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
            args.push_back(argument(cTypeOf(fn.params[i].type, pointerBits_), v, fail));
        }
        FunctionCallee callee = cFunction(fn);
        CallInst *call = b_.CreateCall(callee, args);
        if (auto *f = dyn_cast<Function>(callee.getCallee()))
            call->setAttributes(f->getAttributes());
        b_.CreateRet(result(cTypeOf(fn.result, pointerBits_), call));
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
