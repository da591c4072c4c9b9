//===- eval/EvalGenerator.cpp - generator functions in evaluated code -----===//
//
// A generator function defined by exec() returns the runtime's own generator
// object (runtime/generator.h), so next/send/throw/close, `for` and
// `yield from` treat it like a compiled one. Its "coroutine frame" is a
// GenState: the evaluator Frame plus an explicit stack of cursors, one per
// compound statement (if/while/for/try) that contains a yield and is being
// executed, so the walk can stop at a `yield` and continue there on the next
// resume. Statements without a yield run with the ordinary evaluator.
//
// A yield must be a statement of its own: `yield v`, `x = yield v` (and the
// same with `yield from`). Elsewhere (inside an expression, a `with` block)
// it raises NotImplementedError naming the construct.
//
// The GenState lives in the generator object's frame memory, which the
// collector scans: every value it holds stays alive while the generator does.
//
//===----------------------------------------------------------------------===//

#include "eval/Evaluator.h"

#include "exception.h"
#include "generator.h"

#include <new>

namespace krait::eval {

using namespace krait::ast;

namespace {

//===----------------------------------------------------------------------===//
// The resumable walk
//===----------------------------------------------------------------------===//

enum class Phase : uint8_t { Body, Else, Handler, Finally };

/// One compound statement being executed (or the function body: no owner).
struct Cursor {
    const Stmt *owner;
    const StmtList *list;
    size_t index;
    Phase phase;
    bool isAsync;                 ///< async for / async with
    Flow flow;                    ///< Try/Finally: the flow to resume after it
    const ExceptHandler *handler; ///< Try/Handler: the running handler
    kr_value iter;                ///< For: the iterator
    kr_value exc;                 ///< Try/Finally: the exception to re-raise after it
    kr_value retval;              ///< Try/Finally: the return value to keep
    kr_value outerHandling;       ///< Try/Handler: Frame::handling to restore
};

constexpr int kMaxCursors = 48;

/// The generator's frame memory.
struct GenState {
    kr_value gen;
    const EvalCode *code;
    Frame frame;
    const Stmt *yieldStmt;      ///< the statement of the paused yield
    kr_value yfIter;            ///< the delegate of a paused `yield from`, or 0
    const GeneratorExp *genexp; ///< set for a generator expression
    /// What the result of the paused delegation (yfIter) is for.
    enum class After : uint8_t { Stmt, AsyncEnter, AsyncExit, AsyncNext, Expr } after;
    const Expr *exprNode; ///< Expr: the yield/await node inside the replayed statement
    const With *withStmt; ///< AsyncEnter: the async with being entered
    size_t withItem;      ///< AsyncEnter: its item
    kr_value savedExc;    ///< AsyncExit: the exception __aexit__ sees
    kr_value savedRetval; ///< AsyncExit: the return value to keep
    Flow savedFlow;       ///< AsyncExit: the flow to resume after it
    bool started;
    int depth;
    Cursor cursors[kMaxCursors];
};

class Walk {
  public:
    explicit Walk(GenState &st) : st_(st), f_(st.frame) {}
    void resume();

  private:
    GenState &st_;
    Frame &f_;
    Flow pending_ = Flow::Normal;
    bool suspended_ = false; ///< a delegation paused: stop the walk

    Cursor &top() { return st_.cursors[st_.depth - 1]; }
    bool push(const Stmt *owner, const StmtList *list, size_t index);
    void pop() { --st_.depth; }
    void finish(kr_value value);
    bool received(kr_value v);
    bool startStmt(const Stmt &s);
    void endOfList();
    void finallyOrPop(Cursor &c);
    void unwindStep();
    bool catchInTry(Cursor &c);
    void enterWith(const With &w, size_t first);
    void exitWith(Cursor &c);
    void awaitOn(kr_value awaitable, GenState::After after);
    void deliver(kr_value v);
    void asyncNext(Cursor &c);
    bool replay(const Stmt &s);
};

/// The body of the outer items of `with a, b:` (theirs is the inner item's).
const StmtList kNoStatements;

bool Walk::push(const Stmt *owner, const StmtList *list, size_t index) {
    if (st_.depth == kMaxCursors) {
        unsupported("yield inside so many nested statements is");
        pending_ = Flow::Error;
        return false;
    }
    Cursor &c = st_.cursors[st_.depth++];
    c = Cursor{};
    c.owner = owner;
    c.list = list;
    c.index = index;
    c.phase = Phase::Body;
    c.flow = Flow::Normal;
    return true;
}

void Walk::finish(kr_value value) {
    if (!value) kr_traceback_add("<string>", f_.line, f_.fnName);
    st_.depth = 0;
    kr_generator_return(st_.gen, value);
}

/// The paused yield evaluated to `v` (0: an exception was thrown in).
bool Walk::received(kr_value v) {
    const Stmt *s = st_.yieldStmt;
    st_.yieldStmt = nullptr;
    if (!v) return false;
    if (const auto *a = dyn_cast<Assign>(s))
        for (const ExprPtr &t : a->targets)
            if (!assignTarget(f_, *t, v)) return false;
    if (isa<Return>(s)) { // `return await x` / `return (yield x)`
        f_.retval = v;
        pending_ = Flow::Return;
    }
    return true;
}

/// The delegate of `yield from x` / `await x` (MicroPython: the same), or
/// null when `e` is neither.
const Expr *delegateOf(const Expr *e) {
    if (!e) return nullptr;
    if (const auto *y = dyn_cast<YieldFrom>(e)) return y->value.get();
    if (const auto *a = dyn_cast<Await>(e)) return a->value.get();
    return nullptr;
}

/// Starts a statement containing a yield. False when the walk must stop
/// (the generator yielded).
bool Walk::startStmt(const Stmt &s) {
    f_.line = s.range.begin.line;
    const Expr *value = nullptr;
    if (const auto *e = dyn_cast<ExprStmt>(&s)) value = e->value.get();
    if (const auto *a = dyn_cast<Assign>(&s); a && !anyHasYield(a->targets)) value = a->value.get();
    if (const auto *r = dyn_cast<Return>(&s)) value = r->value.get();
    if (value && isa<Yield>(value) && !exprHasYield(cast<Yield>(value)->value.get())) {
        const Expr *arg = cast<Yield>(value)->value.get();
        kr_value v = arg ? evalExpr(f_, *arg) : none();
        if (!v) return pending_ = Flow::Error, true;
        kr_generator_yield(st_.gen, v);
        st_.yieldStmt = &s;
        return false;
    }
    if (const Expr *from = delegateOf(value); from && !exprHasYield(from)) {
        kr_value src = evalExpr(f_, *from);
        if (!src) return pending_ = Flow::Error, true;
        st_.yieldStmt = &s;
        awaitOn(src, GenState::After::Stmt);
        return !suspended_;
    }
    switch (s.kind()) {
    case NodeKind::If: {
        const auto &i = *cast<If>(&s);
        kr_value t = exprHasYield(i.test.get()) ? 0 : evalExpr(f_, *i.test);
        int truth = t ? kr_truthy(t) : -1;
        if (!t && exprHasYield(i.test.get())) unsupported("yield inside an if condition is");
        if (truth < 0) return pending_ = Flow::Error, true;
        push(&s, truth ? &i.body : &i.orelse, 0);
        return true;
    }
    case NodeKind::While: {
        const auto &w = *cast<While>(&s);
        if (exprHasYield(w.test.get())) break;
        push(&s, &w.body, w.body.size()); // the end of the body tests the condition
        return true;
    }
    case NodeKind::For: {
        const auto &fr = *cast<For>(&s);
        if (exprHasYield(fr.iter.get())) break;
        kr_value seq = evalExpr(f_, *fr.iter);
        kr_value it = !seq ? 0
                      : fr.isAsync
                          ? kr_call_method(seq, kr_str_from_cstr("__aiter__"), 0, nullptr, 0)
                          : kr_iter(seq);
        if (!it) return pending_ = Flow::Error, true;
        if (push(&s, &fr.body, fr.body.size())) {
            top().iter = it;
            top().isAsync = fr.isAsync;
        }
        return true;
    }
    case NodeKind::Try: {
        const auto &t = *cast<Try>(&s);
        for (const ExceptHandler &h : t.handlers)
            if (exprHasYield(h.type.get()))
                return unsupported("yield in an except clause's type is"), pending_ = Flow::Error,
                                                                           true;
        push(&s, &t.body, 0);
        return true;
    }
    case NodeKind::With:
        enterWith(*cast<With>(&s), 0);
        return !suspended_;
    default:
        break;
    }
    if (s.kind() >= NodeKind::If && s.kind() <= NodeKind::With) {
        unsupported("yield or await in a compound statement's header is");
        pending_ = Flow::Error;
        return true;
    }
    return replay(s);
}

/// Runs a simple statement with a yield inside an expression; false when it
/// paused (it runs again, with its memo, at the next resume).
bool Walk::replay(const Stmt &s) {
    if (!f_.memo && !(f_.memo = kr_list_new(0))) return pending_ = Flow::Error, true;
    f_.genState = &st_;
    f_.suspend = false;
    Flow fl = execStmt(f_, s);
    f_.genState = nullptr;
    if (f_.suspend) {
        f_.suspend = false;
        top().index--; // run the statement again after the resume
        return false;
    }
    f_.memo = 0;
    if (fl != Flow::Normal) pending_ = fl;
    return true;
}

void Walk::finallyOrPop(Cursor &c) {
    const auto &t = *cast<Try>(c.owner);
    if (c.phase == Phase::Handler) f_.handling = c.outerHandling;
    if (c.phase != Phase::Finally && !t.finalbody.empty()) {
        c.phase = Phase::Finally;
        c.list = &t.finalbody;
        c.index = 0;
        c.flow = pending_;
        c.exc = pending_ == Flow::Error ? kr_exc_fetch() : 0;
        c.retval = pending_ == Flow::Return ? f_.retval : 0;
        pending_ = Flow::Normal;
        return;
    }
    pop();
}

/// Enters each item's context manager; the cursor of item i keeps its
/// __exit__ (in `iter`) and only the last one runs the body.
void Walk::enterWith(const With &w, size_t first) {
    for (size_t i = first; i < w.items.size(); ++i) {
        const WithItem &item = w.items[i];
        if (exprHasYield(item.contextExpr.get()) || exprHasYield(item.optionalVars.get())) {
            unsupported("yield inside a with item is");
            pending_ = Flow::Error;
            return;
        }
        kr_value mgr = evalExpr(f_, *item.contextExpr);
        kr_value exitName = mgr ? kr_str_from_cstr(w.isAsync ? "__aexit__" : "__exit__") : 0;
        kr_value exit = exitName ? kr_getattr(mgr, exitName) : 0;
        kr_value enterName = exit ? kr_str_from_cstr(w.isAsync ? "__aenter__" : "__enter__") : 0;
        kr_value value = enterName ? kr_call_method(mgr, enterName, 0, nullptr, 0) : 0;
        if (!value) {
            pending_ = Flow::Error;
            return;
        }
        bool last = i + 1 == w.items.size();
        if (!push(&w, last ? &w.body : &kNoStatements, 0)) return;
        top().iter = exit;
        top().isAsync = w.isAsync;
        if (w.isAsync) {
            // The item's target gets what awaiting __aenter__() gives.
            st_.withStmt = &w;
            st_.withItem = i;
            awaitOn(value, GenState::After::AsyncEnter);
            return;
        }
        if (item.optionalVars && !assignTarget(f_, *item.optionalVars, value)) {
            pending_ = Flow::Error;
            return;
        }
    }
}

/// Leaves a with cursor: __exit__ sees the pending exception, if any, and
/// may swallow it.
void Walk::exitWith(Cursor &c) {
    kr_value exit = c.iter;
    bool isAsync = c.isAsync;
    pop();
    kr_value args[3] = {none(), none(), none()};
    kr_value exc = 0;
    if (pending_ == Flow::Error) {
        exc = kr_exc_fetch();
        args[0] = kr_val(kr_type_of(exc));
        args[1] = exc;
    }
    kr_value r = kr_call(exit, 3, args);
    if (!r) {
        pending_ = Flow::Error;
        return;
    }
    if (isAsync) {
        // Await __aexit__'s result; the outcome is decided in deliver().
        st_.savedExc = exc;
        st_.savedFlow = exc ? Flow::Error : pending_;
        st_.savedRetval = f_.retval;
        pending_ = Flow::Normal;
        return awaitOn(r, GenState::After::AsyncExit);
    }
    if (!exc) return;
    int swallow = kr_truthy(r);
    if (swallow < 0) return; // the error of __bool__ replaces the exception
    if (swallow) {
        pending_ = Flow::Normal;
        return;
    }
    kr_exc_restore(exc);
}

/// Delegates to `awaitable` (`yield from` / `await`); its result goes to
/// deliver() now or, after the generator paused, at a later resume.
void Walk::awaitOn(kr_value awaitable, GenState::After after) {
    st_.after = after;
    kr_value it = kr_yield_from_start(st_.gen, awaitable);
    if (!it) return deliver(0);
    st_.yfIter = it;
    int r = kr_yield_from_step(st_.gen, it);
    if (r == 1) {
        suspended_ = true;
        return;
    }
    st_.yfIter = 0;
    deliver(r == 0 ? kr_yield_from_result(st_.gen) : 0);
}

/// The result of a finished delegation (0: it raised).
void Walk::deliver(kr_value v) {
    switch (st_.after) {
    case GenState::After::Expr:
        st_.after = GenState::After::Stmt;
        if (!v || !memoize(f_, *st_.exprNode, v)) {
            // The yield raised: so does its statement, which is not rerun.
            f_.memo = 0;
            top().index++;
            pending_ = Flow::Error;
        }
        return;
    case GenState::After::Stmt:
        if (!received(v)) pending_ = Flow::Error;
        return;
    case GenState::After::AsyncEnter: {
        const With &w = *st_.withStmt;
        const WithItem &item = w.items[st_.withItem];
        if (!v || (item.optionalVars && !assignTarget(f_, *item.optionalVars, v))) {
            pending_ = Flow::Error;
            return;
        }
        return enterWith(w, st_.withItem + 1);
    }
    case GenState::After::AsyncExit: {
        kr_value exc = st_.savedExc;
        st_.savedExc = 0;
        if (!v) {
            pending_ = Flow::Error; // __aexit__ raised: that replaces the outcome
            return;
        }
        if (!exc) {
            pending_ = st_.savedFlow;
            f_.retval = st_.savedRetval;
            return;
        }
        int swallow = kr_truthy(v);
        if (swallow < 0) {
            pending_ = Flow::Error;
        } else if (swallow) {
            pending_ = Flow::Normal;
        } else {
            kr_exc_restore(exc);
            pending_ = Flow::Error;
        }
        return;
    }
    case GenState::After::AsyncNext: {
        Cursor &c = top();
        const auto &fr = *cast<For>(c.owner);
        if (!v) {
            if (!kr_exc_pending_is(&kr_type_StopAsyncIteration)) {
                pending_ = Flow::Error;
                return;
            }
            kr_exc_fetch();
            c.phase = Phase::Else;
            c.list = &fr.orelse;
            c.index = 0;
            return;
        }
        if (!assignTarget(f_, *fr.target, v))
            pending_ = Flow::Error;
        else
            c.index = 0;
        return;
    }
    }
}

/// The next item of an async for: await __anext__().
void Walk::asyncNext(Cursor &c) {
    kr_value aw = kr_call_method(c.iter, kr_str_from_cstr("__anext__"), 0, nullptr, 0);
    if (!aw) {
        pending_ = Flow::Error;
        return;
    }
    awaitOn(aw, GenState::After::AsyncNext);
}

void Walk::endOfList() {
    Cursor &c = top();
    if (!c.owner) return finish(none());
    switch (c.owner->kind()) {
    case NodeKind::If:
        return pop();
    case NodeKind::While: {
        const auto &w = *cast<While>(c.owner);
        if (c.phase == Phase::Else) return pop();
        f_.line = w.range.begin.line;
        kr_value t = evalExpr(f_, *w.test);
        int truth = t ? kr_truthy(t) : -1;
        if (truth < 0) {
            pending_ = Flow::Error;
        } else if (truth) {
            c.index = 0;
        } else {
            c.phase = Phase::Else;
            c.list = &w.orelse;
            c.index = 0;
        }
        return;
    }
    case NodeKind::For: {
        const auto &fr = *cast<For>(c.owner);
        if (c.phase == Phase::Else) return pop();
        f_.line = fr.range.begin.line;
        if (c.isAsync) return asyncNext(c);
        kr_value v = kr_iter_next(c.iter);
        if (!v) {
            pending_ = Flow::Error;
        } else if (v == KR_STOP) {
            c.phase = Phase::Else;
            c.list = &fr.orelse;
            c.index = 0;
        } else if (!assignTarget(f_, *fr.target, v)) {
            pending_ = Flow::Error;
        } else {
            c.index = 0;
        }
        return;
    }
    case NodeKind::Try: {
        const auto &t = *cast<Try>(c.owner);
        switch (c.phase) {
        case Phase::Body:
            if (!t.orelse.empty()) {
                c.phase = Phase::Else;
                c.list = &t.orelse;
                c.index = 0;
                return;
            }
            return finallyOrPop(c);
        case Phase::Handler:
            if (!c.handler->name.empty()) {
                storeName(f_, c.handler->nameBinding, c.handler->name, 0);
                kr_exc_fetch(); // already deleted by the handler: fine
            }
            return finallyOrPop(c);
        case Phase::Else:
            return finallyOrPop(c);
        case Phase::Finally: {
            Flow after = c.flow;
            kr_value exc = c.exc, ret = c.retval;
            pop();
            if (after == Flow::Error) kr_exc_restore(exc);
            if (after == Flow::Return) f_.retval = ret;
            pending_ = after;
            return;
        }
        }
        return;
    }
    case NodeKind::With:
        return exitWith(c);
    default:
        return pop();
    }
}

/// An exception reached a try statement's body: run the matching handler.
bool Walk::catchInTry(Cursor &c) {
    const auto &t = *cast<Try>(c.owner);
    kr_value exc = kr_exc_fetch();
    for (const ExceptHandler &h : t.handlers) {
        if (h.type) {
            kr_value type = evalExpr(f_, *h.type);
            int m = type ? kr_exc_match(exc, type) : -1;
            if (m < 0) return false; // the new exception propagates
            if (!m) continue;
        }
        if (!h.name.empty() && !storeName(f_, h.nameBinding, h.name, exc)) return false;
        c.phase = Phase::Handler;
        c.handler = &h;
        c.list = &h.body;
        c.index = 0;
        c.outerHandling = f_.handling;
        f_.handling = exc;
        pending_ = Flow::Normal;
        return true;
    }
    kr_exc_restore(exc);
    return false;
}

void Walk::unwindStep() {
    Cursor &c = top();
    if (!c.owner) {
        // Break/continue never get here: the parser rejects them outside loops.
        return finish(pending_ == Flow::Return ? f_.retval : 0);
    }
    switch (c.owner->kind()) {
    case NodeKind::While:
    case NodeKind::For:
        if (c.phase == Phase::Body && pending_ == Flow::Break) {
            pending_ = Flow::Normal;
            return pop();
        }
        if (c.phase == Phase::Body && pending_ == Flow::Continue) {
            pending_ = Flow::Normal;
            c.index = c.list->size(); // the end of the body: test / next item
            return;
        }
        return pop();
    case NodeKind::Try:
        if (c.phase == Phase::Body && pending_ == Flow::Error &&
            !cast<Try>(c.owner)->handlers.empty() && catchInTry(c))
            return;
        if (c.phase == Phase::Finally) return pop(); // a new outcome replaces the saved one
        return finallyOrPop(c);
    case NodeKind::With:
        return exitWith(c);
    default:
        return pop();
    }
}

void Walk::resume() {
    if (!st_.started) {
        st_.started = true;
        st_.depth = 0;
        push(nullptr, &cast<FunctionDef>(st_.code->node)->body, 0);
        if (!kr_generator_resumed(st_.gen)) pending_ = Flow::Error; // thrown in before the start
    } else if (st_.yfIter) {
        int r = kr_yield_from_step(st_.gen, st_.yfIter);
        if (r == 1) return;
        st_.yfIter = 0;
        deliver(r == 0 ? kr_yield_from_result(st_.gen) : 0);
        if (suspended_) return;
    } else if (st_.after == GenState::After::Expr) {
        deliver(kr_generator_resumed(st_.gen));
    } else if (!received(kr_generator_resumed(st_.gen))) {
        pending_ = Flow::Error;
    }
    for (;;) {
        if (st_.depth == 0) return;
        if (pending_ != Flow::Normal) {
            unwindStep();
            if (suspended_) return;
            continue;
        }
        Cursor &c = top();
        if (c.index >= c.list->size()) {
            endOfList();
            if (suspended_) return;
            continue;
        }
        const Stmt &s = *(*c.list)[c.index++];
        auto [it, inserted] = f_.unit->hasYield.try_emplace(&s, false);
        if (inserted) it->second = stmtHasYield(&s);
        if (!it->second) {
            Flow fl = execStmt(f_, s);
            if (fl != Flow::Normal) pending_ = fl;
            continue;
        }
        if (!startStmt(s)) return; // yielded
    }
}

/// One step of a generator expression: its `for` clauses are levels whose
/// iterators live in the cursors' `iter`.
void resumeGenExp(GenState &st) {
    Frame &f = st.frame;
    const GeneratorExp &e = *st.genexp;
    auto fail = [&] {
        st.depth = 0;
        kr_generator_return(st.gen, 0);
    };
    st.started = true;
    // A value sent in is ignored (the yield is not an expression here); an
    // exception thrown in propagates.
    if (!kr_generator_resumed(st.gen)) return fail();
    while (st.depth > 0) {
        size_t level = static_cast<size_t>(st.depth - 1);
        const Comprehension &g = e.generators[level];
        kr_value v = kr_iter_next(st.cursors[level].iter);
        if (!v) return fail();
        if (v == KR_STOP) {
            --st.depth;
            continue;
        }
        if (!assignTarget(f, *g.target, v)) return fail();
        bool keep = true;
        for (const ExprPtr &cond : g.ifs) {
            kr_value t = evalExpr(f, *cond);
            int truth = t ? kr_truthy(t) : -1;
            if (truth < 0) return fail();
            if (!truth) {
                keep = false;
                break;
            }
        }
        if (!keep) continue;
        if (level + 1 == e.generators.size()) {
            kr_value item = evalExpr(f, *e.elt);
            if (!item) return fail();
            kr_generator_yield(st.gen, item);
            return;
        }
        if (st.depth == kMaxCursors) return unsupported("so many nested for clauses are"), fail();
        kr_value seq = evalExpr(f, *e.generators[level + 1].iter);
        kr_value it = seq ? kr_iter(seq) : 0;
        if (!it) return fail();
        st.cursors[st.depth++].iter = it;
    }
    kr_generator_return(st.gen, none());
}

/// The coroutine resume entry the runtime calls with the frame memory.
void resumeGenerator(void *frame) {
    auto &st = *static_cast<GenState *>(frame);
    if (st.genexp) return resumeGenExp(st);
    Walk(st).resume();
}

/// The code info generator expressions report (their name).
const kr_code_info genexprInfo = {"<genexpr>", nullptr, 0, 0, 0};

} // namespace

kr_value yieldInExpr(Frame &f, const Expr &e) {
    auto &st = *static_cast<GenState *>(f.genState);
    if (const auto *y = dyn_cast<Yield>(&e)) {
        kr_value v = y->value ? evalExpr(f, *y->value) : none();
        if (!v) return 0;
        kr_generator_yield(st.gen, v);
    } else {
        const Expr *from =
            isa<YieldFrom>(&e) ? cast<YieldFrom>(&e)->value.get() : cast<Await>(&e)->value.get();
        kr_value src = evalExpr(f, *from);
        kr_value it = src ? kr_yield_from_start(st.gen, src) : 0;
        if (!it) return 0;
        int r = kr_yield_from_step(st.gen, it);
        if (r == 0) return kr_yield_from_result(st.gen);
        if (r < 0) return 0;
        st.yfIter = it;
    }
    st.after = GenState::After::Expr;
    st.exprNode = &e;
    f.suspend = true;
    return 0;
}

kr_value startGenerator(const EvalCode *code, const Frame &frame) {
    kr_value gen =
        kr_generator_new(sizeof(GenState), reinterpret_cast<void *>(&resumeGenerator), &code->info);
    if (!gen) return 0;
    auto *st = new (kr_generator_frame(gen)) GenState{};
    st->gen = gen;
    st->code = code;
    st->frame = frame;
    kr_generator_begin(gen, st);
    return gen;
}

kr_value startGeneratorExp(const GeneratorExp &e, const Frame &frame, kr_value firstIter) {
    kr_value gen = kr_generator_new(sizeof(GenState), reinterpret_cast<void *>(&resumeGenerator),
                                    &genexprInfo);
    if (!gen) return 0;
    auto *st = new (kr_generator_frame(gen)) GenState{};
    st->gen = gen;
    st->genexp = &e;
    st->frame = frame;
    st->depth = 1;
    st->cursors[0].iter = firstIter;
    kr_generator_begin(gen, st);
    return gen;
}

} // namespace krait::eval
