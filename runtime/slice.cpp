//===- runtime/slice.cpp - slice objects and sequence indexing ------------===//
//
// Part of the krait runtime.
//
//===----------------------------------------------------------------------===//
#include "slice.h"
#include "class.h"
#include "exception.h"

#include <string.h>

static kr_value slice_none(kr_value v) {
    return v ? v : kr_val(&kr_None);
}

kr_value kr_build_slice(kr_value start, kr_value stop, kr_value step) {
    kr_slice *s = kr_new_object<kr_slice>(&kr_type_slice);
    if (!s) return 0;
    s->start = slice_none(start);
    s->stop = slice_none(stop);
    s->step = slice_none(step);
    return kr_val(s);
}

kr_value kr_index_native(kr_value v) {
    if (kr_is_small_int(v) || !(kr_type_of(v)->flags & KR_TYPE_FLAG_USER) ||
        !kr_type_is_subtype(kr_type_of(v), &kr_type_int))
        return v;
    kr_value native = kr_instance_native(v);
    return native ? native : v;
}

bool kr_index_value(const char *seq_name, kr_value index, kr_int *out) {
    if (kr_is_small_int(index)) {
        *out = kr_small_int_value(index);
        return true;
    }
    if (index == kr_val(&kr_True) || index == kr_val(&kr_False)) {
        *out = index == kr_val(&kr_True);
        return true;
    }
    index = kr_index_native(index);
    if (!kr_isinstance(index, &kr_type_int)) {
        // "int" marks an integer argument rather than a subscript.
        if (strcmp(seq_name, "int") == 0)
            kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(index));
        else
            kr_raise_msg(&kr_type_TypeError, "%s indices must be integers, not %s", seq_name,
                         kr_type_name(index));
        return false;
    }
    int64_t i;
    if (!kr_int_to_i64(index, &i) || i < (int64_t)INTPTR_MIN || i > (int64_t)INTPTR_MAX) {
        kr_raise_msg(&kr_type_OverflowError, "overflow converting long int to machine word");
        return false;
    }
    *out = (kr_int)i;
    return true;
}

bool kr_seq_index(const char *seq_name, kr_value index, size_t len, size_t *out) {
    kr_int i;
    if (!kr_index_value(seq_name, index, &i)) return false;
    if (i < 0) i += (kr_int)len;
    if (i < 0 || (size_t)i >= len) {
        kr_raise_msg(&kr_type_IndexError, "%s index out of range", seq_name);
        return false;
    }
    *out = (size_t)i;
    return true;
}

int kr_seq_repeat_count(kr_value other, kr_int *out) {
    other = kr_index_native(other);
    if (!kr_is_small_int(other) && !kr_isinstance(other, &kr_type_int)) return 0;
    if (!kr_index_value("int", other, out)) return -1;
    if (*out < 0) *out = 0;
    return 1;
}

/// slice_bound for anything but a small int.
[[gnu::noinline]] static bool slice_bound_slow(kr_value v, int64_t *out) {
    v = kr_index_native(v);
    if (kr_is_small_int(v)) {
        *out = kr_small_int_value(v);
        return true;
    }
    if (!kr_isinstance(v, &kr_type_int)) {
        kr_raise_msg(&kr_type_TypeError,
                     "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    if (kr_int_to_i64(v, out)) {
        // Keep negation and length arithmetic clear of overflow.
        if (*out > INT64_MAX / 2)
            *out = INT64_MAX / 2;
        else if (*out < -(INT64_MAX / 2))
            *out = -(INT64_MAX / 2);
        return true;
    }
    kr_value neg = kr_binary_op(KR_BINARY_LT, v, kr_small_int(0));
    if (!neg) return false;
    *out = neg == kr_val(&kr_True) ? -(INT64_MAX / 2) : INT64_MAX / 2;
    return true;
}

/// A slice bound as a 64-bit int; big ints clamp to a huge value of their
/// sign, which the clamping against the length then handles.
static inline bool slice_bound(kr_value v, int64_t *out) {
    if (kr_is_small_int(v)) {
        *out = kr_small_int_value(v);
        return true;
    }
    return slice_bound_slow(v, out);
}

bool kr_slice_resolve(kr_value slice, size_t length, kr_slice_range *out) {
    const kr_slice *s = (const kr_slice *)kr_obj(slice);
    return kr_slice_resolve_parts(s->start, s->stop, s->step, length, out);
}

bool kr_slice_resolve_parts(kr_value start_v, kr_value stop_v, kr_value step_v, size_t length,
                            kr_slice_range *out) {
    int64_t start, stop, step = 1;
    kr_value none = kr_val(&kr_None);
    if (step_v != none) {
        if (!slice_bound(step_v, &step)) return false;
        if (step == 0) {
            kr_raise_msg(&kr_type_ValueError, "slice step can't be zero");
            return false;
        }
    }
    bool has_start = start_v != none, has_stop = stop_v != none;
    start = stop = 0;
    if (has_start && !slice_bound(start_v, &start)) return false;
    if (has_stop && !slice_bound(stop_v, &stop)) return false;
    kr_slice_resolve_ints(start, has_start, stop, has_stop, step, length, out);
    return true;
}

//===----------------------------------------------------------------------===//
// The slice type
//===----------------------------------------------------------------------===//

static bool slice_print(const kr_printer *p, kr_value self, kr_print_kind) {
    const kr_slice *s = (const kr_slice *)kr_obj(self);
    kr_print_cstr(p, "slice(");
    if (!kr_print_value(p, s->start, KR_PRINT_REPR)) return false;
    kr_print_cstr(p, ", ");
    if (!kr_print_value(p, s->stop, KR_PRINT_REPR)) return false;
    kr_print_cstr(p, ", ");
    if (!kr_print_value(p, s->step, KR_PRINT_REPR)) return false;
    kr_print_cstr(p, ")");
    return true;
}

static kr_value slice_make_new(const kr_type *, size_t nargs, const kr_value *args,
                               kr_value kwnames) {
    if (kwnames || nargs < 1 || nargs > 3)
        return kr_raise_msg(&kr_type_TypeError, "slice expected 1 to 3 arguments");
    if (nargs == 1) return kr_build_slice(0, args[0], 0);
    return kr_build_slice(args[0], args[1], nargs == 3 ? args[2] : 0);
}

static kr_value slice_binary_op(enum kr_binary_op op, kr_value self, kr_value other) {
    if (op != KR_BINARY_EQ && op != KR_BINARY_NE) return KR_NOTIMPL;
    if (!kr_is_slice(other)) return KR_NOTIMPL;
    const kr_slice *a = (const kr_slice *)kr_obj(self), *b = (const kr_slice *)kr_obj(other);
    bool eq = true;
    const kr_value pa[3] = {a->start, a->stop, a->step}, pb[3] = {b->start, b->stop, b->step};
    for (int i = 0; i < 3 && eq; i++) {
        int r = kr_equal(pa[i], pb[i]);
        if (r < 0) return 0;
        eq = r == 1;
    }
    return kr_bool(op == KR_BINARY_EQ ? eq : !eq);
}

static kr_value slice_getattr(kr_value self, kr_value name) {
    const kr_slice *s = (const kr_slice *)kr_obj(self);
    if (kr_str_equal_cstr(name, "start")) return s->start;
    if (kr_str_equal_cstr(name, "stop")) return s->stop;
    if (kr_str_equal_cstr(name, "step")) return s->step;
    return KR_NOTFOUND;
}

extern "C" const kr_type kr_type_slice = {
    {&kr_type_type}, "slice", 0,       &kr_type_object, slice_print,
    slice_make_new,  nullptr, nullptr, slice_binary_op, nullptr,
    nullptr,         nullptr, nullptr, slice_getattr,   nullptr,
    nullptr,         0,       0,
};
