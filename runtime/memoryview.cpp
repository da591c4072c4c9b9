//===- runtime/memoryview.cpp - the memoryview type ------------------------===//
//
// Part of the krait runtime. A memoryview is a window onto another object's
// buffer (kr_memoryview in buffer.h): indexing reads and writes the target's
// items, slicing makes a new window on the same memory. As in MicroPython,
// slices must have step 1, views of bytes are read-only and slice
// assignment must keep the length.
//
//===----------------------------------------------------------------------===//
#include "buffer.h"

#include "exception.h"
#include "function.h"
#include "slice.h"

#include <string.h>

namespace {

kr_memoryview *as_view(kr_value v) {
    return (kr_memoryview *)kr_obj(v);
}

kr_value view_new(kr_value target, char typecode, bool writable, size_t start, size_t len) {
    kr_memoryview *m = kr_new_object<kr_memoryview>(&kr_type_memoryview);
    if (!m) return 0;
    m->obj = target;
    m->typecode = typecode;
    m->writable = writable;
    m->start = start;
    m->len = len;
    return kr_val(m);
}

kr_value memoryview_make_new(const kr_type *, size_t nargs, const kr_value *args,
                             kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 1, 1, false)) return 0;
    kr_buffer buf;
    if (!kr_get_buffer_raise(args[0], &buf)) return 0;
    if (kr_obj(args[0])->type == &kr_type_memoryview) {
        kr_memoryview *src = as_view(args[0]);
        return view_new(src->obj, src->typecode, src->writable, src->start, src->len);
    }
    return view_new(args[0], buf.typecode, buf.writable, 0,
                    buf.len / kr_typecode_size(buf.typecode));
}

bool memoryview_print(const kr_printer *p, kr_value, kr_print_kind) {
    kr_print_cstr(p, "<memoryview>");
    return true;
}

/// The view's current buffer (clamped to the target's current size).
kr_buffer view_buffer(kr_value self) {
    kr_buffer buf;
    kr_get_buffer(self, &buf);
    return buf;
}

size_t view_len(kr_value self) {
    kr_buffer buf = view_buffer(self);
    return buf.len / kr_typecode_size(buf.typecode);
}

kr_value memoryview_unary_op(enum kr_unary_op op, kr_value self) {
    switch (op) {
    case KR_UNARY_BOOL:
        return kr_bool(view_len(self) != 0);
    case KR_UNARY_LEN:
        return kr_small_int((kr_int)view_len(self));
    default:
        return KR_NOTIMPL;
    }
}

kr_value memoryview_binary_op(enum kr_binary_op op, kr_value self, kr_value other) {
    if (op != KR_BINARY_EQ && op != KR_BINARY_NE) return KR_NOTIMPL;
    kr_buffer a = view_buffer(self), b;
    if (!kr_get_buffer(other, &b)) return kr_bool(op == KR_BINARY_NE);
    bool eq = a.len == b.len && a.typecode == b.typecode && !memcmp(a.data, b.data, a.len);
    return kr_bool(eq == (op == KR_BINARY_EQ));
}

/// A slice of a view as [start, start + count) of its items; NotImplementedError
/// for steps other than 1, as MicroPython.
bool view_slice(kr_value self, kr_value index, size_t *start, size_t *count) {
    kr_slice_range r;
    if (!kr_slice_resolve(index, view_len(self), &r)) return false;
    if (r.step != 1 && r.count > 1) {
        kr_raise_msg(&kr_type_NotImplementedError,
                     "only slices with step=1 (aka None) are supported");
        return false;
    }
    *start = (size_t)r.start;
    *count = r.count;
    return true;
}

kr_value memoryview_getitem(kr_value self, kr_value index) {
    kr_memoryview *m = as_view(self);
    if (kr_is_slice(index)) {
        size_t start, count;
        if (!view_slice(self, index, &start, &count)) return 0;
        return view_new(m->obj, m->typecode, m->writable, m->start + start, count);
    }
    kr_buffer buf = view_buffer(self);
    size_t size = kr_typecode_size(buf.typecode), i;
    if (!kr_seq_index("memoryview", index, buf.len / size, &i)) return 0;
    return kr_binary_get(buf.typecode, buf.data + i * size);
}

kr_value memoryview_setitem(kr_value self, kr_value index, kr_value value) {
    kr_memoryview *m = as_view(self);
    if (!value)
        return kr_raise_msg(&kr_type_TypeError,
                            "'memoryview' object doesn't support item deletion");
    if (!m->writable)
        return kr_raise_msg(&kr_type_TypeError,
                            "'memoryview' object doesn't support item assignment");
    kr_buffer buf = view_buffer(self);
    size_t size = kr_typecode_size(buf.typecode);
    if (kr_is_slice(index)) {
        size_t start, count;
        if (!view_slice(self, index, &start, &count)) return 0;
        kr_buffer src;
        if (!kr_get_buffer(value, &src))
            return kr_raise_msg(&kr_type_NotImplementedError, "array/bytes required on right side");
        if (kr_typecode_size(src.typecode) != size || src.len != count * size)
            return kr_raise_msg(&kr_type_ValueError, "lhs and rhs should be compatible");
        memmove(buf.data + start * size, src.data, src.len);
        return kr_val(&kr_None);
    }
    size_t i;
    if (!kr_seq_index("memoryview", index, buf.len / size, &i)) return 0;
    if (!kr_binary_set(buf.typecode, buf.data + i * size, value,
                       __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__))
        return 0;
    return kr_val(&kr_None);
}

kr_value memoryview_getattr(kr_value self, kr_value name) {
    if (kr_str_equal_cstr(name, "itemsize"))
        return kr_small_int((kr_int)kr_typecode_size(as_view(self)->typecode));
    return KR_NOTFOUND;
}

} // namespace

extern "C" const kr_type kr_type_memoryview = {
    {&kr_type_type},
    "memoryview",
    0,
    &kr_type_object,
    memoryview_print,
    memoryview_make_new,
    nullptr,
    memoryview_unary_op,
    memoryview_binary_op,
    memoryview_getitem,
    memoryview_setitem,
    kr_buffer_iter,
    nullptr,
    memoryview_getattr,
    nullptr,
    nullptr,
    0,
    0,
};
