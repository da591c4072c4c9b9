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

Value *ModuleEmitter::createConstant(IRBuilder<> &b, const ConstantKey &key, BasicBlock *fail) {
    Type *sizeTy = runtime.sizeType();
    Value *v = nullptr;
    switch (key.kind) {
    case ConstantKey::Str:
        v = b.CreateCall(runtime.get(RtFn::kr_str_new),
                         {cString(key.text), ConstantInt::get(sizeTy, key.text.size())});
        break;
    case ConstantKey::Bytes:
        v = b.CreateCall(runtime.get(RtFn::kr_bytes_new),
                         {cString(key.text), ConstantInt::get(sizeTy, key.text.size())});
        break;
    case ConstantKey::Float:
        v = b.CreateCall(runtime.get(RtFn::kr_float_new),
                         {ConstantFP::get(b.getDoubleTy(), key.number)});
        break;
    case ConstantKey::BigInt: {
        bool negative = !key.text.empty() && key.text[0] == '-';
        StringRef digits = StringRef(key.text).drop_front(negative ? 1 : 0);
        v = b.CreateCall(runtime.get(RtFn::kr_int_from_digits),
                         {cString(digits), ConstantInt::get(sizeTy, digits.size())});
        if (negative) {
            // Negate once at start-up (the runtime parses unsigned digits).
            BasicBlock *ok =
                BasicBlock::Create(b.getContext(), "", b.GetInsertBlock()->getParent());
            b.CreateCondBr(b.CreateIsNull(v), fail, ok);
            b.SetInsertPoint(ok);
            v = b.CreateCall(runtime.get(RtFn::kr_unary_op), {b.getInt32(1 /*NEG*/), v});
        }
        break;
    }
    case ConstantKey::KwNames: {
        // The names are str constants created earlier (lower indices).
        AllocaInst *items = nullptr;
        {
            IRBuilder<> entry(&b.GetInsertBlock()->getParent()->getEntryBlock(),
                              b.GetInsertBlock()->getParent()->getEntryBlock().begin());
            items =
                entry.CreateAlloca(runtime.valueType(), ConstantInt::get(sizeTy, key.names.size()));
        }
        for (size_t i = 0; i < key.names.size(); ++i) {
            unsigned idx = constantIndex.at({ConstantKey::Str, key.names[i], 0, {}});
            b.CreateStore(loadConstant(b, idx),
                          b.CreateConstInBoundsGEP1_32(runtime.valueType(), items, i));
        }
        v = b.CreateCall(runtime.get(RtFn::kr_build_tuple),
                         {ConstantInt::get(sizeTy, key.names.size()), items});
        break;
    }
    }
    return v;
}

Function *ModuleEmitter::emitInitFunction() {
    LLVMContext &ctx = out.getContext();
    Type *valueTy = runtime.valueType();
    Type *sizeTy = runtime.sizeType();
    Function *init = Function::Create(FunctionType::get(valueTy, false),
                                      GlobalValue::InternalLinkage, "krait.init", out);
    markRunOnce(*init);
    BasicBlock *entry = BasicBlock::Create(ctx, "entry", init);
    BasicBlock *body = BasicBlock::Create(ctx, "body", init);
    BasicBlock *fail = BasicBlock::Create(ctx, "fail", init);
    IRBuilder<> b(entry);
    b.CreateBr(body);
    b.SetInsertPoint(fail);
    b.CreateRet(ConstantInt::get(valueTy, 0));

    b.SetInsertPoint(body);
    unsigned count = static_cast<unsigned>(constantsInOrder.size()) + 2;
    // Register the (zeroed) array first: every constant is reachable as soon
    // as it is stored, whatever the next allocation collects.
    b.CreateCall(runtime.get(RtFn::kr_gc_add_roots),
                 {constantsPlaceholder, ConstantInt::get(sizeTy, count)});
    auto store = [&](Value *v, unsigned index) {
        BasicBlock *ok = BasicBlock::Create(ctx, "", init);
        b.CreateCondBr(b.CreateIsNull(v), fail, ok);
        b.SetInsertPoint(ok);
        b.CreateStore(v, b.CreateConstInBoundsGEP1_32(valueTy, constantsPlaceholder, index));
    };
    Value *mod = b.CreateCall(runtime.get(RtFn::kr_module_new),
                              {cString(module.name), cString(module.path)});
    store(mod, ModuleObjectIndex);
    store(b.CreateCall(runtime.get(RtFn::kr_module_dict), {mod}), ModuleDictIndex);
    for (size_t i = 0; i < constantsInOrder.size(); ++i)
        store(createConstant(b, *constantsInOrder[i], fail), static_cast<unsigned>(i) + 2);
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
