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
                                        std::string moduleName) {
    (void)scopes; // Every node already carries its scope and bindings.
    auto irModule = std::make_unique<ir::Module>(std::move(moduleName), file.path());
    unsigned errorsBefore = diags.errorCount();
    if (!module.scope) {
        diags.error(module.range.begin, "internal error: lowering a module without scopes");
        return nullptr;
    }
    lower::ModuleLowering m(*irModule, diags);
    ir::Function *body = irModule->createModuleBody();
    body->loc = SourceLoc{1, 1};
    lower::FunctionLowering fl(m, body, module.scope);
    fl.lowerModuleBody(module.body);
    if (diags.errorCount() != errorsBefore)
        return nullptr;
    return irModule;
}

namespace lower {

void ModuleLowering::error(SourceLoc loc, const std::string &message) {
    if (reported_.insert({loc.line, loc.col, message}).second)
        diags.error(loc, message);
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
    if (reachable())
        b_.jump(next);
    setBlock(next);
}

bool FunctionLowering::keepIfUsed(ir::Block *block) {
    for (const auto &other : fn_->blocks()) {
        if (other.get() == block)
            continue;
        for (ir::Block *succ : other->successors())
            if (succ == block)
                return true;
        if (other->handler == block)
            return true;
    }
    fn_->eraseBlock(block);
    return false;
}

//===----------------------------------------------------------------------===//
// Bodies
//===----------------------------------------------------------------------===//

void FunctionLowering::lowerModuleBody(const ast::StmtList &body) {
    lowerStmts(body);
    if (reachable())
        b_.ret(b_.constNone());
}

void FunctionLowering::setUpParams(const ast::Arguments &args) {
    std::vector<std::string> names;
    for (const ast::Arg &a : args.args)
        names.push_back(a.name);
    fn_->setParams(names, {}, "", "");
    // Parameters are the first locals of the scope; the rest follow in order.
    for (size_t i = names.size(); i < scope_->locals.size(); ++i)
        fn_->addSlot(scope_->locals[i]);
    // The code entry receives the bound parameters; copying each into its
    // slot keeps every later read a plain slot.load.
    for (unsigned i = 0; i < names.size(); ++i)
        b_.slotStore(i, b_.param(i));
}

void FunctionLowering::lowerFunctionBody(const ast::FunctionDef &def) {
    b_.setLoc(def.range.begin);
    setUpParams(def.args);
    lowerStmts(def.body);
    if (reachable()) {
        b_.setLoc(def.range.end.line ? def.range.end : def.range.begin);
        b_.ret(b_.constNone());
    }
}

void FunctionLowering::lowerLambdaBody(const ast::Lambda &lambda) {
    b_.setLoc(lambda.range.begin);
    setUpParams(lambda.args);
    ir::Instruction *v = lowerExpr(*lambda.body);
    b_.ret(v);
}

//===----------------------------------------------------------------------===//
// def and lambda
//===----------------------------------------------------------------------===//

bool FunctionLowering::checkFunction(const ast::Node &at, const Scope *scope,
                                     const ast::Arguments &args, const char *what) {
    std::string w = what;
    if (!scope) {
        error(at, "internal error: " + w + " without a scope");
        return false;
    }
    bool ok = true;
    if (!args.posonly.empty()) {
        unsupported(at, "positional-only parameters are");
        ok = false;
    }
    if (args.vararg) {
        unsupported(at, "*args parameters are");
        ok = false;
    }
    if (!args.kwonly.empty()) {
        unsupported(at, "keyword-only parameters are");
        ok = false;
    }
    if (args.kwarg) {
        unsupported(at, "**kwargs parameters are");
        ok = false;
    }
    if (scope->isCoroutine || scope->hasAwait) {
        unsupported(at, "async functions are");
        ok = false;
    } else if (scope->isGenerator) {
        unsupported(at, "generators (yield) are");
        ok = false;
    }
    if (!scope->cells.empty()) {
        unsupported(at, "closures (variable '" + scope->cells.front() +
                            "' is captured by a nested function) are");
        ok = false;
    } else if (!scope->frees.empty()) {
        unsupported(at, "closures (" + w + " uses variable '" + scope->frees.front().name +
                            "' of an enclosing function) are");
        ok = false;
    }
    if (ok && scope->locals.size() < args.args.size()) {
        error(at, "internal error: parameters missing from the scope's locals");
        ok = false;
    }
    for (size_t i = 0; ok && i < args.args.size(); ++i) {
        if (args.args[i].binding.kind != BindingKind::Local ||
            args.args[i].binding.index != i || scope->locals[i] != args.args[i].name) {
            error(at, "internal error: parameter '" + args.args[i].name +
                          "' is not in its slot");
            ok = false;
        }
    }
    return ok;
}

ir::Instruction *FunctionLowering::lowerDefaults(const ast::Arguments &args) {
    if (args.defaults.empty())
        return nullptr;
    std::vector<ir::Instruction *> values;
    for (const ast::ExprPtr &d : args.defaults)
        values.push_back(lowerExpr(*d));
    return b_.buildTuple(std::move(values));
}

void FunctionLowering::lowerFunctionDef(const ast::FunctionDef &def) {
    at(def);
    if (!def.decorators.empty()) {
        unsupported(*def.decorators.front(), "decorators are");
        return;
    }
    if (def.isAsync) {
        unsupported(def, "async functions are");
        return;
    }
    if (!checkFunction(def, def.scope, def.args, "function"))
        return;
    ir::Instruction *defaults = lowerDefaults(def.args);

    ir::Function *fn = m_.irModule.createFunction(def.name, def.scope->qualName);
    fn->loc = def.range.begin;
    FunctionLowering inner(m_, fn, def.scope);
    inner.lowerFunctionBody(def);

    at(def);
    ir::Instruction *f = b_.makeFunction(fn, defaults);
    storeName(def.range.begin, def.nameBinding, def.name, f);
}

ir::Instruction *FunctionLowering::lowerLambda(const ast::Lambda &lambda) {
    if (!checkFunction(lambda, lambda.scope, lambda.args, "lambda"))
        return poison();
    ir::Instruction *defaults = lowerDefaults(lambda.args);
    ir::Function *fn = m_.irModule.createFunction("<lambda>", lambda.scope->qualName);
    fn->loc = lambda.range.begin;
    FunctionLowering inner(m_, fn, lambda.scope);
    inner.lowerLambdaBody(lambda);
    at(lambda);
    return b_.makeFunction(fn, defaults);
}

} // namespace lower
} // namespace krait
