//===- runtime/range.cpp - the range type ----------------------------------===//
//
// Part of the krait runtime. Bounds are machine ints, as in MicroPython.
//
//===----------------------------------------------------------------------===//
#include "exception.h"
#include "function.h"
#include "slice.h"

struct kr_range {
    kr_object base;
    kr_int start, stop, step;
};

static const kr_range *as_range(kr_value v) {
    return (const kr_range *)kr_obj(v);
}

/// Number of items; unsigned arithmetic keeps extreme bounds from overflowing.
static size_t range_len(const kr_range *r) {
    if (r->step > 0 && r->start < r->stop)
        return ((uintptr_t)r->stop - (uintptr_t)r->start - 1) / (uintptr_t)r->step + 1;
    if (r->step < 0 && r->start > r->stop)
        return ((uintptr_t)r->start - (uintptr_t)r->stop - 1) / (0 - (uintptr_t)r->step) + 1;
    return 0;
}

static kr_value range_new(kr_int start, kr_int stop, kr_int step) {
    kr_range *r = kr_new_object<kr_range>(&kr_type_range);
    if (!r) return 0;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return kr_val(r);
}

/// An int argument of range() as a machine int.
static bool range_arg(kr_value v, kr_int *out) {
    v = kr_index_native(v); // an instance of an int subclass counts as its int
    if (kr_is_small_int(v)) {
        *out = kr_small_int_value(v);
        return true;
    }
    if (!kr_isinstance(v, &kr_type_int)) {
        kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(v));
        return false;
    }
    return kr_index_value("range", v, out);
}

static kr_value range_make_new(const kr_type *, size_t nargs, const kr_value *args,
                               kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 1, 3, false)) return 0;
    kr_int v[3] = {0, 0, 1};
    for (size_t i = 0; i < nargs; i++)
        if (!range_arg(args[i], &v[nargs == 1 ? 1 : i])) return 0;
    if (v[2] == 0) return kr_raise_msg(&kr_type_ValueError, "zero step");
    return range_new(v[0], v[1], v[2]);
}

static bool range_print(const kr_printer *p, kr_value self, kr_print_kind) {
    const kr_range *r = as_range(self);
    kr_value parts[3] = {kr_int_from_i64(r->start), kr_int_from_i64(r->stop),
                         kr_int_from_i64(r->step)};
    kr_print_cstr(p, "range(");
    for (int i = 0; i < (r->step == 1 ? 2 : 3); i++) {
        if (i) kr_print_cstr(p, ", ");
        if (!parts[i] || !kr_print_value(p, parts[i], KR_PRINT_STR)) return false;
    }
    kr_print_cstr(p, ")");
    return true;
}

static kr_value range_unary_op(enum kr_unary_op op, kr_value self) {
    size_t n = range_len(as_range(self));
    if (op == KR_UNARY_LEN) return kr_int_from_i64((int64_t)n);
    if (op == KR_UNARY_BOOL) return kr_bool(n != 0);
    return KR_NOTIMPL;
}

/// The i-th item of a range (i < len).
static kr_int range_item(const kr_range *r, size_t i) {
    return (kr_int)((uintptr_t)r->start + (uintptr_t)i * (uintptr_t)r->step);
}

/// Where v is in r: its position, -1 when absent, -2 on an exception.
static ptrdiff_t range_find(const kr_range *r, kr_value v) {
    size_t n = range_len(r);
    if (kr_is_small_int(v)) {
        kr_int x = kr_small_int_value(v);
        bool in_bounds = r->step > 0 ? x >= r->start && x < r->stop : x <= r->start && x > r->stop;
        if (!in_bounds) return -1;
        uintptr_t dist =
            r->step > 0 ? (uintptr_t)x - (uintptr_t)r->start : (uintptr_t)r->start - (uintptr_t)x;
        uintptr_t step = r->step > 0 ? (uintptr_t)r->step : 0 - (uintptr_t)r->step;
        return dist % step == 0 ? (ptrdiff_t)(dist / step) : -1;
    }
    // Other values (floats, big ints, user objects) by equality.
    for (size_t i = 0; i < n; i++) {
        kr_value item = kr_int_from_i64(range_item(r, i));
        int e = item ? kr_equal(item, v) : -1;
        if (e) return e < 0 ? -2 : (ptrdiff_t)i;
    }
    return -1;
}

static kr_value range_contains(const kr_range *r, kr_value v) {
    ptrdiff_t i = range_find(r, v);
    return i == -2 ? 0 : kr_bool(i >= 0);
}

static kr_value range_index(size_t, const kr_value *args, kr_value) {
    ptrdiff_t i = range_find(as_range(args[0]), args[1]);
    if (i == -2) return 0;
    if (i < 0) return kr_raise_msg(&kr_type_ValueError, "object not in sequence");
    return kr_small_int((kr_int)i);
}

static kr_value range_count(size_t, const kr_value *args, kr_value) {
    ptrdiff_t i = range_find(as_range(args[0]), args[1]);
    return i == -2 ? 0 : kr_small_int(i >= 0);
}

KR_BUILTIN(range_index_obj, "index", range_index, 2, 2);
KR_BUILTIN(range_count_obj, "count", range_count, 2, 2);

static const kr_attr_entry range_attrs[] = {
    KR_ATTR("index", range_index_obj),
    KR_ATTR("count", range_count_obj),
    {nullptr, nullptr},
};

static kr_value range_binary_op(enum kr_binary_op op, kr_value self, kr_value other) {
    const kr_range *r = as_range(self);
    if (op == KR_BINARY_IN) return range_contains(r, other);
    if (op != KR_BINARY_EQ && op != KR_BINARY_NE) return KR_NOTIMPL;
    if (!kr_is_obj(other) || kr_obj(other)->type != &kr_type_range) return KR_NOTIMPL;
    // Equal when they produce the same sequence.
    const kr_range *s = as_range(other);
    size_t n = range_len(r);
    bool eq =
        n == range_len(s) && (n == 0 || (r->start == s->start && (n == 1 || r->step == s->step)));
    return kr_bool(eq == (op == KR_BINARY_EQ));
}

static kr_value range_getitem(kr_value self, kr_value index) {
    const kr_range *r = as_range(self);
    size_t n = range_len(r);
    if (kr_is_slice(index)) {
        kr_slice_range sr;
        if (!kr_slice_resolve(index, n, &sr)) return 0;
        kr_int start = sr.count ? range_item(r, (size_t)sr.start) : r->start;
        kr_int step = r->step * sr.step;
        return range_new(start, (kr_int)((uintptr_t)start + sr.count * (uintptr_t)step), step);
    }
    size_t i;
    if (!kr_seq_index("range", index, n, &i)) return 0;
    return kr_int_from_i64(range_item(r, i));
}

/// Iterator: the next value and how many remain.
struct kr_range_iter {
    kr_object base;
    kr_int next, step;
    size_t remaining;
};

static kr_value range_iter_next(kr_value self) {
    kr_range_iter *it = (kr_range_iter *)kr_obj(self);
    if (it->remaining == 0) return KR_STOP;
    it->remaining--;
    kr_int v = it->next;
    it->next = (kr_int)((uintptr_t)it->next + (uintptr_t)it->step);
    return kr_small_int_fits(v) ? kr_small_int(v) : kr_int_from_i64(v);
}

extern "C" const kr_type kr_type_range_iter = {
    {&kr_type_type}, "iterator", KR_TYPE_FLAG_ITER_IS_SELF,
    &kr_type_object, nullptr,    nullptr,
    nullptr,         nullptr,    nullptr,
    nullptr,         nullptr,    nullptr,
    range_iter_next, nullptr,    nullptr,
    nullptr,         0,          0,
};

static kr_value range_getiter(kr_value self) {
    const kr_range *r = as_range(self);
    kr_range_iter *it = kr_new_object<kr_range_iter>(&kr_type_range_iter);
    if (!it) return 0;
    it->next = r->start;
    it->step = r->step;
    it->remaining = range_len(r);
    return kr_val(it);
}

static kr_value range_getattr(kr_value self, kr_value name) {
    const kr_range *r = as_range(self);
    if (kr_str_equal_cstr(name, "start")) return kr_int_from_i64(r->start);
    if (kr_str_equal_cstr(name, "stop")) return kr_int_from_i64(r->stop);
    if (kr_str_equal_cstr(name, "step")) return kr_int_from_i64(r->step);
    return KR_NOTFOUND;
}

extern "C" const kr_type kr_type_range = {
    {&kr_type_type},
    "range",
    0,
    &kr_type_object,
    range_print,
    range_make_new,
    nullptr,
    range_unary_op,
    range_binary_op,
    range_getitem,
    nullptr,
    range_getiter,
    nullptr,
    range_getattr,
    nullptr,
    range_attrs,
    0,
    0,
};
