//===- runtime/bytearray.cpp - bytearray and array.array ------------------===//
//
// Part of the krait runtime. Both types are kr_array (buffer.h): a growable
// run of typed items. bytearray is an array of 'B' that prints and compares
// as bytes. As in MicroPython, storing an int truncates it to the item
// width; unlike MicroPython (which raises NotImplementedError) slices with
// steps, deletion and non-buffer right-hand sides follow CPython.
//
//===----------------------------------------------------------------------===//
#include "buffer.h"

#include "bytes_common.h"
#include "exception.h"
#include "function.h"
#include "int.h"
#include "list.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"

#include <string.h>

namespace {

kr_array *as_array(kr_value v) {
    return (kr_array *)kr_obj(v);
}

size_t item_size(const kr_array *a) {
    return kr_typecode_size(a->typecode);
}

bool is_byte_code(char c) {
    return c == 'b' || c == 'B';
}

/// Make room for `n` items in total; the new items are not initialised.
bool reserve(kr_array *a, size_t n) {
    if (n <= a->cap) return true;
    size_t cap = a->cap ? a->cap : 8;
    while (cap < n)
        cap = cap * 2 > cap ? cap * 2 : n;
    size_t size = item_size(a);
    if (cap > ((size_t)-1 >> 1) / size) {
        kr_raise_memory_error();
        return false;
    }
    uint8_t *items = a->items ? (uint8_t *)kr_gc_realloc(a->items, cap * size)
                              : (uint8_t *)kr_gc_alloc_atomic(cap * size);
    if (!items) {
        kr_raise_memory_error();
        return false;
    }
    a->items = items;
    a->cap = cap;
    return true;
}

/// Replace items [start, start + old_n) with the n items of `src` (bytes of
/// a's item size each). `src` must not point into a's own items.
bool replace_items(kr_array *a, size_t start, size_t old_n, const uint8_t *src, size_t n) {
    size_t size = item_size(a);
    if (n > old_n && !reserve(a, a->len - old_n + n)) return false;
    size_t tail = a->len - start - old_n;
    memmove(a->items + (start + n) * size, a->items + (start + old_n) * size, tail * size);
    if (n) memcpy(a->items + start * size, src, n * size);
    a->len = a->len - old_n + n;
    return true;
}

} // namespace

kr_array *kr_array_new(const kr_type *type, char typecode, size_t len) {
    kr_array *a = kr_new_object<kr_array>(type);
    if (!a) return nullptr;
    a->typecode = typecode;
    // Always some capacity: items is never null, so C library calls on an
    // empty array never see a null pointer.
    if (!reserve(a, len ? len : 1)) return nullptr;
    if (len) memset(a->items, 0, len * item_size(a));
    a->len = len;
    return a;
}

kr_value kr_bytearray_new(const uint8_t *data, size_t len) {
    kr_array *a = kr_array_new(&kr_type_bytearray, 'B', len);
    if (!a) return 0;
    if (len) memcpy(a->items, data, len);
    return kr_val(a);
}

bool kr_array_append_bytes(kr_array *a, const uint8_t *data, size_t len) {
    size_t size = item_size(a);
    size_t n = len / size;
    if (!reserve(a, a->len + n)) return false;
    if (n) memcpy(a->items + a->len * size, data, n * size);
    a->len += n;
    return true;
}

namespace {

/// Append one value as an item.
bool append_value(kr_array *a, kr_value v) {
    if (!reserve(a, a->len + 1)) return false;
    if (!kr_binary_set(a->typecode, a->items + a->len * item_size(a), v,
                       __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__))
        return false;
    a->len++;
    return true;
}

/// Append the contents of `src`: raw bytes when it is a buffer of the same
/// item type (or any buffer for a byte array), else its items one by one.
bool extend_from(kr_array *a, kr_value src) {
    kr_buffer buf;
    if (kr_get_buffer(src, &buf) &&
        (buf.typecode == a->typecode ||
         (is_byte_code(a->typecode) && kr_typecode_size(buf.typecode) == 1) || kr_is_bytes(src) ||
         kr_is_bytearray(src))) {
        if (kr_obj(src) == &a->base) {
            // Extending by itself: copy first, the items may move.
            uint8_t *copy = (uint8_t *)kr_gc_alloc_atomic(buf.len ? buf.len : 1);
            if (!copy) return false;
            memcpy(copy, buf.data, buf.len);
            return kr_array_append_bytes(a, copy, buf.len);
        }
        return kr_array_append_bytes(a, buf.data, buf.len);
    }
    kr_value it = kr_iter(src);
    if (!it) return false;
    for (;;) {
        kr_value v = kr_iter_next(it);
        if (!v) return false;
        if (v == KR_STOP) return true;
        if (!append_value(a, v)) return false;
    }
}

/// The items of `src` encoded as a's items: a fresh buffer of *n items.
uint8_t *encode_items(kr_array *a, kr_value src, size_t *n) {
    kr_array *tmp = kr_array_new(&kr_type_array, a->typecode, 0);
    if (!tmp || !extend_from(tmp, src)) return nullptr;
    *n = tmp->len;
    return tmp->items;
}

//===--- Construction ---------------------------------------------------===//

kr_value bytearray_make_new(const kr_type *type, size_t nargs, const kr_value *args,
                            kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 0, 3, false)) return 0;
    kr_array *a = kr_array_new(&kr_type_bytearray, 'B', 0);
    if (!a) return 0;
    if (nargs == 0) return kr_val(a);
    kr_value arg = args[0];
    if (kr_isinstance(arg, &kr_type_str)) {
        if (nargs < 2)
            return kr_raise_msg(&kr_type_TypeError, "string argument without an encoding");
        size_t len;
        const char *data = kr_str_data(arg, &len);
        return kr_array_append_bytes(a, (const uint8_t *)data, len) ? kr_val(a) : 0;
    }
    if (kr_is_intlike(arg)) {
        kr_int n;
        if (!kr_index_value("bytearray", arg, &n)) return 0;
        if (n < 0) return kr_raise_msg(&kr_type_ValueError, "negative count");
        a = kr_array_new(&kr_type_bytearray, 'B', (size_t)n);
        return a ? kr_val(a) : 0;
    }
    return extend_from(a, arg) ? kr_val(a) : 0;
}

kr_value array_make_new(const kr_type *type, size_t nargs, const kr_value *args, kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 1, 2, false)) return 0;
    size_t len;
    const char *code = kr_isinstance(args[0], &kr_type_str) ? kr_str_data(args[0], &len) : nullptr;
    if (!code || len != 1 || kr_typecode_size(code[0]) == 0 || code[0] == 'P' || code[0] == '?')
        return kr_raise_msg(&kr_type_ValueError, "bad typecode");
    kr_array *a = kr_array_new(&kr_type_array, code[0], 0);
    if (!a) return 0;
    if (nargs == 2 && !extend_from(a, args[1])) return 0;
    return kr_val(a);
}

//===--- Printing ------------------------------------------------------===//

bool array_print(const kr_printer *p, kr_value self, kr_print_kind kind) {
    kr_array *a = as_array(self);
    if (a->base.type == &kr_type_bytearray) {
        kr_print_cstr(p, "bytearray(");
        kr_print_quoted(p, (const char *)a->items, a->len, true);
        kr_print_cstr(p, ")");
        return true;
    }
    char head[] = "array('?'";
    head[7] = a->typecode;
    kr_print_cstr(p, head);
    if (a->len) {
        kr_print_cstr(p, ", [");
        size_t size = item_size(a);
        for (size_t i = 0; i < a->len; i++) {
            if (i) kr_print_cstr(p, ", ");
            kr_value v = kr_binary_get(a->typecode, a->items + i * size);
            if (!v || !kr_print_value(p, v, KR_PRINT_REPR)) return false;
        }
        kr_print_cstr(p, "]");
    }
    kr_print_cstr(p, ")");
    return true;
}

//===--- Operators -----------------------------------------------------===//

kr_value array_unary_op(enum kr_unary_op op, kr_value self) {
    kr_array *a = as_array(self);
    switch (op) {
    case KR_UNARY_BOOL:
        return kr_bool(a->len != 0);
    case KR_UNARY_LEN:
        return kr_small_int((kr_int)a->len);
    default:
        return KR_NOTIMPL;
    }
}

/// Compare two buffers: bytewise when both hold bytes, else item by item.
kr_value compare_buffers(enum kr_binary_op op, const kr_buffer &x, const kr_buffer &y) {
    int c = 0;
    size_t xs = kr_typecode_size(x.typecode), ys = kr_typecode_size(y.typecode);
    if (xs == 1 && ys == 1) {
        c = kr_bytes_compare(x.data, x.len, y.data, y.len);
    } else {
        size_t nx = x.len / xs, ny = y.len / ys;
        size_t i = 0;
        for (; i < nx && i < ny; i++) {
            kr_value a = kr_binary_get(x.typecode, x.data + i * xs);
            kr_value b = a ? kr_binary_get(y.typecode, y.data + i * ys) : 0;
            if (!b) return 0;
            int eq = kr_equal(a, b);
            if (eq < 0) return 0;
            if (eq) continue;
            if (op == KR_BINARY_EQ || op == KR_BINARY_NE) return kr_bool(op == KR_BINARY_NE);
            return kr_binary_op(op, a, b);
        }
        c = nx < ny ? -1 : nx > ny;
    }
    return kr_compare_outcome(op, c);
}

kr_value array_contains(kr_array *a, kr_value other) {
    kr_buffer needle;
    if (kr_get_buffer(other, &needle)) {
        if (a->base.type != &kr_type_bytearray) return kr_bool(false);
        return kr_bool(kr_bytes_find((const char *)a->items, a->len, (const char *)needle.data,
                                     needle.len, false) != nullptr);
    }
    size_t size = item_size(a);
    for (size_t i = 0; i < a->len; i++) {
        kr_value v = kr_binary_get(a->typecode, a->items + i * size);
        int eq = v ? kr_equal(v, other) : -1;
        if (eq) return eq < 0 ? 0 : kr_bool(true);
    }
    return kr_bool(false);
}

kr_value array_binary_op(enum kr_binary_op op, kr_value self, kr_value other) {
    kr_array *a = as_array(self);
    kr_buffer lhs = {a->items, a->len * item_size(a), a->typecode, true};
    switch (op) {
    case KR_BINARY_IN:
        return array_contains(a, other);
    case KR_BINARY_ADD: {
        kr_buffer rhs;
        if (!kr_get_buffer(other, &rhs)) return KR_NOTIMPL;
        kr_array *r = kr_array_new(a->base.type, a->typecode, 0);
        if (!r || !kr_array_append_bytes(r, lhs.data, lhs.len) ||
            !kr_array_append_bytes(r, rhs.data, rhs.len))
            return 0;
        return kr_val(r);
    }
    case KR_BINARY_INPLACE_ADD: {
        kr_buffer rhs;
        if (!kr_get_buffer(other, &rhs)) return KR_NOTIMPL;
        return extend_from(a, other) ? self : 0;
    }
    case KR_BINARY_MUL:
    case KR_BINARY_INPLACE_MUL: {
        kr_int n;
        int k = kr_seq_repeat_count(other, &n);
        if (k <= 0) return k < 0 ? 0 : KR_NOTIMPL;
        kr_array *r = op == KR_BINARY_MUL ? kr_array_new(a->base.type, a->typecode, 0) : a;
        if (!r) return 0;
        uint8_t *copy = (uint8_t *)kr_gc_alloc_atomic(lhs.len ? lhs.len : 1);
        if (!copy) return 0;
        memcpy(copy, lhs.data, lhs.len);
        if (op == KR_BINARY_INPLACE_MUL) r->len = 0;
        if (lhs.len && !reserve(r, (size_t)n * a->len)) return 0;
        for (kr_int i = 0; i < n; i++)
            if (!kr_array_append_bytes(r, copy, lhs.len)) return 0;
        return kr_val(r);
    }
    case KR_BINARY_EQ:
    case KR_BINARY_NE:
    case KR_BINARY_LT:
    case KR_BINARY_LE:
    case KR_BINARY_GT:
    case KR_BINARY_GE: {
        kr_buffer rhs;
        if (!kr_get_buffer(other, &rhs)) return KR_NOTIMPL;
        return compare_buffers(op, lhs, rhs);
    }
    default:
        return KR_NOTIMPL;
    }
}

//===--- Items ---------------------------------------------------------===//

const char *seq_name(const kr_array *a) {
    return a->base.type == &kr_type_bytearray ? "bytearray" : "array";
}

kr_value array_getitem(kr_value self, kr_value index) {
    kr_array *a = as_array(self);
    size_t size = item_size(a);
    if (kr_is_slice(index)) {
        kr_slice_range r;
        if (!kr_slice_resolve(index, a->len, &r)) return 0;
        kr_array *out = kr_array_new(a->base.type, a->typecode, r.count);
        if (!out) return 0;
        for (size_t k = 0; k < r.count; k++)
            memcpy(out->items + k * size, a->items + (size_t)(r.start + (kr_int)k * r.step) * size,
                   size);
        return kr_val(out);
    }
    size_t i;
    if (!kr_seq_index(seq_name(a), index, a->len, &i)) return 0;
    return kr_binary_get(a->typecode, a->items + i * size);
}

/// Assign to (or, with value 0, delete) an extended slice.
kr_value set_stepped_slice(kr_array *a, const kr_slice_range &r, kr_value value) {
    size_t size = item_size(a);
    if (!value) {
        // Delete positions in descending order so earlier ones stay put.
        for (size_t k = r.count; k-- > 0;) {
            kr_int pos = r.step > 0 ? r.start + (kr_int)k * r.step
                                    : r.start + (kr_int)(r.count - 1 - k) * r.step;
            replace_items(a, (size_t)pos, 1, nullptr, 0);
        }
        return kr_val(&kr_None);
    }
    size_t n;
    uint8_t *src = encode_items(a, value, &n);
    if (!src) return 0;
    if (n != r.count)
        return kr_raise_msg(&kr_type_ValueError,
                            "attempt to assign sequence of size %zu to extended slice of size %zu",
                            n, r.count);
    for (size_t k = 0; k < n; k++)
        memcpy(a->items + (size_t)(r.start + (kr_int)k * r.step) * size, src + k * size, size);
    return kr_val(&kr_None);
}

kr_value array_setitem(kr_value self, kr_value index, kr_value value) {
    kr_array *a = as_array(self);
    size_t size = item_size(a);
    if (kr_is_slice(index)) {
        kr_slice_range r;
        if (!kr_slice_resolve(index, a->len, &r)) return 0;
        if (r.step != 1) return set_stepped_slice(a, r, value);
        size_t n = 0;
        uint8_t *src = nullptr;
        if (value && !(src = encode_items(a, value, &n))) return 0;
        if (!replace_items(a, (size_t)r.start, r.count, src, n)) return 0;
        return kr_val(&kr_None);
    }
    size_t i;
    if (!kr_seq_index(seq_name(a), index, a->len, &i)) return 0;
    if (!value) return replace_items(a, i, 1, nullptr, 0) ? kr_val(&kr_None) : 0;
    if (!kr_binary_set(a->typecode, a->items + i * size, value,
                       __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__))
        return 0;
    return kr_val(&kr_None);
}

/// Iterator over the items.
struct array_iter {
    kr_object base;
    kr_value array;
    size_t index;
};

kr_value array_iter_next(kr_value self) {
    array_iter *it = (array_iter *)kr_obj(self);
    if (kr_is_bytes(it->array)) { // the common case, without the buffer call
        const kr_str *b = kr_str_obj(it->array);
        if (it->index >= b->len) return KR_STOP;
        return kr_small_int((unsigned char)b->data[it->index++]);
    }
    kr_buffer buf;
    kr_get_buffer(it->array, &buf);
    size_t size = kr_typecode_size(buf.typecode);
    if ((it->index + 1) * size > buf.len) return KR_STOP;
    return kr_binary_get(buf.typecode, buf.data + size * it->index++);
}

} // namespace

extern "C" const kr_type kr_type_array_iter = {
    {&kr_type_type}, "iterator", KR_TYPE_FLAG_ITER_IS_SELF,
    &kr_type_object, nullptr,    nullptr,
    nullptr,         nullptr,    nullptr,
    nullptr,         nullptr,    nullptr,
    array_iter_next, nullptr,    nullptr,
    nullptr,         0,          0,
};

kr_value kr_buffer_iter(kr_value self) {
    array_iter *it = kr_new_object<array_iter>(&kr_type_array_iter);
    if (!it) return 0;
    it->array = self;
    it->index = 0;
    return kr_val(it);
}

namespace {

//===--- Methods -------------------------------------------------------===//

/// self of an array method, or null with TypeError pending.
kr_array *self_array(kr_value v) {
    if (kr_isinstance(v, &kr_type_bytearray) || kr_isinstance(v, &kr_type_array))
        return as_array(v);
    kr_raise_msg(&kr_type_TypeError, "descriptor requires a 'bytearray' object");
    return nullptr;
}

kr_value array_append(size_t, const kr_value *args, kr_value) {
    kr_array *a = self_array(args[0]);
    return a && append_value(a, args[1]) ? kr_val(&kr_None) : 0;
}

kr_value array_extend(size_t, const kr_value *args, kr_value) {
    kr_array *a = self_array(args[0]);
    return a && extend_from(a, args[1]) ? kr_val(&kr_None) : 0;
}

kr_value bytearray_decode(size_t, const kr_value *args, kr_value) {
    kr_array *a = self_array(args[0]);
    return a ? kr_str_decode((const char *)a->items, a->len) : 0;
}

KR_BUILTIN(array_append_obj, "append", array_append, 2, 2);
KR_BUILTIN(array_extend_obj, "extend", array_extend, 2, 2);
KR_BUILTIN(bytearray_decode_obj, "decode", bytearray_decode, 1, 3);

const kr_attr_entry bytearray_attrs[] = {
    KR_ATTR("append", array_append_obj),      KR_ATTR("extend", array_extend_obj),
    KR_ATTR("decode", bytearray_decode_obj),  KR_ATTR("hex", kr_bytes_hex_obj),
    KR_ATTR("fromhex", kr_bytes_fromhex_obj), {nullptr, nullptr},
};

const kr_attr_entry array_attrs[] = {
    KR_ATTR("append", array_append_obj),
    KR_ATTR("extend", array_extend_obj),
    {nullptr, nullptr},
};

/// The type table of bytearray and array.array: one layout and slots, only
/// the name, constructor and methods differ.
constexpr kr_type array_type(const char *name,
                             kr_value (*make_new)(const kr_type *, size_t, const kr_value *,
                                                  kr_value),
                             const kr_attr_entry *attrs) {
    return {
        {&kr_type_type},
        name,
        KR_TYPE_FLAG_BASETYPE,
        &kr_type_object,
        array_print,
        make_new,
        nullptr,
        array_unary_op,
        array_binary_op,
        array_getitem,
        array_setitem,
        kr_buffer_iter,
        nullptr,
        nullptr,
        nullptr,
        attrs,
        0,
        0,
    };
}

} // namespace

extern "C" constinit const kr_type kr_type_bytearray =
    array_type("bytearray", bytearray_make_new, bytearray_attrs);
extern "C" constinit const kr_type kr_type_array = array_type("array", array_make_new, array_attrs);
