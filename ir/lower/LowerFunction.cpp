//===- LowerFunction.cpp - Modules, functions and blocks ------------------===//
///
/// \file
/// The entry point `lowerModule`, block helpers, and the lowering of `def`
/// and `lambda` into their own IR functions.
///
//===----------------------------------------------------------------------===//

#include "ir/lower/LowerImpl.h"
#include "ir/lower/Lowering.h"

namespace krait {

std::unique_ptr<ir::Module> lowerModule(const ast::Module &module, const ScopeInfo &scopes,
                                        const SourceFile &file, DiagnosticEngine &diags,
                                        std::string moduleName, std::string packageName) {
    (void)scopes; // Every node already carries its scope and bindings.
    auto irModule = std::make_unique<ir::Module>(std::move(moduleName), file.path());
    unsigned errorsBefore = diags.errorCount();
    if (!module.scope) {
        diags.error(module.range.begin, "internal error: lowering a module without scopes");
        return nullptr;
    }
    lower::ModuleLowering m(*irModule, diags);
    m.package = std::move(packageName);
    ir::Function *body = irModule->createModuleBody();
    body->loc = SourceLoc{1, 1};
    lower::FunctionLowering fl(m, body, module.scope);
    fl.lowerModuleBody(module.body);
    if (diags.errorCount() != errorsBefore) return nullptr;
    return irModule;
}

std::string resolveImportName(const std::string &package, unsigned level,
                              const std::string &module) {
    if (level == 0) return module;
    std::string base = package;
    // Each dot beyond the first climbs one package up.
    for (unsigned i = 1; i < level; ++i) {
        auto dot = base.rfind('.');
        if (dot == std::string::npos) return {};
        base.resize(dot);
    }
    if (base.empty()) return {};
    return module.empty() ? base : base + "." + module;
}

namespace lower {

void ModuleLowering::error(SourceLoc loc, const std::string &message) {
    if (reported_.insert({loc.line, loc.col, message}).second) diags.error(loc, message);
}

FunctionLowering::FunctionLowering(ModuleLowering &m, ir::Function *fn, const Scope *scope)
    : m_(m), fn_(fn), scope_(scope) {
    b_.setFunction(fn);
    b_.setLoc(fn->loc);
    setBlock(newBlock(nullptr));
}

//===----------------------------------------------------------------------===//
// Blocks
//===----------------------------------------------------------------------===//

ir::Block *FunctionLowering::newBlock(ir::Block *handler) {
    ir::Block *block = fn_->createBlock();
    block->handler = handler;
    return block;
}

void FunctionLowering::switchHandler(ir::Block *handler) {
    ir::Block *next = newBlock(handler);
    if (reachable()) jump(next);
    setBlock(next);
}

bool FunctionLowering::keepIfUsed(ir::Block *block) {
    // Only lowering-created join blocks are asked about, and control reaches
    // them only through the jumps and branches emitted by `jump`/`branch`.
    if (targeted_.count(block)) return true;
    fn_->eraseBlock(block);
    return false;
}

//===----------------------------------------------------------------------===//
// Bodies
//===----------------------------------------------------------------------===//

void FunctionLowering::lowerModuleBody(const ast::StmtList &body) {
    lowerStmts(body);
    if (reachable()) b_.ret(b_.constNone());
}

FunctionLowering::Params FunctionLowering::paramsOf(const ast::Arguments &args) {
    Params p;
    for (const ast::Arg &a : args.posonly)
        p.list.push_back({a.name, a.binding});
    p.nPosOnly = static_cast<unsigned>(args.posonly.size());
    for (const ast::Arg &a : args.args)
        p.list.push_back({a.name, a.binding});
    p.nPos = static_cast<unsigned>(p.list.size());
    for (const ast::Arg &a : args.kwonly)
        p.list.push_back({a.name, a.binding});
    p.nKwOnly = static_cast<unsigned>(args.kwonly.size());
    if (args.vararg) {
        p.list.push_back({args.vararg->name, args.vararg->binding});
        p.varargs = true;
    }
    if (args.kwarg) {
        p.list.push_back({args.kwarg->name, args.kwarg->binding});
        p.varkw = true;
    }
    return p;
}

void FunctionLowering::setUpFrame(const Params &params) {
    // IR parameter order (as kr_code_info): positional, keyword-only,
    // *args, **kwargs.
    std::vector<std::string> pos, kwonly;
    std::string varargs, varkw;
    for (unsigned i = 0; i < params.list.size(); ++i) {
        const std::string &name = params.list[i].name;
        if (i < params.nPos)
            pos.push_back(name);
        else if (i < params.nPos + params.nKwOnly)
            kwonly.push_back(name);
        else if (params.varargs && varargs.empty())
            varargs = name;
        else
            varkw = name;
    }
    fn_->setParams(pos, kwonly, varargs, varkw);
    fn_->nPosOnly = params.nPosOnly;

    constexpr unsigned noSlot = ~0u;
    slotOf_.assign(scope_->locals.size(), noSlot);
    cells_.assign(scope_->cells.size(), nullptr);
    // The code entry receives the bound parameters; copying each into its
    // slot (or cell) keeps every later access uniform.
    for (unsigned i = 0; i < params.list.size(); ++i) {
        const NameBinding &b = params.list[i].binding;
        if (b.kind == BindingKind::Local && b.index < slotOf_.size()) {
            slotOf_[b.index] = i;
            b_.slotStore(i, b_.param(i));
        } else if (b.kind == BindingKind::Cell && b.index < cells_.size()) {
            cells_[b.index] = b_.cellNew(b_.param(i));
        } else {
            m_.error(fn_->loc,
                     "internal error: parameter '" + params.list[i].name + "' has no slot or cell");
        }
    }
    for (size_t j = 0; j < slotOf_.size(); ++j)
        if (slotOf_[j] == noSlot) slotOf_[j] = fn_->addSlot(scope_->locals[j]);
    for (ir::Instruction *&cell : cells_)
        if (!cell) cell = b_.cellNew();
    for (unsigned i = 0; i < scope_->frees.size(); ++i)
        frees_.push_back(b_.closureCell(i));
    if (needsClassCell(scope_))
        superCell_ = b_.closureCell(static_cast<unsigned>(scope_->frees.size()));
    if (params.nPos > 0) firstParam_ = params.list.front();
}

void FunctionLowering::lowerFunctionBody(const ast::FunctionDef &def) {
    b_.setLoc(def.range.begin);
    // As in MicroPython, a coroutine is a generator: `await` delegates with
    // `yield from`, and calling an `async def` returns a generator object.
    fn_->generator = scope_->isGenerator || scope_->isCoroutine;
    setUpFrame(paramsOf(def.args));
    lowerStmts(def.body);
    if (reachable()) b_.ret(b_.constNone());
}

void FunctionLowering::lowerLambdaBody(const ast::Lambda &lambda) {
    b_.setLoc(lambda.range.begin);
    fn_->generator = scope_->isGenerator;
    setUpFrame(paramsOf(lambda.args));
    ir::Instruction *v = lowerExpr(*lambda.body);
    b_.ret(v);
}

//===----------------------------------------------------------------------===//
// def and lambda
//===----------------------------------------------------------------------===//

bool FunctionLowering::checkFunction(const ast::Node &at, const Scope *scope,
                                     const ast::Arguments &args) {
    if (!scope) {
        error(at, "internal error: function without a scope");
        return false;
    }
    (void)args;
    return true;
}

ir::Instruction *FunctionLowering::closureFor(const ast::Node &at, const Scope *inner) {
    bool withClassCell = classCell_ && needsClassCell(inner);
    if (inner->frees.empty() && !withClassCell) return nullptr;
    std::vector<ir::Instruction *> items;
    for (const FreeVar &fv : inner->frees) {
        const auto &source = fv.fromParentCell ? cells_ : frees_;
        if (inner->parent != scope_ || fv.parentIndex >= source.size()) {
            error(at, "internal error: captured variable '" + fv.name + "' not found");
            return nullptr;
        }
        items.push_back(source[fv.parentIndex]);
    }
    if (withClassCell) items.push_back(classCell_);
    this->at(at);
    return b_.buildTuple(std::move(items));
}

ir::Instruction *FunctionLowering::lowerDefaults(const ast::Arguments &args) {
    if (args.defaults.empty()) return nullptr;
    std::vector<ir::Instruction *> values;
    for (const ast::ExprPtr &d : args.defaults)
        values.push_back(lowerExpr(*d));
    return b_.buildTuple(std::move(values));
}

ir::Instruction *FunctionLowering::lowerKwDefaults(const ast::Arguments &args) {
    std::vector<ir::Instruction *> keysValues;
    for (size_t i = 0; i < args.kwonly.size() && i < args.kwDefaults.size(); ++i) {
        if (!args.kwDefaults[i]) continue;
        ir::Instruction *v = lowerExpr(*args.kwDefaults[i]);
        b_.setLoc(args.kwonly[i].range.begin);
        keysValues.push_back(b_.constStr(args.kwonly[i].name));
        keysValues.push_back(v);
    }
    if (keysValues.empty()) return nullptr;
    return b_.buildDict(std::move(keysValues));
}

std::vector<ir::Instruction *> FunctionLowering::lowerDecorators(const ast::ExprList &decorators) {
    std::vector<ir::Instruction *> values;
    for (const ast::ExprPtr &d : decorators)
        values.push_back(lowerExpr(*d));
    return values;
}

ir::Instruction *FunctionLowering::applyDecorators(const ast::ExprList &decorators,
                                                   const std::vector<ir::Instruction *> &values,
                                                   ir::Instruction *object) {
    // The decorator nearest the definition applies first.
    for (size_t i = values.size(); i-- > 0;) {
        at(*decorators[i]);
        object = b_.call(values[i], {object});
    }
    return object;
}

void FunctionLowering::lowerFunctionDef(const ast::FunctionDef &def) {
    at(def);
    if (!checkFunction(def, def.scope, def.args)) return;
    std::vector<ir::Instruction *> decorators = lowerDecorators(def.decorators);
    ir::Instruction *defaults = lowerDefaults(def.args);
    ir::Instruction *kwDefaults = lowerKwDefaults(def.args);
    ir::Instruction *closure = closureFor(def, def.scope);

    ir::Function *fn = m_.irModule.createFunction(def.name, def.scope->qualName);
    fn->loc = def.range.begin;
    FunctionLowering inner(m_, fn, def.scope);
    inner.lowerFunctionBody(def);

    at(def);
    ir::Instruction *f = b_.makeFunction(fn, defaults, kwDefaults, closure);
    f = applyDecorators(def.decorators, decorators, f);
    storeName(def.range.begin, def.nameBinding, def.name, f);
}

ir::Instruction *FunctionLowering::lowerLambda(const ast::Lambda &lambda) {
    if (!checkFunction(lambda, lambda.scope, lambda.args)) return poison();
    ir::Instruction *defaults = lowerDefaults(lambda.args);
    ir::Instruction *kwDefaults = lowerKwDefaults(lambda.args);
    ir::Instruction *closure = closureFor(lambda, lambda.scope);
    ir::Function *fn = m_.irModule.createFunction("<lambda>", lambda.scope->qualName);
    fn->loc = lambda.range.begin;
    FunctionLowering inner(m_, fn, lambda.scope);
    inner.lowerLambdaBody(lambda);
    at(lambda);
    return b_.makeFunction(fn, defaults, kwDefaults, closure);
}

} // namespace lower
} // namespace krait
