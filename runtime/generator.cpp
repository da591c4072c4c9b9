//===- runtime/generator.cpp - generator objects and yield from -----------===//
//
// The generator type (iteration, send, throw, close) and the C ABI the
// compiled coroutines call (runtime.h, "Generators"). See generator.h for
// the protocol.
//
//===----------------------------------------------------------------------===//
#include "generator.h"

#include "class.h"
#include "exception.h"
#include "function.h"
#include "print.h"

namespace {

kr_generator *as_gen(kr_value v) {
    return (kr_generator *)kr_obj(v);
}

bool is_gen(kr_value v) {
    return kr_is_obj(v) && kr_obj(v)->type == &kr_type_generator;
}

/// StopIteration carrying a generator's return value (none for None, as
/// MicroPython raises it).
kr_value raise_stop(kr_value value) {
    if (value == kr_val(&kr_None)) return kr_raise_type(&kr_type_StopIteration);
    return kr_raise_with_arg(&kr_type_StopIteration, value);
}

/// Resume g for send() / throw(): the value it yields next, StopIteration
/// raised when it returns, or 0 when it raised.
kr_value resume_method(kr_generator *g, kr_value sent, kr_value thrown) {
    switch (kr_generator_resume(g, sent, thrown)) {
    case KR_GEN_YIELDED:
        return g->value;
    case KR_GEN_RETURNED:
        return raise_stop(g->value);
    default:
        return 0;
    }
}

/// Turn a raise-able value (class or instance) into an instance; 0 with
/// TypeError pending when it is neither.
kr_value exception_instance(kr_value v) {
    kr_raise(v); // instantiates a class; TypeError for anything else
    if (!kr_is_exception(v) && !kr_is_exception_type(v)) return 0;
    return kr_exc_fetch();
}

//===--- Methods ----------------------------------------------------------===//

kr_value gen_send(size_t, const kr_value *args, kr_value) {
    kr_generator *g = as_gen(args[0]);
    if (g->state == KR_GEN_FINISHED) return kr_raise_type(&kr_type_StopIteration);
    return resume_method(g, args[1], 0);
}

kr_value gen_next_m(size_t, const kr_value *args, kr_value) {
    return kr_generator_next(args[0]);
}

kr_value gen_throw(size_t nargs, const kr_value *args, kr_value) {
    kr_generator *g = as_gen(args[0]);
    kr_value exc = args[1];
    // throw(type, value): instantiate the type with the value.
    if (nargs >= 3 && args[2] != kr_val(&kr_None) && kr_is_exception_type(exc))
        exc = kr_exc_new((const kr_type *)kr_obj(exc), 1, &args[2]);
    if (!exc) return 0;
    exc = exception_instance(exc);
    if (!exc) return 0;
    if (g->state == KR_GEN_FINISHED) {
        kr_exc_restore(exc);
        return 0;
    }
    return resume_method(g, kr_val(&kr_None), exc);
}

/// close(): raise GeneratorExit at the paused yield; the generator must not
/// yield again. Returns kr_None, or 0 with the exception the body raised.
kr_value gen_close_impl(kr_generator *g) {
    if (g->state == KR_GEN_CREATED || g->state == KR_GEN_FINISHED) {
        if (g->state == KR_GEN_CREATED) g->state = KR_GEN_FINISHED;
        return kr_val(&kr_None);
    }
    kr_value exc = kr_exc_new(&kr_type_GeneratorExit, 0, nullptr);
    if (!exc) return 0;
    switch (kr_generator_resume(g, kr_val(&kr_None), exc)) {
    case KR_GEN_YIELDED:
        return kr_raise_msg(&kr_type_RuntimeError, "generator ignored GeneratorExit");
    case KR_GEN_RETURNED:
        return kr_val(&kr_None);
    default:
        if (kr_exc_pending_is(&kr_type_GeneratorExit) ||
            kr_exc_pending_is(&kr_type_StopIteration)) {
            kr_exc_fetch();
            return kr_val(&kr_None);
        }
        return 0;
    }
}

kr_value gen_close(size_t, const kr_value *args, kr_value) {
    return gen_close_impl(as_gen(args[0]));
}

KR_BUILTIN(gen_send_obj, "send", gen_send, 2, 2);
KR_BUILTIN(gen_throw_obj, "throw", gen_throw, 2, 4);
KR_BUILTIN(gen_close_obj, "close", gen_close, 1, 1);
KR_BUILTIN(gen_next_obj, "__next__", gen_next_m, 1, 1);

const kr_attr_entry gen_attrs[] = {
    KR_ATTR("send", gen_send_obj),
    KR_ATTR("throw", gen_throw_obj),
    KR_ATTR("close", gen_close_obj),
    KR_ATTR("__next__", gen_next_obj),
    {nullptr, nullptr},
};

//===--- Slots ------------------------------------------------------------===//

kr_value gen_iternext(kr_value self) {
    kr_generator *g = as_gen(self);
    if (g->state == KR_GEN_FINISHED) return KR_STOP;
    switch (kr_generator_resume(g, kr_val(&kr_None), 0)) {
    case KR_GEN_YIELDED:
        return g->value;
    case KR_GEN_RETURNED:
        return KR_STOP;
    default:
        return 0;
    }
}

kr_value gen_getiter(kr_value self) {
    return self;
}

bool gen_print(const kr_printer *p, kr_value self, kr_print_kind) {
    return kr_printf(p, "<generator object '%s' at %p>", as_gen(self)->info->name, (void *)self);
}

} // namespace

extern "C" const kr_type kr_type_generator = {
    {&kr_type_type}, "generator", KR_TYPE_FLAG_ITER_IS_SELF,
    &kr_type_object, gen_print,   nullptr,
    nullptr,         nullptr,     nullptr,
    nullptr,         nullptr,     gen_getiter,
    gen_iternext,    nullptr,     nullptr,
    gen_attrs,       0,           0,
};

kr_value kr_generator_next(kr_value gen) {
    kr_value pair[2] = {gen, kr_val(&kr_None)};
    return gen_send(2, pair, 0);
}

kr_gen_status kr_generator_resume(kr_generator *g, kr_value sent, kr_value thrown) {
    switch (g->state) {
    case KR_GEN_RUNNING:
        kr_raise_msg(&kr_type_ValueError, "generator already executing");
        return KR_GEN_RAISED;
    case KR_GEN_FINISHED:
        if (thrown) {
            kr_exc_restore(thrown);
            return KR_GEN_RAISED;
        }
        g->value = kr_val(&kr_None);
        return KR_GEN_RETURNED;
    case KR_GEN_CREATED:
        if (!thrown && sent != kr_val(&kr_None)) {
            kr_raise_msg(&kr_type_TypeError,
                         "can't send non-None value to a just-started generator");
            return KR_GEN_RAISED;
        }
        break;
    default:
        break;
    }
    // The body runs on this stack: a deep chain of generators must raise
    // instead of overflowing it (their frames skip the usual entry check).
    if (!kr_stack_ok()) return KR_GEN_RAISED;
    g->sent = sent;
    g->thrown = thrown;
    g->state = KR_GEN_RUNNING;
    g->resume(g->handle);
    if (g->state == KR_GEN_RUNNING) {
        g->state = KR_GEN_SUSPENDED;
        return KR_GEN_YIELDED;
    }
    return g->value ? KR_GEN_RETURNED : KR_GEN_RAISED;
}

//===--- The ABI of compiled coroutines --------------------------------------===//

extern "C" kr_value kr_generator_new(size_t frame_size, void *resume,
                                     const struct kr_code_info *info) {
    kr_generator *g =
        kr_new_object<kr_generator>(&kr_type_generator, sizeof(kr_generator) + frame_size);
    if (!g) return 0;
    g->info = info;
    g->resume = (void (*)(void *))resume;
    g->state = KR_GEN_CREATED;
    g->value = kr_val(&kr_None);
    return kr_val(g);
}

extern "C" void *kr_generator_frame(kr_value gen) {
    return as_gen(gen)->frame;
}

extern "C" void kr_generator_begin(kr_value gen, void *handle) {
    as_gen(gen)->handle = handle;
}

extern "C" void kr_generator_yield(kr_value gen, kr_value value) {
    as_gen(gen)->value = value;
}

extern "C" kr_value kr_generator_resumed(kr_value gen) {
    kr_generator *g = as_gen(gen);
    kr_value thrown = g->thrown;
    if (thrown) {
        g->thrown = 0;
        kr_exc_restore(thrown);
        return 0;
    }
    kr_value sent = g->sent;
    g->sent = 0;
    return sent;
}

extern "C" void kr_generator_return(kr_value gen, kr_value value) {
    kr_generator *g = as_gen(gen);
    g->value = value;
    g->state = KR_GEN_FINISHED;
}

//===--- yield from ---------------------------------------------------------===//

namespace {

/// The iterator `await obj` delegates to when obj is an instance whose class
/// has __await__ but no __iter__ (MicroPython's await is `yield from`, which
/// uses __iter__; __await__ serves classes written for CPython). KR_NOTFOUND
/// when the plain iterator protocol applies; 0 on an exception.
kr_value await_iterator(kr_value obj) {
    if (is_gen(obj) || !kr_is_obj(obj)) return KR_NOTFOUND;
    const kr_type *t = kr_type_of(obj);
    if (kr_class_lookup_cstr(t, "__iter__", KR_SLOT(getiter)) != KR_NOTFOUND) return KR_NOTFOUND;
    kr_value await = kr_class_lookup_cstr(t, "__await__");
    if (await == KR_NOTFOUND || !await) return await;
    kr_value bound = kr_class_bind(await, obj, t, obj);
    if (!bound) return 0;
    kr_value r = kr_call(bound, 0, nullptr);
    return r ? kr_iter(r) : 0;
}

} // namespace

extern "C" kr_value kr_yield_from_start(kr_value gen, kr_value iterable) {
    kr_generator *g = as_gen(gen);
    g->sent = kr_val(&kr_None);
    g->thrown = 0;
    kr_value it = await_iterator(iterable);
    return it == KR_NOTFOUND ? kr_iter(iterable) : it;
}

namespace {

/// Call it.<name>(arg) for a delegate that is not a krait generator: 1 with
/// the result in `out`, 0 when it raised StopIteration (its value in `out`),
/// -1 on any other exception. -2 when it has no such method (nothing pending).
int call_delegate(kr_value it, const char *name, kr_value arg, kr_value *out) {
    kr_value method_name = kr_str_from_cstr(name);
    if (!method_name) return -1;
    kr_value method = kr_getattr(it, method_name);
    if (!method) {
        if (!kr_exc_pending_is(&kr_type_AttributeError)) return -1;
        kr_exc_fetch();
        return -2;
    }
    kr_value r = kr_call(method, 1, &arg);
    if (r) {
        *out = r;
        return 1;
    }
    if (!kr_exc_pending_is(&kr_type_StopIteration)) return -1;
    *out = kr_exc_value(kr_exc_fetch());
    return 0;
}

/// Map a delegate step's outcome into the delegating generator.
int finish_step(kr_generator *g, int outcome, kr_value v) {
    if (outcome == 1) g->value = v;
    if (outcome == 0) g->yf_result = v;
    return outcome;
}

} // namespace

extern "C" int kr_yield_from_step(kr_value gen, kr_value it) {
    kr_generator *g = as_gen(gen);
    kr_value sent = g->sent, thrown = g->thrown;
    g->sent = 0;
    g->thrown = 0;
    kr_value none = kr_val(&kr_None);
    if (thrown && kr_isinstance(thrown, &kr_type_GeneratorExit)) {
        // close() of the delegating generator closes the delegate first.
        kr_value closed = none;
        if (is_gen(it)) {
            closed = gen_close_impl(as_gen(it));
        } else {
            kr_value ignored;
            if (call_delegate(it, "close", none, &ignored) == -1) closed = 0;
        }
        if (!closed) return -1;
        kr_exc_restore(thrown);
        return -1;
    }
    if (is_gen(it)) {
        kr_generator *sub = as_gen(it);
        switch (kr_generator_resume(sub, thrown ? none : sent, thrown)) {
        case KR_GEN_YIELDED:
            return finish_step(g, 1, sub->value);
        case KR_GEN_RETURNED:
            return finish_step(g, 0, sub->value);
        default:
            return -1;
        }
    }
    kr_value v = 0;
    if (thrown) {
        int outcome = call_delegate(it, "throw", thrown, &v);
        if (outcome == -2) {
            kr_exc_restore(thrown);
            return -1;
        }
        return outcome == -1 ? -1 : finish_step(g, outcome, v);
    }
    if (sent == none) {
        v = kr_iter_next(it);
        if (!v) return -1;
        if (v == KR_STOP) return finish_step(g, 0, none);
        return finish_step(g, 1, v);
    }
    int outcome = call_delegate(it, "send", sent, &v);
    if (outcome == -2)
        kr_raise_msg(&kr_type_AttributeError, "'%s' object has no attribute 'send'",
                     kr_type_name(it));
    return outcome < 0 ? -1 : finish_step(g, outcome, v);
}

extern "C" kr_value kr_yield_from_result(kr_value gen) {
    kr_generator *g = as_gen(gen);
    kr_value r = g->yf_result;
    g->yf_result = 0;
    return r;
}

extern "C" void *kr_scratch_alloc(size_t nwords) {
    return kr_gc_alloc((nwords ? nwords : 1) * sizeof(kr_value));
}
