//===- LowerClass.cpp - Class definitions ---------------------------------===//
///
/// \file
/// `class C(bases): body` (docs/IR.md, "Closures and class bodies"): the
/// body is a function whose only parameter is the namespace dict; the
/// defining code evaluates the bases, builds the dict, calls the body
/// function with it, then creates the class with `make.class`.
///
//===----------------------------------------------------------------------===//

#include "ir/lower/LowerImpl.h"

namespace krait::lower {

void FunctionLowering::lowerClassDef(const ast::ClassDef &def) {
    at(def);
    const Scope *scope = def.scope;
    if (!scope) {
        error(def, "internal error: class without a scope");
        return;
    }
    bool ok = true;
    for (const ast::ExprPtr &base : def.bases) {
        if (ast::isa<ast::Starred>(base.get())) {
            unsupported(*base, "starred base classes are");
            ok = false;
        }
    }
    if (!ok) return;
    if (!def.keywords.empty()) {
        lowerClassKeywords(def);
        return;
    }

    // Decorators, then bases, are evaluated before the body runs.
    std::vector<ir::Instruction *> decorators = lowerDecorators(def.decorators);
    std::vector<ir::Instruction *> bases;
    for (const ast::ExprPtr &base : def.bases)
        bases.push_back(lowerExpr(*base));
    ir::Instruction *closure = closureFor(def, scope);

    ir::Function *fn = m_.irModule.createFunction(def.name, scope->qualName);
    fn->loc = def.range.begin;
    FunctionLowering inner(m_, fn, scope);
    inner.lowerClassBody(def);

    at(def);
    ir::Instruction *ns = b_.buildDict({});
    ir::Instruction *body = b_.makeFunction(fn, nullptr, nullptr, closure);
    ir::Instruction *classCell = b_.call(body, {ns});
    ir::Instruction *cls = b_.makeClass(def.name, ns, std::move(bases));
    // The body returned the cell its super()-using methods captured.
    if (inner.classCell_) b_.cellStore(classCell, cls);
    cls = applyDecorators(def.decorators, decorators, cls);
    storeName(def.range.begin, def.nameBinding, def.name, cls);
}

/// MicroPython builds classes with a function that takes no keyword
/// arguments (no PEP 487), so `class A(B, arg=1)` evaluates its decorators,
/// bases and keyword values, then raises TypeError when it runs.
void FunctionLowering::lowerClassKeywords(const ast::ClassDef &def) {
    lowerDecorators(def.decorators);
    for (const ast::ExprPtr &base : def.bases)
        lowerExpr(*base);
    for (const ast::Keyword &kw : def.keywords)
        lowerExpr(*kw.value);
    at(def);
    ir::Instruction *cls = b_.builtinLoad("TypeError");
    ir::Instruction *msg = b_.constStr("function doesn't take keyword arguments");
    b_.raise(b_.call(cls, {msg}));
}

void FunctionLowering::lowerClassBody(const ast::ClassDef &def) {
    b_.setLoc(def.range.begin);
    fn_->setParams({".ns"}, {}, "", "");
    ns_ = b_.param(0);
    for (unsigned i = 0; i < scope_->frees.size(); ++i)
        frees_.push_back(b_.closureCell(i));
    // As MicroPython: the class dict gets __module__ and __qualname__ first.
    b_.nsStore(ns_, "__module__", b_.globalLoad("__name__"));
    b_.nsStore(ns_, "__qualname__", b_.constStr(def.name));
    for (const Scope *child : scope_->children)
        if (!classCell_ && needsClassCell(child)) classCell_ = b_.cellNew();
    lowerStmts(def.body);
    if (reachable()) b_.ret(classCell_ ? classCell_ : b_.constNone());
}

bool FunctionLowering::needsClassCell(const Scope *scope) {
    return scope->usesSuper && scope->parent && scope->parent->kind == ScopeKind::Class &&
           (scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Lambda);
}

ir::Instruction *FunctionLowering::lowerZeroArgSuper(const ast::Call &e) {
    // As CPython and MicroPython: super(__class__, <first argument>).
    if (!superCell_ || !firstParam_) {
        unsupported(e, "zero-argument super() outside a method's own body is");
        return poison();
    }
    at(e);
    ir::Instruction *super = b_.builtinLoad("super");
    ir::Instruction *cls = b_.cellLoad(superCell_, "__class__");
    ir::Instruction *self = loadName(e.range.begin, firstParam_->binding, firstParam_->name);
    at(e);
    return b_.call(super, {cls, self});
}

} // namespace krait::lower
