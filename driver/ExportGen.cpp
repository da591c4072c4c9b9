//===- driver/ExportGen.cpp - C entry points of @export functions ---------===//

#include "driver/ExportGen.h"

#include "codegen/Emitter.h"
#include "codegen/ObjectWriter.h"
#include "codegen/Target.h"

#include <llvm/IR/Constants.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Transforms/Utils/ModuleUtils.h>

#include <cctype>

using namespace llvm;

namespace krait {

namespace {

/// Builds the entry points of one library into an LLVM module.
class ExportBuilder {
  public:
    ExportBuilder(Module &m, const std::string &lib)
        : m_(m), ctx_(m.getContext()), lib_(lib), b_(ctx_), ptr_(PointerType::get(ctx_, 0)),
          value_(m.getDataLayout().getIntPtrType(ctx_)), i64_(Type::getInt64Ty(ctx_)),
          i32_(Type::getInt32Ty(ctx_)), i1_(Type::getInt1Ty(ctx_)), f64_(Type::getDoubleTy(ctx_)) {}

    void build(const std::vector<FFIFunction> &exports) {
        moduleSlot_ = new GlobalVariable(m_, value_, false, GlobalValue::InternalLinkage,
                                         ConstantInt::get(value_, 0), "krait.ffi.module");
        buildInit();
        buildForward(lib_ + "_last_error", "kr_ffi_last_error", i32_);
        buildForward(lib_ + "_error_message", "kr_ffi_error_message", ptr_);
        for (const FFIFunction &fn : exports)
            buildExport(fn);
        referenceModuleTable();
    }

  private:
    Module &m_;
    LLVMContext &ctx_;
    std::string lib_;
    IRBuilder<> b_;
    PointerType *ptr_;
    Type *value_, *i64_, *i32_, *i1_, *f64_;
    GlobalVariable *moduleSlot_ = nullptr;

    FunctionCallee runtime(const char *name, Type *result, ArrayRef<Type *> params) {
        return m_.getOrInsertFunction(name, FunctionType::get(result, params, false));
    }

    /// Zero-extension attributes for C's bool, as the C ABIs pass it.
    void markBool(Function *f, int param) {
        if (param < 0)
            f->addRetAttr(Attribute::ZExt);
        else
            f->addParamAttr(param, Attribute::ZExt);
    }

    Value *frameAddress() {
        Function *fa = Intrinsic::getDeclaration(&m_, Intrinsic::frameaddress, {ptr_});
        return b_.CreateCall(fa, {b_.getInt32(0)});
    }

    Function *define(const std::string &name, FunctionType *ty) {
        Function *f = Function::Create(ty, GlobalValue::ExternalLinkage, name, m_);
        f->addFnAttr(Attribute::NoUnwind);
        b_.SetInsertPoint(BasicBlock::Create(ctx_, "entry", f));
        return f;
    }

    /// LIB_init(): initialise the runtime, run the module body.
    void buildInit() {
        define(lib_ + "_init", FunctionType::get(i32_, false));
        Function *start =
            Function::Create(FunctionType::get(value_, false), GlobalValue::ExternalLinkage,
                             codegen::moduleStartSymbol(lib_), m_);
        FunctionCallee init = runtime("kr_ffi_init", i32_, {ptr_, ptr_, ptr_});
        b_.CreateRet(b_.CreateCall(init, {frameAddress(), start, moduleSlot_}));
    }

    void buildForward(const std::string &name, const char *target, Type *result) {
        define(name, FunctionType::get(result, false));
        b_.CreateRet(b_.CreateCall(runtime(target, result, {})));
    }

    /// The C parameter types of one Python parameter.
    void cParams(FFIType t, std::vector<Type *> &out) {
        switch (t) {
        case FFIType::Int:
            out.push_back(i64_);
            break;
        case FFIType::Float:
            out.push_back(f64_);
            break;
        case FFIType::Bool:
            out.push_back(i1_);
            break;
        case FFIType::Str:
            out.push_back(ptr_);
            break;
        case FFIType::Bytes:
            out.push_back(ptr_);
            out.push_back(value_); // size_t
            break;
        default:
        case FFIType::None:
            break;
        }
    }

    Type *cResult(FFIType t) {
        switch (t) {
        case FFIType::Int:
            return i64_;
        case FFIType::Float:
            return f64_;
        case FFIType::Bool:
            return i1_;
        case FFIType::Str:
        case FFIType::Bytes:
            return ptr_;
        default:
        case FFIType::None:
            return Type::getVoidTy(ctx_);
        }
        return nullptr;
    }

    /// Convert the C argument(s) starting at `*arg` to a value; advances arg.
    Value *fromC(FFIType t, Function::arg_iterator &arg) {
        switch (t) {
        case FFIType::Int:
            return b_.CreateCall(runtime("kr_ffi_from_i64", value_, {i64_}), {arg++});
        case FFIType::Float:
            return b_.CreateCall(runtime("kr_ffi_from_f64", value_, {f64_}), {arg++});
        case FFIType::Bool: {
            FunctionCallee f = runtime("kr_ffi_from_bool", value_, {i1_});
            markBool(cast<Function>(f.getCallee()), 0);
            CallInst *call = b_.CreateCall(f, {arg++});
            call->addParamAttr(0, Attribute::ZExt);
            return call;
        }
        case FFIType::Str:
            return b_.CreateCall(runtime("kr_ffi_from_cstr", value_, {ptr_}), {arg++});
        case FFIType::Bytes: {
            Value *data = arg++;
            Value *len = arg++;
            return b_.CreateCall(runtime("kr_ffi_from_bytes", value_, {ptr_, value_}), {data, len});
        }
        default:
        case FFIType::None:
            break;
        }
        return nullptr;
    }

    /// Return the result converted to C; `lenOut` is the bytes length pointer.
    void returnC(FFIType t, Value *result, Value *lenOut) {
        switch (t) {
        case FFIType::Int:
            b_.CreateRet(b_.CreateCall(runtime("kr_ffi_to_i64", i64_, {value_}), {result}));
            return;
        case FFIType::Float:
            b_.CreateRet(b_.CreateCall(runtime("kr_ffi_to_f64", f64_, {value_}), {result}));
            return;
        case FFIType::Bool: {
            FunctionCallee f = runtime("kr_ffi_to_bool", i1_, {value_});
            markBool(cast<Function>(f.getCallee()), -1);
            CallInst *call = b_.CreateCall(f, {result});
            call->addRetAttr(Attribute::ZExt);
            b_.CreateRet(call);
            return;
        }
        case FFIType::Str:
            b_.CreateRet(b_.CreateCall(runtime("kr_ffi_to_cstr", ptr_, {value_}), {result}));
            return;
        case FFIType::Bytes:
            b_.CreateRet(
                b_.CreateCall(runtime("kr_ffi_to_bytes", ptr_, {value_, ptr_}), {result, lenOut}));
            return;
        default:
        case FFIType::None:
            b_.CreateRetVoid();
            return;
        }
    }

    void buildExport(const FFIFunction &fn) {
        std::vector<Type *> params;
        for (const FFIParam &p : fn.params)
            cParams(p.type, params);
        if (fn.result == FFIType::Bytes) params.push_back(ptr_); // size_t *len_out
        Function *f =
            define(lib_ + "_" + fn.name, FunctionType::get(cResult(fn.result), params, false));
        unsigned index = 0;
        for (const FFIParam &p : fn.params) {
            if (p.type == FFIType::Bool) markBool(f, (int)index);
            index += p.type == FFIType::Bytes ? 2 : 1;
        }
        if (fn.result == FFIType::Bool) markBool(f, -1);

        // The frame address bounds every local of this frame from above, the
        // argument array included, so the collector's stack scan sees them.
        Value *module = b_.CreateCall(runtime("kr_ffi_begin", value_, {ptr_, value_}),
                                      {frameAddress(), b_.CreateLoad(value_, moduleSlot_)});
        size_t n = fn.params.size();
        Value *args = b_.CreateAlloca(value_, b_.getInt32(n ? n : 1), "args");
        Function::arg_iterator arg = f->arg_begin();
        for (size_t i = 0; i < n; ++i)
            b_.CreateStore(fromC(fn.params[i].type, arg),
                           b_.CreateConstGEP1_32(value_, args, (unsigned)i));
        Value *lenOut = fn.result == FFIType::Bytes ? (Value *)arg : nullptr;
        Value *name = b_.CreateGlobalStringPtr(fn.name, "krait.ffi.name");
        auto *cache = new GlobalVariable(m_, value_, false, GlobalValue::InternalLinkage,
                                         ConstantInt::get(value_, 0), "krait.ffi.name_cache");
        Value *result =
            b_.CreateCall(runtime("kr_ffi_call", value_, {value_, ptr_, ptr_, value_, ptr_}),
                          {module, name, cache, ConstantInt::get(value_, n), args});
        returnC(fn.result, result, lenOut);
    }

    /// The runtime refers to kr_compiled_modules only weakly: a strong
    /// reference here pulls the module table, and with it every imported
    /// module, out of the archive.
    void referenceModuleTable() { reference("kr_compiled_modules"); }

  public:
    /// Bare metal: krait's start-up code (runtime/platform) calls
    /// krait_main once RAM is set up; in a library that is the C program's
    /// main(), whose non-zero status ends the firmware with that status.
    void buildFirmwareEntry() {
        define("krait_main", FunctionType::get(value_, false));
        FunctionCallee cMain = m_.getOrInsertFunction("main", FunctionType::get(i32_, false));
        Value *status = b_.CreateCall(cMain);
        Function *f = b_.GetInsertBlock()->getParent();
        BasicBlock *fail = BasicBlock::Create(ctx_, "exit", f);
        BasicBlock *ok = BasicBlock::Create(ctx_, "ok", f);
        b_.CreateCondBr(b_.CreateICmpEQ(status, b_.getInt32(0)), ok, fail);
        b_.SetInsertPoint(fail);
        b_.CreateCall(runtime("kr_exit", Type::getVoidTy(ctx_), {i32_}), {status});
        b_.CreateUnreachable();
        b_.SetInsertPoint(ok);
        b_.CreateRet(
            b_.CreatePtrToInt(m_.getOrInsertGlobal("kr_None", Type::getInt8Ty(ctx_)), value_));
    }

  public:
    /// A strong reference to `symbol`, kept by llvm.used, so that the linker
    /// pulls the archive member defining it.
    void reference(const char *symbol) {
        Constant *target = m_.getOrInsertGlobal(symbol, Type::getInt8Ty(ctx_));
        auto *ref = new GlobalVariable(m_, ptr_, true, GlobalValue::InternalLinkage, target,
                                       std::string("krait.ffi.ref.") + symbol);
        appendToUsed(m_, {ref});
    }
};

/// C's reserved words, which a parameter name must not be in the header.
bool isCKeyword(const std::string &s) {
    static const char *const words[] = {
        "auto",     "bool",     "break",  "case",    "char",   "const",    "continue",
        "default",  "do",       "double", "else",    "enum",   "extern",   "false",
        "float",    "for",      "goto",   "if",      "inline", "int",      "long",
        "register", "restrict", "return", "short",   "signed", "sizeof",   "static",
        "struct",   "switch",   "true",   "typedef", "union",  "unsigned", "void",
        "volatile", "while",    "class",  "new",     "delete", "template", "this"};
    for (const char *w : words)
        if (s == w) return true;
    return false;
}

/// A C spelling of Python parameter `index`: its name, with '_' appended to
/// C keywords, or argN when it is not ASCII.
std::string cParamName(const std::string &name, size_t index) {
    for (char c : name)
        if ((unsigned char)c >= 0x80) return "arg" + std::to_string(index);
    return isCKeyword(name) ? name + "_" : name;
}

std::string upper(const std::string &s) {
    std::string out = s;
    for (char &c : out)
        c = (char)std::toupper((unsigned char)c);
    return out;
}

std::string cDeclaration(const std::string &lib, const FFIFunction &fn) {
    static const char *const results[] = {"int64_t",      "double",          "bool",
                                          "const char *", "const uint8_t *", "void"};
    std::string out = results[(int)fn.result];
    if (out.back() != '*') out += ' ';
    out += lib + "_" + fn.name + "(";
    std::vector<std::string> params;
    for (size_t i = 0; i < fn.params.size(); ++i) {
        const FFIParam &p = fn.params[i];
        std::string n = cParamName(p.name, i);
        switch (p.type) {
        case FFIType::Int:
            params.push_back("int64_t " + n);
            break;
        case FFIType::Float:
            params.push_back("double " + n);
            break;
        case FFIType::Bool:
            params.push_back("bool " + n);
            break;
        case FFIType::Str:
            params.push_back("const char *" + n);
            break;
        case FFIType::Bytes:
            params.push_back("const uint8_t *" + n);
            params.push_back("size_t " + n + "_len");
            break;
        default:
        case FFIType::None:
            break;
        }
    }
    if (fn.result == FFIType::Bytes) params.push_back("size_t *result_len");
    if (params.empty()) params.push_back("void");
    for (size_t i = 0; i < params.size(); ++i)
        out += (i ? ", " : "") + params[i];
    return out + ");";
}

std::string pythonSignature(const FFIFunction &fn) {
    std::string s = "def " + fn.name + "(";
    for (size_t i = 0; i < fn.params.size(); ++i)
        s += (i ? ", " : "") + fn.params[i].name + ": " + ffiTypeName(fn.params[i].type);
    return s + ") -> " + ffiTypeName(fn.result);
}

} // namespace

bool writeExportObject(const std::string &lib, const std::vector<FFIFunction> &exports,
                       bool referenceExterns, const codegen::TargetSpec &spec,
                       const std::string &path, std::string &error) {
    std::unique_ptr<TargetMachine> machine = codegen::createTargetMachine(spec, error);
    if (!machine) return false;
    LLVMContext ctx;
    Module m("krait.ffi." + lib, ctx);
    m.setTargetTriple(spec.triple);
    m.setDataLayout(machine->createDataLayout());
    if (spec.pic) m.setPICLevel(PICLevel::BigPIC);
    ExportBuilder builder(m, lib);
    builder.build(exports);
    // The runtime defines a weak empty table itself: the library's must be
    // pulled in by a reference, and it comes before the runtime's members.
    if (referenceExterns) builder.reference("kr_extern_functions");
    if (!codegen::isHostedTriple(spec.triple)) builder.buildFirmwareEntry();
    std::string problems;
    raw_string_ostream os(problems);
    if (verifyModule(m, &os)) {
        error = "internal error: invalid FFI entry points: " + problems;
        return false;
    }
    return codegen::emitToFile(m, *machine, codegen::EmitKind::Object, path, error);
}

std::string exportHeader(const std::string &lib, const std::string &source,
                         const std::vector<FFIFunction> &exports) {
    std::string guard = "KRAIT_" + upper(lib) + "_H";
    std::string up = upper(lib);
    std::string h;
    h += "/* " + lib + ".h: C interface of the krait library built from " + source + ".\n";
    h += " * Generated by krait; do not edit. See krait's docs/FFI.md.\n";
    h += " *\n";
    h += " * Call " + lib + "_init() once before anything else. After each call,\n";
    h += " * " + lib + "_last_error() tells whether it raised a Python exception and\n";
    h += " * " + lib + "_error_message() gives its \"Type: message\" line. Strings and\n";
    h += " * bytes returned stay valid until the next call into the library. */\n";
    h += "#ifndef " + guard + "\n#define " + guard + "\n\n";
    h += "#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n\n";
    h += "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n";
    h += "/* Values of " + lib + "_last_error(). */\n";
    h += "#define " + up + "_OK 0              /* the last call returned normally */\n";
    h += "#define " + up + "_EXCEPTION 1       /* it raised a Python exception */\n";
    h += "#define " + up + "_NOT_INITIALISED 2 /* " + lib + "_init() has not succeeded */\n\n";
    h += "/* Initialise the runtime and run the module's body (once; later calls do\n";
    h += " * nothing). Returns " + up + "_OK or " + up + "_EXCEPTION. */\n";
    h += "int " + lib + "_init(void);\n";
    h += "/* The status of the last call: " + up + "_OK, " + up + "_EXCEPTION or\n";
    h += " * " + up + "_NOT_INITIALISED. */\n";
    h += "int " + lib + "_last_error(void);\n";
    h += "/* The last call's error as \"Type: message\"; \"\" after success. */\n";
    h += "const char *" + lib + "_error_message(void);\n";
    for (const FFIFunction &fn : exports) {
        h += "\n/* " + pythonSignature(fn) + " */\n";
        h += cDeclaration(lib, fn) + "\n";
    }
    h += "\n#ifdef __cplusplus\n}\n#endif\n\n#endif /* " + guard + " */\n";
    return h;
}

} // namespace krait
