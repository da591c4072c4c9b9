//===- runtime/tuple.cpp - the tuple type ----------------------------------===//
//
// Part of the krait runtime.
//
//===----------------------------------------------------------------------===//
#include "tuple.h"
#include "exception.h"
#include "function.h"
#include "slice.h"

#include <string.h>

//===----------------------------------------------------------------------===//
// Helpers shared with list
//===----------------------------------------------------------------------===//

/// The items of a list or tuple. Lists can change (and move their items)
/// whenever user code runs, so callers fetch again after every such call.
static const kr_value *seq_items(kr_value seq, size_t *n) {
    if (kr_is_tuple(seq)) return kr_tuple_items(seq, n);
    return kr_list_items(seq, n);
}

bool kr_seq_print(const kr_printer *p, kr_value seq, const char *open, const char *close) {
    if (!kr_container_stack_ok()) return false;
    kr_print_cstr(p, open);
    size_t n;
    for (size_t i = 0; i < (seq_items(seq, &n), n); i++) {
        if (i) kr_print_cstr(p, ", ");
        if (!kr_print_value(p, seq_items(seq, &n)[i], KR_PRINT_REPR)) return false;
    }
    kr_print_cstr(p, close);
    return true;
}

kr_value kr_seq_compare(enum kr_binary_op op, kr_value a, kr_value b) {
    if (!kr_container_stack_ok()) return 0;
    bool eq_op = op == KR_BINARY_EQ || op == KR_BINARY_NE;
    size_t na, nb;
    seq_items(a, &na);
    seq_items(b, &nb);
    if (eq_op && na != nb) return kr_bool(op == KR_BINARY_NE);
    for (size_t i = 0; i < na && i < nb; i++) {
        kr_value x = seq_items(a, &na)[i], y = seq_items(b, &nb)[i];
        if (x == y) continue;
        int r = kr_equal(x, y);
        if (r < 0) return 0;
        if (r) {
            // The equality test may have shrunk either sequence.
            seq_items(a, &na);
            seq_items(b, &nb);
            continue;
        }
        // The first differing items decide.
        if (eq_op) return kr_bool(op == KR_BINARY_NE);
        return kr_binary_op(op, x, y);
    }
    switch (op) {
    case KR_BINARY_EQ:
        return kr_bool(na == nb);
    case KR_BINARY_NE:
        return kr_bool(na != nb);
    case KR_BINARY_LT:
        return kr_bool(na < nb);
    case KR_BINARY_LE:
        return kr_bool(na <= nb);
    case KR_BINARY_GT:
        return kr_bool(na > nb);
    default:
        return kr_bool(na >= nb);
    }
}

kr_int kr_seq_find(kr_value seq, size_t start, size_t stop, kr_value v) {
    size_t n;
    for (size_t i = start; i < stop && i < (seq_items(seq, &n), n); i++) {
        kr_value item = seq_items(seq, &n)[i];
        if (item == v) return (kr_int)i;
        int r = kr_equal(item, v);
        if (r < 0) return -2;
        if (r) return (kr_int)i;
    }
    return -1;
}

kr_value kr_seq_count(kr_value seq, kr_value v) {
    kr_int count = 0;
    size_t n;
    for (size_t i = 0; i < (seq_items(seq, &n), n); i++) {
        kr_value item = seq_items(seq, &n)[i];
        int r = item == v ? 1 : kr_equal(item, v);
        if (r < 0) return 0;
        count += r;
    }
    return kr_small_int(count);
}

/// An optional start/stop argument of index(), clamped to [0, n].
static bool seq_bound(kr_value v, size_t n, size_t *out) {
    kr_int i;
    if (!kr_index_value("slice", v, &i)) return false;
    if (i < 0) i += (kr_int)n;
    *out = i < 0 ? 0 : (size_t)i > n ? n : (size_t)i;
    return true;
}

kr_value kr_seq_index_method(kr_value seq, size_t nargs, const kr_value *args) {
    size_t n;
    seq_items(seq, &n);
    size_t start = 0, stop = n;
    if (nargs > 2 && !seq_bound(args[2], n, &start)) return 0;
    if (nargs > 3 && !seq_bound(args[3], n, &stop)) return 0;
    kr_int i = kr_seq_find(seq, start, stop, args[1]);
    if (i == -2) return 0;
    if (i < 0) return kr_raise_msg(&kr_type_ValueError, "object not in sequence");
    return kr_small_int(i);
}

void kr_seq_gather(const kr_value *items, kr_int start, kr_int step, size_t count, kr_value *out) {
    for (size_t k = 0; k < count; k++)
        out[k] = items[start + (kr_int)k * step];
}

//===----------------------------------------------------------------------===//
// Construction
//===----------------------------------------------------------------------===//

/// Layout-compatible with an empty kr_tuple: the one shared ().
static const struct {
    kr_object base;
    size_t len;
} empty_tuple = {{&kr_type_tuple}, 0};

kr_value kr_tuple_new(size_t n) {
    if (n == 0) return kr_val(&empty_tuple);
    if (n > ((size_t)-1 - sizeof(kr_tuple)) / sizeof(kr_value)) return kr_raise_memory_error();
    kr_tuple *t = kr_new_object<kr_tuple>(&kr_type_tuple, sizeof(kr_tuple) + n * sizeof(kr_value));
    if (!t) return 0;
    t->len = n;
    for (size_t i = 0; i < n; i++)
        t->items[i] = kr_val(&kr_None);
    return kr_val(t);
}

kr_value *kr_tuple_items(kr_value t, size_t *n) {
    kr_tuple *o = (kr_tuple *)kr_obj(t);
    *n = o->len;
    return o->items;
}

kr_value kr_build_tuple(size_t n, const kr_value *items) {
    kr_value t = kr_tuple_new(n);
    if (t && n) memcpy(((kr_tuple *)kr_obj(t))->items, items, n * sizeof(kr_value));
    return t;
}

static kr_value tuple_make_new(const kr_type *, size_t nargs, const kr_value *args,
                               kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 0, 1, false)) return 0;
    if (nargs == 0) return kr_val(&empty_tuple);
    kr_value arg = args[0];
    if (kr_is_tuple(arg)) return arg;
    if (kr_is_obj(arg) && kr_obj(arg)->type == &kr_type_list) {
        size_t n;
        kr_value *items = kr_list_items(arg, &n);
        return kr_build_tuple(n, items);
    }
    // Any other iterable: collect into a list first, then copy.
    kr_value list = kr_list_new(0);
    if (!list) return 0;
    kr_value it = kr_iter(arg);
    if (!it) return 0;
    for (;;) {
        kr_value item = kr_iter_next(it);
        if (!item) return 0;
        if (item == KR_STOP) break;
        if (!kr_list_append(list, item)) return 0;
    }
    size_t n;
    kr_value *items = kr_list_items(list, &n);
    return kr_build_tuple(n, items);
}

//===----------------------------------------------------------------------===//
// Operators
//===----------------------------------------------------------------------===//

static bool tuple_print(const kr_printer *p, kr_value self, kr_print_kind) {
    const kr_tuple *t = (const kr_tuple *)kr_obj(self);
    return kr_seq_print(p, self, "(", t->len == 1 ? ",)" : ")");
}

static kr_value tuple_unary_op(enum kr_unary_op op, kr_value self) {
    const kr_tuple *t = (const kr_tuple *)kr_obj(self);
    switch (op) {
    case KR_UNARY_BOOL:
        return kr_bool(t->len != 0);
    case KR_UNARY_LEN:
        return kr_small_int((kr_int)t->len);
    case KR_UNARY_HASH: {
        // Order-dependent mix of the item hashes.
        size_t h = 0x345678;
        for (size_t i = 0; i < t->len; i++) {
            kr_int ih;
            if (!kr_hash(t->items[i], &ih)) return 0;
            h = (h ^ (size_t)ih) * 1000003u + i;
        }
        return kr_small_int((kr_int)(h & (size_t)KR_SMALL_INT_MAX));
    }
    default:
        return KR_NOTIMPL;
    }
}

static kr_value tuple_binary_op(enum kr_binary_op op, kr_value self, kr_value other) {
    const kr_tuple *t = (const kr_tuple *)kr_obj(self);
    if (op >= KR_BINARY_INPLACE_FIRST) // immutable: t += u is t = t + u
        op = (enum kr_binary_op)(op - KR_BINARY_INPLACE_FIRST + KR_BINARY_FIRST);
    switch (op) {
    case KR_BINARY_ADD: {
        if (!kr_is_tuple(other)) return KR_NOTIMPL;
        const kr_tuple *u = (const kr_tuple *)kr_obj(other);
        if (u->len == 0) return self;
        if (t->len == 0) return other;
        kr_value r = kr_tuple_new(t->len + u->len);
        if (!r) return 0;
        kr_value *items = ((kr_tuple *)kr_obj(r))->items;
        memcpy(items, t->items, t->len * sizeof(kr_value));
        memcpy(items + t->len, u->items, u->len * sizeof(kr_value));
        return r;
    }
    case KR_BINARY_MUL: {
        kr_int n;
        int k = kr_seq_repeat_count(other, &n);
        if (k <= 0) return k < 0 ? 0 : KR_NOTIMPL;
        if (n == 1) return self;
        if (t->len && (size_t)n > ((size_t)-1 / sizeof(kr_value)) / t->len)
            return kr_raise_memory_error();
        kr_value r = kr_tuple_new(t->len * (size_t)n);
        if (!r) return 0;
        kr_value *items = ((kr_tuple *)kr_obj(r))->items;
        for (kr_int i = 0; i < n; i++)
            memcpy(items + (size_t)i * t->len, t->items, t->len * sizeof(kr_value));
        return r;
    }
    case KR_BINARY_IN: {
        kr_int i = kr_seq_find(self, 0, t->len, other);
        return i == -2 ? 0 : kr_bool(i >= 0);
    }
    case KR_BINARY_EQ:
    case KR_BINARY_NE:
    case KR_BINARY_LT:
    case KR_BINARY_LE:
    case KR_BINARY_GT:
    case KR_BINARY_GE: {
        if (!kr_is_tuple(other)) return KR_NOTIMPL;
        return kr_seq_compare(op, self, other);
    }
    default:
        return KR_NOTIMPL;
    }
}

static kr_value tuple_getitem(kr_value self, kr_value index) {
    const kr_tuple *t = (const kr_tuple *)kr_obj(self);
    if (kr_is_slice(index)) {
        kr_slice_range r;
        if (!kr_slice_resolve(index, t->len, &r)) return 0;
        if (r.count == t->len && r.step == 1) return self;
        kr_value out = kr_tuple_new(r.count);
        if (out)
            kr_seq_gather(t->items, r.start, r.step, r.count, ((kr_tuple *)kr_obj(out))->items);
        return out;
    }
    size_t i;
    if (!kr_seq_index("tuple", index, t->len, &i)) return 0;
    return t->items[i];
}

static kr_value tuple_setitem(kr_value, kr_value, kr_value value) {
    if (!value)
        return kr_raise_msg(&kr_type_TypeError, "'tuple' object doesn't support item deletion");
    return kr_raise_msg(&kr_type_TypeError, "'tuple' object doesn't support item assignment");
}

/// Iterator over a tuple.
struct kr_tuple_iter {
    kr_object base;
    kr_value tuple;
    size_t index;
};

static kr_value tuple_iter_next(kr_value self) {
    kr_tuple_iter *it = (kr_tuple_iter *)kr_obj(self);
    const kr_tuple *t = (const kr_tuple *)kr_obj(it->tuple);
    if (it->index >= t->len) return KR_STOP;
    return t->items[it->index++];
}

extern "C" const kr_type kr_type_tuple_iter = {
    {&kr_type_type}, "iterator", KR_TYPE_FLAG_ITER_IS_SELF,
    &kr_type_object, nullptr,    nullptr,
    nullptr,         nullptr,    nullptr,
    nullptr,         nullptr,    nullptr,
    tuple_iter_next, nullptr,    nullptr,
    nullptr,         0,          0,
};

static kr_value tuple_getiter(kr_value self) {
    kr_tuple_iter *it = kr_new_object<kr_tuple_iter>(&kr_type_tuple_iter);
    if (!it) return 0;
    it->tuple = self;
    it->index = 0;
    return kr_val(it);
}

//===----------------------------------------------------------------------===//
// Methods
//===----------------------------------------------------------------------===//

static kr_value tuple_count(size_t, const kr_value *args, kr_value) {
    return kr_seq_count(args[0], args[1]);
}

static kr_value tuple_index(size_t nargs, const kr_value *args, kr_value) {
    return kr_seq_index_method(args[0], nargs, args);
}

static KR_BUILTIN(tuple_count_obj, "count", tuple_count, 2, 2);
static KR_BUILTIN(tuple_index_obj, "index", tuple_index, 2, 4);

static const kr_attr_entry tuple_attrs[] = {
    KR_ATTR("count", tuple_count_obj),
    KR_ATTR("index", tuple_index_obj),
    {nullptr, nullptr},
};

extern "C" const kr_type kr_type_tuple = {
    {&kr_type_type},
    "tuple",
    KR_TYPE_FLAG_BASETYPE,
    &kr_type_object,
    tuple_print,
    tuple_make_new,
    nullptr,
    tuple_unary_op,
    tuple_binary_op,
    tuple_getitem,
    tuple_setitem,
    tuple_getiter,
    nullptr,
    nullptr,
    nullptr,
    tuple_attrs,
    0,
    0,
};
