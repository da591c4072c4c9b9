//===- codegen/ModuleEmitter.cpp - module-level emission ------------------===//
//
// Declares one LLVM function per IR function, emits their kr_code_info
// constants, the constants array with its initialiser, and the module's start
// function.
//
//===----------------------------------------------------------------------===//

#include "codegen/Emitter.h"
#include "codegen/EmitterImpl.h"
#include "codegen/Optimizer.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/MDBuilder.h"

#include <cstring>
#include <tuple>

using namespace llvm;

namespace krait::codegen {

bool ConstantKey::operator<(const ConstantKey &o) const {
    // Floats compare by bit pattern so 0.0 and -0.0 stay distinct.
    auto bits = [](double d) {
        uint64_t u;
        std::memcpy(&u, &d, sizeof u);
        return u;
    };
    return std::tie(kind, text, names) < std::tie(o.kind, o.text, o.names) ||
           (std::tie(kind, text, names) == std::tie(o.kind, o.text, o.names) &&
            bits(number) < bits(o.number));
}

std::string moduleStartSymbol(const std::string &name) {
    if (name == "__main__") return "krait_main";
    std::string sym = "krait_module_" + name;
    for (char &c : sym)
        if (c == '.') c = '_';
    return sym;
}

ModuleEmitter::ModuleEmitter(const ir::Module &module, Module &out, const EmitOptions &options)
    : module(module), out(out), options(options), runtime(out) {}

unsigned ModuleEmitter::addConstant(ConstantKey key) {
    auto [it, inserted] = constantIndex.emplace(std::move(key), 0);
    if (inserted) {
        it->second = static_cast<unsigned>(constantsInOrder.size()) + 2;
        constantsInOrder.push_back(&it->first);
    }
    return it->second;
}

unsigned ModuleEmitter::strConstant(const std::string &utf8) {
    return addConstant({ConstantKey::Str, utf8, 0, {}});
}

unsigned ModuleEmitter::bytesConstant(const std::string &data) {
    return addConstant({ConstantKey::Bytes, data, 0, {}});
}

unsigned ModuleEmitter::floatConstant(double value) {
    return addConstant({ConstantKey::Float, "", value, {}});
}

unsigned ModuleEmitter::bigIntConstant(const std::string &digits) {
    return addConstant({ConstantKey::BigInt, digits, 0, {}});
}

unsigned ModuleEmitter::kwNamesConstant(const std::vector<std::string> &names) {
    // Every name also becomes a str constant, created before the tuple.
    for (const std::string &n : names)
        strConstant(n);
    return addConstant({ConstantKey::KwNames, "", 0, names});
}

Value *ModuleEmitter::loadConstant(IRBuilder<> &b, unsigned index) {
    Type *valueTy = runtime.valueType();
    Value *addr = b.CreateConstInBoundsGEP1_32(valueTy, constantsPlaceholder, index);
    LoadInst *load = b.CreateLoad(valueTy, addr);
    // Filled before any code runs: never 0, which lets LLVM drop null checks.
    load->setMetadata(LLVMContext::MD_range, nonZeroRange());
    return load;
}

MDNode *ModuleEmitter::nonZeroRange() {
    unsigned bits = runtime.valueType()->getBitWidth();
    // [1, 0) wraps around: every value except 0.
    return MDBuilder(out.getContext()).createRange(APInt(bits, 1), APInt(bits, 0));
}

Constant *ModuleEmitter::cString(StringRef s) {
    Constant *&slot = cStrings[s];
    if (!slot) {
        Constant *init = ConstantDataArray::getString(out.getContext(), s, /*AddNull=*/true);
        auto *gv = new GlobalVariable(out, init->getType(), true, GlobalValue::PrivateLinkage, init,
                                      ".str");
        gv->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
        gv->setAlignment(Align(1));
        slot = gv;
    }
    return slot;
}

const ir::Function *ModuleEmitter::likelyCallee(const ir::Instruction &call) const {
    const ir::Instruction *callee = call.operand(0);
    if (callee->op != ir::Opcode::GlobalLoad) return nullptr;
    auto it = topLevelFunctions.find(callee->str);
    if (it == topLevelFunctions.end() || !it->second) return nullptr;
    const ir::Function *fn = it->second;
    size_t nargs = call.numOperands() - 1;
    if (fn->varargs || fn->varkw || fn->generator || fn->nKwOnly != 0 || fn->nPos != nargs)
        return nullptr;
    return fn;
}

void ModuleEmitter::declareFunctions() {
    for (const auto &fn : module.functions()) {
        // A top-level def's symbol is its name; nested ones are qualified.
        if (!fn->isModuleBody && fn->symbol == fn->name) {
            auto [it, inserted] = topLevelFunctions.emplace(fn->name, fn.get());
            if (!inserted) it->second = nullptr;
        }
        Function *f = Function::Create(runtime.codeFnType(), GlobalValue::InternalLinkage,
                                       "py." + fn->symbol, out);
        f->setDoesNotThrow();
        f->getArg(0)->setName("self");
        f->getArg(1)->setName("args");
        codeFns[fn.get()] = f;
        codeInfos[fn.get()] = emitCodeInfo(*fn);
        // A class body is lowered as a function of the namespace dict alone,
        // named ".ns" (not an identifier, so no user function has it).
        bool classBody = fn->params.size() == 1 && fn->params[0] == ".ns";
        if (fn->isModuleBody || classBody) markRunOnce(*f);
    }
}

GlobalVariable *ModuleEmitter::emitCodeInfo(const ir::Function &fn) {
    LLVMContext &ctx = out.getContext();
    PointerType *ptr = runtime.ptrType();
    // struct kr_code_info { const char *name; const char *const *params;
    //                       uint16_t n_pos, n_kwonly; uint32_t flags; }
    StructType *infoTy = StructType::getTypeByName(ctx, "kr_code_info");
    if (!infoTy)
        infoTy = StructType::create(
            ctx, {ptr, ptr, Type::getInt16Ty(ctx), Type::getInt16Ty(ctx), Type::getInt32Ty(ctx)},
            "kr_code_info");
    std::vector<Constant *> names;
    for (const std::string &p : fn.params)
        names.push_back(cString(p));
    Constant *params = ConstantPointerNull::get(ptr);
    if (!names.empty()) {
        ArrayType *arrTy = ArrayType::get(ptr, names.size());
        params = new GlobalVariable(out, arrTy, true, GlobalValue::PrivateLinkage,
                                    ConstantArray::get(arrTy, names), "py.params." + fn.symbol);
    }
    uint32_t flags = (fn.varargs ? 1u : 0u) | (fn.varkw ? 2u : 0u) | (fn.generator ? 4u : 0u) |
                     (fn.nPosOnly << 16); // KR_CODE_POSONLY_SHIFT
    Constant *init = ConstantStruct::get(
        infoTy, {cString(fn.name), params, ConstantInt::get(Type::getInt16Ty(ctx), fn.nPos),
                 ConstantInt::get(Type::getInt16Ty(ctx), fn.nKwOnly),
                 ConstantInt::get(Type::getInt32Ty(ctx), flags)});
    return new GlobalVariable(out, infoTy, true, GlobalValue::PrivateLinkage, init,
                              "py.info." + fn.symbol);
}

/// The kinds of runtime.h's kr_const_kind (the runtime reads the table).
enum ConstKind : uint32_t { KindStr, KindBytes, KindFloat, KindInt, KindNegInt, KindNames };

Constant *ModuleEmitter::constantDesc(const ConstantKey &key, StructType *descTy) {
    LLVMContext &ctx = out.getContext();
    Type *i32 = Type::getInt32Ty(ctx);
    uint32_t kind = KindStr;
    size_t size = 0;
    Constant *data = nullptr;
    switch (key.kind) {
    case ConstantKey::Str:
    case ConstantKey::Bytes:
        kind = key.kind == ConstantKey::Str ? KindStr : KindBytes;
        size = key.text.size();
        data = cString(key.text);
        break;
    case ConstantKey::Float: {
        kind = KindFloat;
        Constant *value = ConstantFP::get(Type::getDoubleTy(ctx), key.number);
        auto *gv = new GlobalVariable(out, value->getType(), true, GlobalValue::PrivateLinkage,
                                      value, "krait.float");
        gv->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
        data = gv;
        break;
    }
    case ConstantKey::BigInt: {
        bool negative = !key.text.empty() && key.text[0] == '-';
        StringRef digits = StringRef(key.text).drop_front(negative ? 1 : 0);
        kind = negative ? KindNegInt : KindInt;
        size = digits.size();
        data = cString(digits);
        break;
    }
    case ConstantKey::KwNames: {
        // The names are str constants made earlier (lower indices).
        kind = KindNames;
        size = key.names.size();
        std::vector<uint32_t> indices;
        for (const std::string &n : key.names)
            indices.push_back(constantIndex.at({ConstantKey::Str, n, 0, {}}));
        Constant *init = ConstantDataArray::get(ctx, indices);
        auto *gv = new GlobalVariable(out, init->getType(), true, GlobalValue::PrivateLinkage, init,
                                      "krait.names");
        gv->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
        data = gv;
        break;
    }
    }
    return ConstantStruct::get(descTy, {ConstantInt::get(i32, kind),
                                        ConstantInt::get(i32, static_cast<uint32_t>(size)), data});
}

Function *ModuleEmitter::emitInitFunction() {
    LLVMContext &ctx = out.getContext();
    Type *valueTy = runtime.valueType();
    PointerType *ptr = runtime.ptrType();
    Function *init = Function::Create(FunctionType::get(valueTy, false),
                                      GlobalValue::InternalLinkage, "krait.init", out);
    markRunOnce(*init);
    // The constants as a table the runtime walks (kr_constants_init): one
    // call here instead of a call and a failure check per constant.
    // struct kr_const_desc { uint32_t kind, size; const void *data; }
    StructType *descTy = StructType::getTypeByName(ctx, "kr_const_desc");
    if (!descTy)
        descTy = StructType::create(ctx, {Type::getInt32Ty(ctx), Type::getInt32Ty(ctx), ptr},
                                    "kr_const_desc");
    std::vector<Constant *> descs;
    for (const ConstantKey *key : constantsInOrder)
        descs.push_back(constantDesc(*key, descTy));
    Constant *table = ConstantPointerNull::get(ptr);
    if (!descs.empty()) {
        ArrayType *tableTy = ArrayType::get(descTy, descs.size());
        table = new GlobalVariable(out, tableTy, true, GlobalValue::PrivateLinkage,
                                   ConstantArray::get(tableTy, descs), "krait.constant.table");
    }
    IRBuilder<> b(BasicBlock::Create(ctx, "entry", init));
    unsigned count = static_cast<unsigned>(constantsInOrder.size()) + 2;
    Value *mod = b.CreateCall(runtime.get(RtFn::kr_constants_init),
                              {constantsPlaceholder, ConstantInt::get(runtime.sizeType(), count),
                               table, cString(module.name), cString(module.path)});
    b.CreateRet(mod);
    return init;
}

void ModuleEmitter::emitStartFunction(Function *init) {
    LLVMContext &ctx = out.getContext();
    Type *valueTy = runtime.valueType();
    Function *start =
        Function::Create(FunctionType::get(valueTy, false), GlobalValue::ExternalLinkage,
                         moduleStartSymbol(module.name), out);
    BasicBlock *entry = BasicBlock::Create(ctx, "entry", start);
    BasicBlock *run = BasicBlock::Create(ctx, "run", start);
    BasicBlock *fail = BasicBlock::Create(ctx, "fail", start);
    IRBuilder<> b(entry);
    Value *mod = b.CreateCall(init);
    b.CreateCondBr(b.CreateIsNull(mod), fail, run);
    b.SetInsertPoint(fail);
    b.CreateRet(ConstantInt::get(valueTy, 0));
    b.SetInsertPoint(run);
    Function *body = codeFunction(module.body());
    Value *result = b.CreateCall(
        body, {ConstantInt::get(valueTy, 0), ConstantPointerNull::get(runtime.ptrType())});
    // krait_main: nonzero on success; a module start function: the module.
    if (module.name == "__main__") {
        b.CreateRet(result);
        return;
    }
    BasicBlock *done = BasicBlock::Create(ctx, "done", start);
    b.CreateCondBr(b.CreateIsNull(result), fail, done);
    b.SetInsertPoint(done);
    b.CreateRet(mod);
}

bool ModuleEmitter::run(std::string &error) {
    if (!module.body()) {
        error = module.path + ": internal error: the IR module has no body";
        return false;
    }
    // Uses index the array as value words, so its final type can differ from
    // the placeholder's.
    constantsPlaceholder =
        new GlobalVariable(out, ArrayType::get(runtime.valueType(), 0), false,
                           GlobalValue::PrivateLinkage, nullptr, "krait.constants.tmp");
    declareFunctions();
    for (const auto &fn : module.functions()) {
        FunctionEmitter emitter(*this, *fn);
        if (!emitter.run(error)) return false;
    }
    Function *init = emitInitFunction();
    emitStartFunction(init);

    ArrayType *arrTy = ArrayType::get(runtime.valueType(), constantsInOrder.size() + 2);
    auto *constants = new GlobalVariable(out, arrTy, false, GlobalValue::InternalLinkage,
                                         ConstantAggregateZero::get(arrTy), "krait.constants");
    constants->setAlignment(out.getDataLayout().getPointerABIAlignment(0));
    constantsPlaceholder->replaceAllUsesWith(constants);
    constantsPlaceholder->eraseFromParent();
    constantsPlaceholder = constants;
    return true;
}

std::unique_ptr<Module> emitLLVMModule(const ir::Module &module, LLVMContext &ctx,
                                       const std::string &triple, const DataLayout &layout,
                                       std::string &error, const EmitOptions &options) {
    auto out = std::make_unique<Module>(module.name, ctx);
    out->setTargetTriple(triple);
    out->setDataLayout(layout);
    out->setSourceFileName(module.path);
    ModuleEmitter emitter(module, *out, options);
    if (!emitter.run(error)) return nullptr;
    return out;
}

} // namespace krait::codegen
