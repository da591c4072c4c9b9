//===- runtime/iterators.cpp - enumerate, zip, map, filter, reversed ------===//
//
// The lazy iterator types the builtins construct. Each is its own iterator
// (KR_TYPE_FLAG_ITER_IS_SELF) and holds only values, so the collector scans
// them like any object.
//
//===----------------------------------------------------------------------===//
#include "iterators.h"

#include "exception.h"
#include "function.h"

namespace {

/// Most calls zip or map few iterables: their per-item args live on the stack.
constexpr size_t kStackItems = 8;

//===--- enumerate --------------------------------------------------------===//

struct kr_enumerate {
    kr_object base;
    kr_value iter;
    kr_value count;
};

kr_value enumerate_make_new(const kr_type *type, size_t nargs, const kr_value *args,
                            kr_value kwnames) {
    static const char *const names[] = {"iterable", "start"};
    kr_value kw[2] = {nargs > 0 ? args[0] : 0, nargs > 1 ? args[1] : 0};
    if (nargs > 2)
        return kr_raise_msg(&kr_type_TypeError, "function expected at most 2 arguments, got %zu",
                            nargs);
    if (!kr_parse_kwargs(nargs, args, kwnames, names + nargs, 2 - nargs, kw + nargs)) return 0;
    if (!kw[0])
        return kr_raise_msg(&kr_type_TypeError, "function missing 1 required positional arguments");
    kr_value it = kr_iter(kw[0]);
    if (!it) return 0;
    kr_enumerate *e = kr_new_object<kr_enumerate>(type);
    if (!e) return 0;
    e->iter = it;
    e->count = kw[1] ? kw[1] : kr_small_int(0);
    return kr_val(e);
}

kr_value enumerate_next(kr_value self) {
    kr_enumerate *e = (kr_enumerate *)kr_obj(self);
    kr_value item = kr_iter_next(e->iter);
    if (!item || item == KR_STOP) return item;
    kr_value pair[2] = {e->count, item};
    kr_value next = kr_binary_op(KR_BINARY_ADD, e->count, kr_small_int(1));
    if (!next) return 0;
    e->count = next;
    return kr_build_tuple(2, pair);
}

//===--- zip --------------------------------------------------------------===//

struct kr_zip {
    kr_object base;
    kr_value iters; ///< tuple of iterators
};

/// A tuple of iter(args[i]) for each arg.
kr_value iter_tuple(size_t n, const kr_value *args) {
    kr_value t = kr_tuple_new(n);
    if (!t) return 0;
    size_t len;
    kr_value *items = kr_tuple_items(t, &len);
    for (size_t i = 0; i < n; ++i) {
        items[i] = kr_iter(args[i]);
        if (!items[i]) return 0;
    }
    return t;
}

kr_value zip_make_new(const kr_type *type, size_t nargs, const kr_value *args, kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 0, KR_ARGS_ANY, false)) return 0;
    kr_value iters = iter_tuple(nargs, args);
    if (!iters) return 0;
    kr_zip *z = kr_new_object<kr_zip>(type);
    if (!z) return 0;
    z->iters = iters;
    return kr_val(z);
}

/// Next item of every iterator into out[0..n): 1, 0 when one is exhausted,
/// -1 on error.
int next_of_each(kr_value iters, kr_value *out, size_t *n) {
    kr_value *items = kr_tuple_items(iters, n);
    if (*n == 0) return 0;
    for (size_t i = 0; i < *n; ++i) {
        out[i] = kr_iter_next(items[i]);
        if (!out[i]) return -1;
        if (out[i] == KR_STOP) return 0;
    }
    return 1;
}

kr_value zip_next(kr_value self) {
    kr_value iters = ((kr_zip *)kr_obj(self))->iters;
    size_t n;
    kr_tuple_items(iters, &n);
    kr_value t = kr_tuple_new(n);
    if (!t) return 0;
    int r = next_of_each(iters, kr_tuple_items(t, &n), &n);
    return r < 0 ? 0 : r == 0 ? KR_STOP : t;
}

//===--- map --------------------------------------------------------------===//

struct kr_map {
    kr_object base;
    kr_value fn;
    kr_value iters;
};

kr_value map_make_new(const kr_type *type, size_t nargs, const kr_value *args, kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 2, KR_ARGS_ANY, false)) return 0;
    kr_value iters = iter_tuple(nargs - 1, args + 1);
    if (!iters) return 0;
    kr_map *m = kr_new_object<kr_map>(type);
    if (!m) return 0;
    m->fn = args[0];
    m->iters = iters;
    return kr_val(m);
}

kr_value map_next(kr_value self) {
    kr_map *m = (kr_map *)kr_obj(self);
    size_t n;
    kr_tuple_items(m->iters, &n);
    kr_value stack_items[kStackItems];
    kr_value *items = stack_items;
    if (n > kStackItems) {
        items = (kr_value *)kr_gc_alloc(n * sizeof(kr_value));
        if (!items) return 0;
    }
    int r = next_of_each(m->iters, items, &n);
    if (r <= 0) return r < 0 ? 0 : KR_STOP;
    return kr_call(m->fn, n, items);
}

//===--- filter -----------------------------------------------------------===//

struct kr_filter {
    kr_object base;
    kr_value fn; ///< kr_None: the items' own truth
    kr_value iter;
};

kr_value filter_make_new(const kr_type *type, size_t nargs, const kr_value *args,
                         kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 2, 2, false)) return 0;
    kr_value it = kr_iter(args[1]);
    if (!it) return 0;
    kr_filter *f = kr_new_object<kr_filter>(type);
    if (!f) return 0;
    f->fn = args[0];
    f->iter = it;
    return kr_val(f);
}

kr_value filter_next(kr_value self) {
    kr_filter *f = (kr_filter *)kr_obj(self);
    for (;;) {
        kr_value item = kr_iter_next(f->iter);
        if (!item || item == KR_STOP) return item;
        kr_value test = item;
        if (f->fn != kr_val(&kr_None)) {
            test = kr_call(f->fn, 1, &item);
            if (!test) return 0;
        }
        int t = kr_truthy(test);
        if (t < 0) return 0;
        if (t) return item;
    }
}

//===--- reversed ---------------------------------------------------------===//

struct kr_reversed {
    kr_object base;
    kr_value seq;
    kr_int next; ///< index of the next item; -1 when exhausted
};

kr_value reversed_make_new(const kr_type *type, size_t nargs, const kr_value *args,
                           kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 1, 1, false)) return 0;
    const kr_type *t = kr_type_of(args[0]);
    bool subscriptable = false;
    for (const kr_type *u = t; u; u = u->parent)
        subscriptable |= u->getitem != nullptr;
    if (!subscriptable || t == &kr_type_dict)
        return kr_raise_msg(&kr_type_TypeError, "'%s' object isn't reversible", t->name);
    kr_value len = kr_unary_op(KR_UNARY_LEN, args[0]);
    if (!len) return 0;
    kr_reversed *r = kr_new_object<kr_reversed>(type);
    if (!r) return 0;
    r->seq = args[0];
    r->next = kr_small_int_value(len) - 1;
    return kr_val(r);
}

kr_value reversed_next(kr_value self) {
    kr_reversed *r = (kr_reversed *)kr_obj(self);
    if (r->next < 0) return KR_STOP;
    kr_value item = kr_getitem(r->seq, kr_small_int(r->next));
    if (!item) {
        // The sequence shrank while we iterated: stop, as CPython does.
        if (!kr_exc_pending_is(&kr_type_IndexError)) return 0;
        kr_exc_fetch();
        r->next = -1;
        return KR_STOP;
    }
    --r->next;
    return item;
}

#define KR_ITERATOR_TYPE(name, make_new, next)                                                     \
    {                                                                                              \
        {&kr_type_type}, name, KR_TYPE_FLAG_ITER_IS_SELF, &kr_type_object, nullptr, make_new,      \
            nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, next, nullptr, nullptr, nullptr, \
            0, 0                                                                                   \
    }

//===--- iter(callable, sentinel) -----------------------------------------===//

/// iter(fn, sentinel): calls fn until it returns a value equal to the sentinel.
struct kr_callable_iter {
    kr_object base;
    kr_value fn;
    kr_value sentinel; ///< 0 once exhausted
};

kr_value callable_iter_next(kr_value self) {
    auto *c = (kr_callable_iter *)kr_obj(self);
    if (!c->sentinel) return KR_STOP;
    kr_value v = kr_call(c->fn, 0, nullptr);
    if (!v) return 0;
    kr_value eq = kr_binary_op(KR_BINARY_EQ, v, c->sentinel);
    if (!eq) return 0;
    int t = kr_truthy(eq);
    if (t < 0) return 0;
    if (!t) return v;
    c->sentinel = 0; // as Python: once the sentinel is seen, fn is not called again
    return KR_STOP;
}

const kr_type kr_type_callable_iterator =
    KR_ITERATOR_TYPE("callable_iterator", nullptr, callable_iter_next);

} // namespace

kr_value kr_callable_iter_new(kr_value fn, kr_value sentinel) {
    auto *c = kr_new_object<kr_callable_iter>(&kr_type_callable_iterator);
    if (!c) return 0;
    c->fn = fn;
    c->sentinel = sentinel;
    return kr_val(c);
}

extern "C" {
const kr_type kr_type_enumerate = KR_ITERATOR_TYPE("enumerate", enumerate_make_new, enumerate_next);
const kr_type kr_type_zip = KR_ITERATOR_TYPE("zip", zip_make_new, zip_next);
const kr_type kr_type_map = KR_ITERATOR_TYPE("map", map_make_new, map_next);
const kr_type kr_type_filter = KR_ITERATOR_TYPE("filter", filter_make_new, filter_next);
const kr_type kr_type_reversed = KR_ITERATOR_TYPE("reversed", reversed_make_new, reversed_next);
}
