//===- LowerComprehension.cpp - List, set and dict comprehensions ---------===//
///
/// \file
/// A comprehension is its own function scope (as in Python 3): the iterator
/// of its first `for` is computed in the enclosing scope and passed as the
/// single parameter ".0"; the function builds and returns the container, or,
/// for a generator expression, is a generator yielding each element.
///
//===----------------------------------------------------------------------===//

#include "ir/lower/LowerImpl.h"

namespace krait::lower {

ir::Instruction *FunctionLowering::lowerComprehension(const ast::ComprehensionExpr &c) {
    const Scope *scope = c.scope;
    if (!scope || c.generators.empty()) {
        error(c, "internal error: comprehension without a scope");
        return poison();
    }
    for (const ast::Comprehension &g : c.generators) {
        if (g.isAsync && ast::isa<ast::GeneratorExp>(&c)) {
            m_.unsupported(g.range.begin, "asynchronous generator expressions are");
            return poison();
        }
    }
    // With `await` inside, a list, set or dict comprehension is a coroutine
    // that the enclosing one awaits (its return value is the container).
    bool awaits = scope->hasAwait;
    if (awaits && ast::isa<ast::GeneratorExp>(&c)) {
        m_.unsupported(c.range.begin, "'await' inside a generator expression is");
        return poison();
    }
    if (awaits && !fn_->generator) {
        error(c, "'await' outside async function");
        return poison();
    }
    if ((scope->isGenerator && !ast::isa<ast::GeneratorExp>(&c))) {
        error(c, "'yield' inside list comprehension");
        return poison();
    }
    ir::Instruction *iterable = lowerExpr(*c.generators[0].iter);
    at(c);
    ir::Instruction *it = c.generators[0].isAsync ? b_.call(b_.getAttr(iterable, "__aiter__"), {})
                                                  : b_.iter(iterable);
    ir::Instruction *closure = closureFor(c, scope);

    ir::Function *fn = m_.irModule.createFunction(scope->name, scope->qualName);
    fn->loc = c.range.begin;
    FunctionLowering inner(m_, fn, scope);
    inner.lowerComprehensionBody(c);

    at(c);
    ir::Instruction *f = b_.makeFunction(fn, nullptr, nullptr, closure);
    ir::Instruction *r = b_.call(f, {it});
    return awaits ? b_.yieldFrom(r) : r;
}

void FunctionLowering::lowerComprehensionBody(const ast::ComprehensionExpr &c) {
    b_.setLoc(c.range.begin);
    int iterIndex = scope_->localIndex(".0");
    if (iterIndex < 0) {
        error(c, "internal error: comprehension scope without its '.0' parameter");
        b_.ret(b_.constNone());
        return;
    }
    NameBinding iterBinding;
    iterBinding.kind = BindingKind::Local;
    iterBinding.index = static_cast<uint32_t>(iterIndex);
    Params params;
    params.list.push_back({".0", iterBinding});
    params.nPos = 1;
    fn_->generator = scope_->hasAwait;
    setUpFrame(params);

    at(c);
    if (ast::isa<ast::GeneratorExp>(&c)) {
        // A generator: each element is yielded; nothing is built.
        fn_->generator = true;
        lowerComprehensionLoop(c, 0, nullptr);
        at(c);
        b_.ret(b_.constNone());
        return;
    }
    ir::Instruction *result = nullptr;
    if (ast::isa<ast::ListComp>(&c))
        result = b_.buildList({});
    else if (ast::isa<ast::SetComp>(&c))
        result = b_.buildSet({});
    else
        result = b_.buildDict({});
    lowerComprehensionLoop(c, 0, result);
    at(c);
    b_.ret(result);
}

void FunctionLowering::lowerComprehensionLoop(const ast::ComprehensionExpr &c, size_t k,
                                              ir::Instruction *result) {
    const ast::Comprehension &g = c.generators[k];
    ir::Instruction *it;
    if (k == 0) {
        // The parameter already is an iterator (an async one for `async for`).
        b_.setLoc(g.range.begin);
        it = b_.slotLoad(slotOf_[static_cast<size_t>(scope_->localIndex(".0"))]);
    } else {
        ir::Instruction *iterable = lowerExpr(*g.iter);
        b_.setLoc(g.range.begin);
        it = g.isAsync ? b_.call(b_.getAttr(iterable, "__aiter__"), {}) : b_.iter(iterable);
    }
    ir::Block *exit = newBlock();
    ir::Block *head;
    ir::Instruction *item = nullptr;
    if (g.isAsync) {
        head = lowerAsyncHead(g.range.begin, it, exit, item);
    } else {
        head = newBlock();
        jump(head);
        setBlock(head);
        b_.setLoc(g.range.begin);
        item = b_.iterNext(it);
        ir::Instruction *stop = b_.isStop(item);
        ir::Block *body = newBlock();
        branch(stop, exit, body);
        setBlock(body);
    }
    assignTo(*g.target, item);
    for (const ast::ExprPtr &cond : g.ifs) {
        ir::Block *pass = newBlock();
        lowerCond(*cond, pass, head);
        if (!keepIfUsed(pass)) break; // `if False`: nothing after it runs
        setBlock(pass);
    }
    if (reachable()) {
        if (k + 1 < c.generators.size()) {
            lowerComprehensionLoop(c, k + 1, result);
        } else if (auto *lc = ast::dyn_cast<ast::ListComp>(&c)) {
            ir::Instruction *v = lowerExpr(*lc->elt);
            at(*lc->elt);
            b_.listAppend(result, v);
        } else if (auto *ge = ast::dyn_cast<ast::GeneratorExp>(&c)) {
            ir::Instruction *v = lowerExpr(*ge->elt);
            at(*ge->elt);
            b_.yield(v);
        } else if (auto *sc = ast::dyn_cast<ast::SetComp>(&c)) {
            ir::Instruction *v = lowerExpr(*sc->elt);
            at(*sc->elt);
            b_.setAdd(result, v);
        } else {
            auto &dc = *ast::cast<ast::DictComp>(&c);
            ir::Instruction *key = lowerExpr(*dc.key);
            ir::Instruction *value = lowerExpr(*dc.value);
            at(*dc.key);
            b_.setItem(result, key, value);
        }
        jump(head);
    }
    setBlock(exit);
}

} // namespace krait::lower
