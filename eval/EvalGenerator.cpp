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
// Where the yields are
//===----------------------------------------------------------------------===//

bool exprHasYield(const Expr *e);

bool anyHasYield(const ExprList &list) {
    for (const ExprPtr &e : list)
        if (exprHasYield(e.get())) return true;
    return false;
}

bool exprHasYield(const Expr *e) {
    if (!e) return false;
    switch (e->kind()) {
    case NodeKind::Yield:
    case NodeKind::YieldFrom:
        return true;
    case NodeKind::Lambda:
    case NodeKind::Name:
    case NodeKind::Constant:
        return false;
    case NodeKind::JoinedStr:
        return anyHasYield(cast<JoinedStr>(e)->values);
    case NodeKind::FormattedValue: {
        const auto *fv = cast<FormattedValue>(e);
        return exprHasYield(fv->value.get()) || exprHasYield(fv->formatSpec.get());
    }
    case NodeKind::BinOp:
        return exprHasYield(cast<BinOp>(e)->left.get()) ||
               exprHasYield(cast<BinOp>(e)->right.get());
    case NodeKind::UnaryOp:
        return exprHasYield(cast<UnaryOp>(e)->operand.get());
    case NodeKind::BoolOp:
        return anyHasYield(cast<BoolOp>(e)->values);
    case NodeKind::Compare:
        return exprHasYield(cast<Compare>(e)->left.get()) ||
               anyHasYield(cast<Compare>(e)->comparators);
    case NodeKind::Call: {
        const auto *c = cast<Call>(e);
        if (exprHasYield(c->func.get()) || anyHasYield(c->args)) return true;
        for (const Keyword &k : c->keywords)
            if (exprHasYield(k.value.get())) return true;
        return false;
    }
    case NodeKind::Attribute:
        return exprHasYield(cast<Attribute>(e)->value.get());
    case NodeKind::Subscript:
        return exprHasYield(cast<Subscript>(e)->value.get()) ||
               exprHasYield(cast<Subscript>(e)->slice.get());
    case NodeKind::Slice: {
        const auto *s = cast<ast::Slice>(e);
        return exprHasYield(s->lower.get()) || exprHasYield(s->upper.get()) ||
               exprHasYield(s->step.get());
    }
    case NodeKind::Tuple:
        return anyHasYield(cast<ast::Tuple>(e)->elts);
    case NodeKind::List:
        return anyHasYield(cast<ast::List>(e)->elts);
    case NodeKind::Set:
        return anyHasYield(cast<ast::Set>(e)->elts);
    case NodeKind::Dict: {
        const auto *d = cast<ast::Dict>(e);
        for (const ExprPtr &k : d->keys)
            if (exprHasYield(k.get())) return true;
        return anyHasYield(d->values);
    }
    case NodeKind::IfExp: {
        const auto *x = cast<IfExp>(e);
        return exprHasYield(x->test.get()) || exprHasYield(x->body.get()) ||
               exprHasYield(x->orelse.get());
    }
    case NodeKind::NamedExpr:
        return exprHasYield(cast<NamedExpr>(e)->value.get());
    case NodeKind::Starred:
        return exprHasYield(cast<Starred>(e)->value.get());
    case NodeKind::Await:
        return true; // treated like a yield: not run by the walker
    default:
        // Comprehensions: only their first iterable belongs to this scope.
        if (const auto *c = dyn_cast<ComprehensionExpr>(e))
            return exprHasYield(c->generators[0].iter.get());
        return false;
    }
}

bool stmtHasYield(const Stmt *s);

bool blockHasYield(const StmtList &body) {
    for (const StmtPtr &s : body)
        if (stmtHasYield(s.get())) return true;
    return false;
}

bool stmtHasYield(const Stmt *s) {
    switch (s->kind()) {
    case NodeKind::ExprStmt:
        return exprHasYield(cast<ExprStmt>(s)->value.get());
    case NodeKind::Assign:
        return exprHasYield(cast<Assign>(s)->value.get()) || anyHasYield(cast<Assign>(s)->targets);
    case NodeKind::AugAssign:
        return exprHasYield(cast<AugAssign>(s)->target.get()) ||
               exprHasYield(cast<AugAssign>(s)->value.get());
    case NodeKind::AnnAssign:
        return exprHasYield(cast<AnnAssign>(s)->value.get());
    case NodeKind::Delete:
        return anyHasYield(cast<Delete>(s)->targets);
    case NodeKind::Return:
        return exprHasYield(cast<Return>(s)->value.get());
    case NodeKind::Raise:
        return exprHasYield(cast<Raise>(s)->exc.get()) || exprHasYield(cast<Raise>(s)->cause.get());
    case NodeKind::Assert:
        return exprHasYield(cast<Assert>(s)->test.get()) ||
               exprHasYield(cast<Assert>(s)->msg.get());
    case NodeKind::If: {
        const auto *i = cast<If>(s);
        return exprHasYield(i->test.get()) || blockHasYield(i->body) || blockHasYield(i->orelse);
    }
    case NodeKind::While: {
        const auto *w = cast<While>(s);
        return exprHasYield(w->test.get()) || blockHasYield(w->body) || blockHasYield(w->orelse);
    }
    case NodeKind::For: {
        const auto *f = cast<For>(s);
        return exprHasYield(f->iter.get()) || blockHasYield(f->body) || blockHasYield(f->orelse);
    }
    case NodeKind::Try: {
        const auto *t = cast<Try>(s);
        if (blockHasYield(t->body) || blockHasYield(t->orelse) || blockHasYield(t->finalbody))
            return true;
        for (const ExceptHandler &h : t->handlers)
            if (exprHasYield(h.type.get()) || blockHasYield(h.body)) return true;
        return false;
    }
    case NodeKind::With: {
        const auto *w = cast<With>(s);
        for (const WithItem &item : w->items)
            if (exprHasYield(item.contextExpr.get())) return true;
        return blockHasYield(w->body);
    }
    case NodeKind::FunctionDef: {
        const auto *d = cast<FunctionDef>(s);
        return anyHasYield(d->decorators) || anyHasYield(d->args.defaults);
    }
    case NodeKind::ClassDef:
        return anyHasYield(cast<ClassDef>(s)->bases);
    default:
        return false;
    }
}

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
    void enterWith(const With &w);
    void exitWith(Cursor &c);
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
        kr_value it = src ? kr_yield_from_start(st_.gen, src) : 0;
        if (!it) return pending_ = Flow::Error, true;
        st_.yieldStmt = &s;
        st_.yfIter = it;
        int r = kr_yield_from_step(st_.gen, it);
        if (r == 1) return false;
        st_.yfIter = 0;
        if (!received(r == 0 ? kr_yield_from_result(st_.gen) : 0)) pending_ = Flow::Error;
        return true;
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
        if (fr.isAsync) return unsupported("'async for' is"), pending_ = Flow::Error, true;
        if (exprHasYield(fr.iter.get())) break;
        kr_value seq = evalExpr(f_, *fr.iter);
        kr_value it = seq ? kr_iter(seq) : 0;
        if (!it) return pending_ = Flow::Error, true;
        if (push(&s, &fr.body, fr.body.size())) top().iter = it;
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
        if (cast<With>(&s)->isAsync)
            return unsupported("'async with' is"), pending_ = Flow::Error, true;
        enterWith(*cast<With>(&s));
        return true;
    default:
        break;
    }
    unsupported("yield or await inside an expression is");
    pending_ = Flow::Error;
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
void Walk::enterWith(const With &w) {
    for (size_t i = 0; i < w.items.size(); ++i) {
        const WithItem &item = w.items[i];
        if (exprHasYield(item.contextExpr.get()) || exprHasYield(item.optionalVars.get())) {
            unsupported("yield inside a with item is");
            pending_ = Flow::Error;
            return;
        }
        kr_value mgr = evalExpr(f_, *item.contextExpr);
        kr_value exitName = mgr ? kr_str_from_cstr("__exit__") : 0;
        kr_value exit = exitName ? kr_getattr(mgr, exitName) : 0;
        kr_value enterName = exit ? kr_str_from_cstr("__enter__") : 0;
        kr_value value = enterName ? kr_call_method(mgr, enterName, 0, nullptr, 0) : 0;
        if (!value) {
            pending_ = Flow::Error;
            return;
        }
        bool last = i + 1 == w.items.size();
        if (!push(&w, last ? &w.body : &kNoStatements, 0)) return;
        top().iter = exit;
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
    if (!exc) return;
    int swallow = kr_truthy(r);
    if (swallow < 0) return; // the error of __bool__ replaces the exception
    if (swallow) {
        pending_ = Flow::Normal;
        return;
    }
    kr_exc_restore(exc);
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
        if (!received(r == 0 ? kr_yield_from_result(st_.gen) : 0)) pending_ = Flow::Error;
    } else if (!received(kr_generator_resumed(st_.gen))) {
        pending_ = Flow::Error;
    }
    for (;;) {
        if (st_.depth == 0) return;
        if (pending_ != Flow::Normal) {
            unwindStep();
            continue;
        }
        Cursor &c = top();
        if (c.index >= c.list->size()) {
            endOfList();
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
