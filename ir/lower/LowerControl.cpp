//===- LowerControl.cpp - Branches, loops, exceptions and exits -----------===//
///
/// \file
/// `if`, `while`, `for`, `try`, `return`, `break`, `continue`, `raise`,
/// `assert`, and conditions. Join blocks that nothing reaches are removed,
/// leaving the insert point on a terminated block: the code after is dead.
///
//===----------------------------------------------------------------------===//

#include "ir/lower/LowerImpl.h"

namespace krait::lower {

//===----------------------------------------------------------------------===//
// Conditions
//===----------------------------------------------------------------------===//

void FunctionLowering::lowerCond(const ast::Expr &e, ir::Block *ifTrue, ir::Block *ifFalse) {
    if (auto *bo = ast::dyn_cast<ast::BoolOp>(&e)) {
        bool isAnd = bo->op == ast::BoolOpKind::And;
        for (size_t i = 0; i + 1 < bo->values.size(); ++i) {
            ir::Block *next = newBlock();
            if (isAnd)
                lowerCond(*bo->values[i], next, ifFalse);
            else
                lowerCond(*bo->values[i], ifTrue, next);
            if (!keepIfUsed(next)) return; // `False and x`: the rest is never evaluated
            setBlock(next);
        }
        lowerCond(*bo->values.back(), ifTrue, ifFalse);
        return;
    }
    if (auto *u = ast::dyn_cast<ast::UnaryOp>(&e); u && u->op == ast::UnaryOpKind::Not) {
        lowerCond(*u->operand, ifFalse, ifTrue);
        return;
    }
    if (auto *c = ast::dyn_cast<ast::Constant>(&e)) {
        // `while True:` and friends: the truth of these is known.
        ast::ConstantKind k = c->constKind;
        if (k == ast::ConstantKind::True || k == ast::ConstantKind::False ||
            k == ast::ConstantKind::None) {
            jump(k == ast::ConstantKind::True ? ifTrue : ifFalse);
            return;
        }
    }
    if (auto *cmp = ast::dyn_cast<ast::Compare>(&e); cmp && cmp->ops.size() > 1) {
        // a < b < c: each operand evaluated once, stop at the first false.
        ir::Instruction *left = lowerExpr(*cmp->left);
        for (size_t i = 0; i < cmp->ops.size(); ++i) {
            ir::Instruction *right = lowerExpr(*cmp->comparators[i]);
            at(*cmp);
            ir::Instruction *r = b_.binary(irCompareOp(cmp->ops[i]), left, right);
            ir::Instruction *t = b_.truth(r);
            if (i + 1 == cmp->ops.size()) {
                branch(t, ifTrue, ifFalse);
            } else {
                ir::Block *next = newBlock();
                branch(t, next, ifFalse);
                setBlock(next);
            }
            left = right;
        }
        return;
    }
    ir::Instruction *v = lowerExpr(e);
    at(e);
    branch(b_.truth(v), ifTrue, ifFalse);
}

//===----------------------------------------------------------------------===//
// if / while / for
//===----------------------------------------------------------------------===//

void FunctionLowering::lowerIf(const ast::If &s) {
    ir::Block *thenB = newBlock();
    ir::Block *elseB = newBlock();
    ir::Block *after = s.orelse.empty() ? elseB : newBlock();
    lowerCond(*s.test, thenB, elseB);
    ir::Block *dead = curBlock();
    if (keepIfUsed(thenB)) {
        setBlock(thenB);
        lowerStmts(s.body);
        if (reachable()) jump(after);
        dead = curBlock();
    }
    if (after != elseB && keepIfUsed(elseB)) {
        setBlock(elseB);
        lowerStmts(s.orelse);
        if (reachable()) jump(after);
        dead = curBlock();
    }
    setBlock(keepIfUsed(after) ? after : dead);
}

void FunctionLowering::lowerWhile(const ast::While &s) {
    ir::Block *cond = newBlock();
    jump(cond);
    setBlock(cond);
    ir::Block *body = newBlock();
    ir::Block *after = newBlock();
    ir::Block *elseB = s.orelse.empty() ? after : newBlock();
    lowerCond(*s.test, body, elseB);
    ir::Block *dead = curBlock();
    if (keepIfUsed(body)) {
        setBlock(body);
        contexts_.push_back(Context::loop(after, cond));
        lowerStmts(s.body);
        contexts_.pop_back();
        if (reachable()) {
            at(s);
            jump(cond);
        }
        dead = curBlock();
    }
    if (elseB != after && keepIfUsed(elseB)) {
        setBlock(elseB);
        lowerStmts(s.orelse);
        if (reachable()) jump(after);
        dead = curBlock();
    }
    setBlock(keepIfUsed(after) ? after : dead);
}

void FunctionLowering::lowerFor(const ast::For &s) {
    if (s.isAsync) {
        lowerAsyncFor(s);
        return;
    }
    ir::Instruction *iterable = lowerExpr(*s.iter);
    at(s);
    ir::Instruction *it = b_.iter(iterable);
    ir::Block *head = newBlock();
    jump(head);
    setBlock(head);
    at(s);
    ir::Instruction *item = b_.iterNext(it);
    ir::Instruction *stop = b_.isStop(item);
    ir::Block *body = newBlock();
    ir::Block *after = newBlock();
    ir::Block *elseB = s.orelse.empty() ? after : newBlock();
    branch(stop, elseB, body);

    setBlock(body);
    assignTo(*s.target, item);
    contexts_.push_back(Context::loop(after, head));
    lowerStmts(s.body);
    contexts_.pop_back();
    if (reachable()) {
        at(s);
        jump(head);
    }
    ir::Block *dead = curBlock();
    if (elseB != after) {
        setBlock(elseB);
        lowerStmts(s.orelse);
        if (reachable()) jump(after);
        dead = curBlock();
    }
    setBlock(keepIfUsed(after) ? after : dead);
}

ir::Block *FunctionLowering::lowerAsyncHead(SourceLoc loc, ir::Instruction *it, ir::Block *exit,
                                            ir::Instruction *&item) {
    ir::Block *outer = curHandler_;
    ir::Block *handler = newBlock(outer);
    ir::Block *head = newBlock(handler);
    jump(head);
    setBlock(handler);
    b_.setLoc(loc);
    ir::Instruction *exc = b_.excFetch();
    ir::Instruction *stop = b_.excMatch(exc, b_.builtinLoad("StopAsyncIteration"));
    ir::Block *reraise = newBlock(outer);
    branch(stop, exit, reraise);
    setBlock(reraise);
    b_.reraise(exc);

    setBlock(head);
    b_.setLoc(loc);
    item = b_.yieldFrom(b_.call(b_.getAttr(it, "__anext__"), {}));
    // The loop body is not protected by the StopAsyncIteration handler.
    ir::Block *body = newBlock(outer);
    jump(body);
    setBlock(body);
    return head;
}

void FunctionLowering::lowerAsyncFor(const ast::For &s) {
    // it = iterable.__aiter__(); loop: target = await it.__anext__() until it
    // raises StopAsyncIteration (which ends the loop and runs the else part).
    ir::Instruction *iterable = lowerExpr(*s.iter);
    at(s);
    ir::Instruction *it = b_.call(b_.getAttr(iterable, "__aiter__"), {});
    ir::Block *after = newBlock();
    ir::Block *elseB = s.orelse.empty() ? after : newBlock();
    ir::Instruction *item = nullptr;
    ir::Block *head = lowerAsyncHead(s.range.begin, it, elseB, item);
    assignTo(*s.target, item);
    contexts_.push_back(Context::loop(after, head));
    lowerStmts(s.body);
    contexts_.pop_back();
    if (reachable()) {
        at(s);
        jump(head);
    }
    ir::Block *dead = curBlock();
    if (elseB != after) {
        setBlock(elseB);
        lowerStmts(s.orelse);
        if (reachable()) jump(after);
        dead = curBlock();
    }
    setBlock(keepIfUsed(after) ? after : dead);
}

//===----------------------------------------------------------------------===//
// Exits: return, break, continue
//===----------------------------------------------------------------------===//

bool FunctionLowering::runCleanupsDownTo(size_t stop) {
    for (size_t i = contexts_.size(); i-- > stop;) {
        if (contexts_[i].kind != Context::Cleanup) continue;
        // The cleanup runs as if the contexts it sits in were the only ones:
        // a `break` inside a finally body targets the loops around the try.
        Context ctx = contexts_[i];
        std::vector<Context> inner(contexts_.begin() + static_cast<long>(i), contexts_.end());
        contexts_.erase(contexts_.begin() + static_cast<long>(i), contexts_.end());
        ir::Block *savedHandler = curHandler_;
        curHandler_ = ctx.outerHandler;
        switchHandler(ctx.outerHandler);
        ctx.emitCleanup();
        bool live = reachable();
        contexts_.insert(contexts_.end(), inner.begin(), inner.end());
        curHandler_ = savedHandler;
        if (!live) return false;
    }
    return true;
}

void FunctionLowering::lowerReturn(const ast::Return &s) {
    if (fn_->isModuleBody || ns_) {
        error(s, "'return' outside function");
        return;
    }
    ir::Instruction *v = s.value ? lowerExpr(*s.value) : (at(s), b_.constNone());
    if (!runCleanupsDownTo(0)) return;
    at(s);
    b_.ret(v);
}

void FunctionLowering::lowerBreakContinue(const ast::Stmt &s, bool isBreak) {
    for (size_t i = contexts_.size(); i-- > 0;) {
        if (contexts_[i].kind != Context::Loop) continue;
        ir::Block *target = isBreak ? contexts_[i].breakTarget : contexts_[i].continueTarget;
        if (!runCleanupsDownTo(i + 1)) return;
        at(s);
        jump(target);
        return;
    }
    error(s, isBreak ? "'break' outside loop" : "'continue' not properly in loop");
}

//===----------------------------------------------------------------------===//
// raise / assert
//===----------------------------------------------------------------------===//

void FunctionLowering::lowerRaise(const ast::Raise &s) {
    if (!s.exc) {
        for (size_t i = contexts_.size(); i-- > 0;) {
            if (contexts_[i].kind == Context::ActiveExc) {
                at(s);
                b_.reraise(contexts_[i].exc);
                return;
            }
        }
        // Like MicroPython, what a bare raise re-raises is decided within the
        // function: outside a handler there is nothing.
        at(s);
        ir::Instruction *cls = b_.builtinLoad("RuntimeError");
        ir::Instruction *msg = b_.constStr("no active exception to reraise");
        b_.raise(b_.call(cls, {msg}));
        return;
    }
    ir::Instruction *e = lowerExpr(*s.exc);
    if (s.cause) {
        ir::Instruction *c = lowerExpr(*s.cause);
        at(s);
        b_.raiseFrom(e, c);
        return;
    }
    at(s);
    b_.raise(e);
}

void FunctionLowering::lowerAssert(const ast::Assert &s) {
    ir::Block *ok = newBlock();
    ir::Block *fail = newBlock();
    lowerCond(*s.test, ok, fail);
    ir::Block *dead = curBlock();
    if (keepIfUsed(fail)) {
        setBlock(fail);
        ir::Instruction *msg = s.msg ? lowerExpr(*s.msg) : nullptr;
        at(s);
        b_.assertFail(msg);
        dead = curBlock();
    }
    setBlock(keepIfUsed(ok) ? ok : dead);
}

//===----------------------------------------------------------------------===//
// try
//===----------------------------------------------------------------------===//

void FunctionLowering::lowerTry(const ast::Try &s) {
    if (s.finalbody.empty()) {
        lowerTryExcept(s);
        return;
    }
    lowerProtected(
        [&] {
            if (s.handlers.empty())
                lowerStmts(s.body);
            else
                lowerTryExcept(s);
        },
        [&] { lowerStmts(s.finalbody); });
}

void FunctionLowering::lowerProtected(const std::function<void()> &body,
                                      const std::function<void()> &emitCleanup,
                                      const std::function<void(ir::Instruction *)> &onException) {
    ir::Block *outer = curHandler_;
    ir::Block *onExc = newBlock(outer);
    contexts_.push_back(Context::cleanup(emitCleanup, outer));
    curHandler_ = onExc;
    switchHandler(onExc);
    body();
    contexts_.pop_back();
    curHandler_ = outer;

    // Fall-through path.
    ir::Block *normalEnd = nullptr;
    if (reachable()) {
        switchHandler(outer);
        emitCleanup();
        if (reachable()) normalEnd = curBlock();
    }

    // Exception path: by default, run the cleanup with the exception held,
    // then re-raise it.
    setBlock(onExc);
    ir::Instruction *e = b_.excFetch();
    contexts_.push_back(Context::active(e));
    if (onException) {
        onException(e);
    } else {
        emitCleanup();
        if (reachable()) b_.reraise(e);
    }
    contexts_.pop_back();
    ir::Block *excEnd = reachable() ? curBlock() : nullptr;

    if (normalEnd && excEnd) {
        ir::Block *join = newBlock(outer);
        jump(join);
        setBlock(normalEnd);
        jump(join);
        setBlock(join);
    } else if (normalEnd) {
        setBlock(normalEnd);
    }
}

void FunctionLowering::lowerWith(const ast::With &s, size_t item) {
    const ast::WithItem &w = s.items[item];
    ir::Instruction *mgr = lowerExpr(*w.contextExpr);
    b_.setLoc(w.range.begin);
    // `async with` awaits the results of __aenter__ and __aexit__.
    ir::Instruction *exitFn = b_.getAttr(mgr, s.isAsync ? "__aexit__" : "__exit__");
    ir::Instruction *enterFn = b_.getAttr(mgr, s.isAsync ? "__aenter__" : "__enter__");
    auto callManager = [&](ir::Instruction *fn, std::vector<ir::Instruction *> args) {
        ir::Instruction *r = b_.call(fn, std::move(args));
        return s.isAsync ? b_.yieldFrom(r) : r;
    };
    ir::Instruction *value = callManager(enterFn, {});
    lowerProtected(
        [&] {
            if (w.optionalVars) assignTo(*w.optionalVars, value);
            if (item + 1 < s.items.size())
                lowerWith(s, item + 1);
            else
                lowerStmts(s.body);
        },
        [&] {
            b_.setLoc(w.range.begin);
            ir::Instruction *none = b_.constNone();
            callManager(exitFn, {none, none, none});
        },
        [&](ir::Instruction *exc) {
            // __exit__(type, value, None); a true result swallows the exception.
            b_.setLoc(w.range.begin);
            ir::Instruction *type = b_.call(b_.builtinLoad("type"), {exc});
            ir::Instruction *r = callManager(exitFn, {type, exc, b_.constNone()});
            ir::Instruction *swallow = b_.truth(r);
            ir::Block *resume = newBlock();
            ir::Block *reraise = newBlock();
            branch(swallow, resume, reraise);
            setBlock(reraise);
            b_.reraise(exc);
            setBlock(resume);
        });
}

void FunctionLowering::lowerTryExcept(const ast::Try &s) {
    ir::Block *outer = curHandler_;
    ir::Block *handler = newBlock(outer);
    curHandler_ = handler;
    switchHandler(handler);
    lowerStmts(s.body);
    curHandler_ = outer;

    ir::Block *after = newBlock(outer);
    if (reachable()) {
        // The else part is not protected by this try's handlers.
        switchHandler(outer);
        lowerStmts(s.orelse);
        if (reachable()) jump(after);
    }

    setBlock(handler);
    b_.setLoc(s.handlers.front().range.begin);
    ir::Instruction *e = b_.excFetch();
    bool matchedAll = false;
    for (size_t k = 0; k < s.handlers.size(); ++k) {
        const ast::ExceptHandler &h = s.handlers[k];
        b_.setLoc(h.range.begin);
        if (!h.type && k + 1 != s.handlers.size()) {
            m_.error(h.range.begin, "default 'except:' must be last");
            break;
        }
        ir::Block *next = nullptr;
        if (h.type) {
            ir::Instruction *type = lowerExpr(*h.type);
            b_.setLoc(h.range.begin);
            ir::Instruction *match = b_.excMatch(e, type);
            ir::Block *body = newBlock();
            next = newBlock();
            branch(match, body, next);
            setBlock(body);
        } else {
            matchedAll = true;
        }
        contexts_.push_back(Context::active(e));
        if (h.name.empty()) {
            lowerStmts(h.body);
        } else {
            storeName(h.range.begin, h.nameBinding, h.name, e);
            // `except E as name:` unbinds name however the handler is left.
            lowerProtected([&] { lowerStmts(h.body); },
                           [&] {
                               b_.setLoc(h.range.begin);
                               storeName(h.range.begin, h.nameBinding, h.name, b_.constNone());
                               deleteName(h.range.begin, h.nameBinding, h.name);
                           });
        }
        contexts_.pop_back();
        if (reachable()) jump(after);
        if (!next) break;
        setBlock(next);
    }
    if (!matchedAll && reachable()) {
        b_.setLoc(s.handlers.back().range.begin);
        b_.reraise(e);
    }
    ir::Block *dead = curBlock();
    setBlock(keepIfUsed(after) ? after : dead);
}

} // namespace krait::lower
