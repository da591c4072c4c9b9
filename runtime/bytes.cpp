//===- runtime/bytes.cpp - the bytes type ----------------------------------===//
//
// Part of the krait runtime. bytes shares kr_str's layout (see str.h).
//
//===----------------------------------------------------------------------===//
#include "buffer.h"
#include "bytes_common.h"
#include "exception.h"
#include "function.h"
#include "list.h"
#include "slice.h"
#include "str.h"

#include <string.h>

kr_str *kr_bytes_alloc(size_t len) {
    kr_str *b = (kr_str *)kr_gc_alloc_atomic(sizeof(kr_str) + len + 1);
    if (!b) return nullptr;
    b->base.type = &kr_type_bytes;
    b->len = b->char_len = len;
    b->hash = 0;
    b->data[len] = 0;
    return b;
}

kr_value kr_bytes_new(const uint8_t *data, size_t len) {
    kr_str *b = kr_bytes_alloc(len);
    if (!b) return 0;
    if (len) memcpy(b->data, data, len);
    return kr_val(b);
}

static bool bytes_print(const kr_printer *p, kr_value self, kr_print_kind) {
    const kr_str *b = kr_str_obj(self);
    kr_print_quoted(p, b->data, b->len, true);
    return true;
}

/// A byte value 0..255 from an int; false with ValueError otherwise.
static bool byte_value(kr_value v, uint8_t *out) {
    kr_int i;
    if (!kr_index_value("bytes", v, &i)) return false;
    if (i < 0 || i > 255) {
        kr_raise_msg(&kr_type_ValueError, "bytes value out of range");
        return false;
    }
    *out = (uint8_t)i;
    return true;
}

static kr_value bytes_make_new(const kr_type *, size_t nargs, const kr_value *args,
                               kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 0, 3, false)) return 0;
    if (nargs == 0) return kr_bytes_new(nullptr, 0);
    kr_value arg = args[0];
    if (kr_is_str(arg)) {
        if (nargs < 2)
            return kr_raise_msg(&kr_type_TypeError, "string argument without an encoding");
        return kr_bytes_new((const uint8_t *)kr_str_obj(arg)->data, kr_str_obj(arg)->len);
    }
    if (kr_is_bytes(arg)) return arg;
    kr_buffer buf;
    if (kr_get_buffer(arg, &buf)) return kr_bytes_new(buf.data, buf.len);
    if (kr_is_small_int(arg)) {
        kr_int n = kr_small_int_value(arg);
        if (n < 0) return kr_raise_msg(&kr_type_ValueError, "negative count");
        kr_str *b = kr_bytes_alloc((size_t)n);
        if (!b) return 0;
        memset(b->data, 0, (size_t)n);
        return kr_val(b);
    }
    // An iterable of ints: collect them, then copy.
    kr_value items = kr_list_new(0);
    if (!items || !kr_list_extend(items, arg)) return 0;
    size_t n;
    kr_value *v = kr_list_items(items, &n);
    kr_str *b = kr_bytes_alloc(n);
    if (!b) return 0;
    for (size_t i = 0; i < n; i++)
        if (!byte_value(v[i], (uint8_t *)&b->data[i])) return 0;
    return kr_val(b);
}

static kr_value bytes_unary_op(enum kr_unary_op op, kr_value self) {
    kr_str *b = kr_str_obj(self);
    switch (op) {
    case KR_UNARY_BOOL:
        return kr_bool(b->len != 0);
    case KR_UNARY_LEN:
        return kr_small_int((kr_int)b->len);
    case KR_UNARY_HASH: {
        // Same function as str (the bytes differ in type, not in data).
        size_t h = sizeof(size_t) == 8 ? (size_t)14695981039346656037ull : (size_t)2166136261u;
        for (size_t i = 0; i < b->len; i++)
            h = (h ^ (unsigned char)b->data[i]) *
                (sizeof(size_t) == 8 ? (size_t)1099511628211ull : (size_t)16777619u);
        return kr_small_int((kr_int)(h & (size_t)KR_SMALL_INT_MAX));
    }
    default:
        return KR_NOTIMPL;
    }
}

static kr_value bytes_binary_op(enum kr_binary_op op, kr_value self, kr_value other) {
    const kr_str *a = kr_str_obj(self);
    if (op >= KR_BINARY_INPLACE_FIRST)
        op = (enum kr_binary_op)(op - KR_BINARY_INPLACE_FIRST + KR_BINARY_FIRST);
    if (op == KR_BINARY_IN) {
        if (kr_is_small_int(other)) {
            uint8_t c;
            if (!byte_value(other, &c)) return 0;
            return kr_bool(memchr(a->data, c, a->len) != nullptr);
        }
        kr_buffer b;
        if (!kr_get_buffer(other, &b)) return KR_NOTIMPL;
        return kr_bool(kr_bytes_find(a->data, a->len, (const char *)b.data, b.len, false) !=
                       nullptr);
    }
    if (op == KR_BINARY_MUL) {
        kr_int n;
        int k = kr_seq_repeat_count(other, &n);
        if (k <= 0) return k < 0 ? 0 : KR_NOTIMPL;
        if (a->len && (size_t)n > ((size_t)-1 >> 1) / a->len) return kr_raise_memory_error();
        kr_str *r = kr_bytes_alloc(a->len * (size_t)n);
        if (!r) return 0;
        for (kr_int i = 0; i < n; i++)
            memcpy(r->data + (size_t)i * a->len, a->data, a->len);
        return kr_val(r);
    }
    if (op == KR_BINARY_ADD) {
        // Any buffer concatenates (MicroPython's extension to CPython).
        kr_buffer b;
        if (!kr_get_buffer(other, &b)) return KR_NOTIMPL;
        kr_str *r = kr_bytes_alloc(a->len + b.len);
        if (!r) return 0;
        memcpy(r->data, a->data, a->len);
        memcpy(r->data + a->len, b.data, b.len);
        return kr_val(r);
    }
    if (!kr_is_bytes(other)) return KR_NOTIMPL;
    const kr_str *b = kr_str_obj(other);
    return kr_compare_outcome(
        op, kr_bytes_compare((const uint8_t *)a->data, a->len, (const uint8_t *)b->data, b->len));
}

static kr_value bytes_getitem(kr_value self, kr_value index) {
    const kr_str *b = kr_str_obj(self);
    if (kr_is_slice(index)) {
        kr_slice_range r;
        if (!kr_slice_resolve(index, b->len, &r)) return 0;
        kr_str *out = kr_bytes_alloc(r.count);
        if (!out) return 0;
        for (size_t k = 0; k < r.count; k++)
            out->data[k] = b->data[r.start + (kr_int)k * r.step];
        return kr_val(out);
    }
    size_t i;
    if (!kr_seq_index("bytes", index, b->len, &i)) return 0;
    return kr_small_int((unsigned char)b->data[i]);
}

//===--- hex() and fromhex() ------------------------------------------------===//

namespace {

const char kHexDigits[] = "0123456789abcdef";

int hex_value(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

} // namespace

kr_value kr_hex_encode(const uint8_t *data, size_t len, kr_value sep, bool as_bytes) {
    kr_buffer sepbuf = {nullptr, 0, 'B', false};
    if (sep && sep != kr_val(&kr_None)) {
        if (kr_isinstance(sep, &kr_type_str)) {
            sepbuf.data = (uint8_t *)kr_str_data(sep, &sepbuf.len);
        } else if (!kr_get_buffer_raise(sep, &sepbuf)) {
            return 0;
        }
        if (sepbuf.len != 1) return kr_raise_msg(&kr_type_ValueError, "sep must be length 1.");
    }
    size_t out_len = len * 2 + (len && sepbuf.len ? len - 1 : 0);
    kr_str *out = as_bytes ? kr_bytes_alloc(out_len) : kr_str_alloc(out_len);
    if (!out) return 0;
    char *q = out->data;
    for (size_t i = 0; i < len; i++) {
        if (i && sepbuf.len) *q++ = (char)sepbuf.data[0];
        *q++ = kHexDigits[data[i] >> 4];
        *q++ = kHexDigits[data[i] & 15];
    }
    return as_bytes ? kr_val(out) : kr_str_finish(out);
}

kr_value kr_hex_decode(const uint8_t *data, size_t len, bool skip_space) {
    uint8_t *out = (uint8_t *)kr_gc_alloc_atomic(len / 2 + 1);
    if (!out) return 0;
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        if (skip_space && (data[i] == ' ' || (data[i] >= '\t' && data[i] <= '\r'))) {
            i++;
            continue;
        }
        if (i + 1 >= len && hex_value(data[i]) >= 0)
            return kr_raise_msg(&kr_type_ValueError, "odd-length string");
        int hi = hex_value(data[i]), lo = i + 1 < len ? hex_value(data[i + 1]) : -1;
        if (hi < 0 || lo < 0) return kr_raise_msg(&kr_type_ValueError, "non-hex digit found");
        out[n++] = (uint8_t)(hi << 4 | lo);
        i += 2;
    }
    return kr_bytes_new(out, n);
}

namespace {

/// bytes.hex([sep]) / bytearray.hex([sep]): the str of two hex digits a byte.
kr_value bytes_hex(size_t nargs, const kr_value *args, kr_value) {
    kr_buffer buf;
    if (!kr_get_buffer_raise(args[0], &buf)) return 0;
    return kr_hex_encode(buf.data, buf.len, nargs > 1 ? args[1] : 0, false);
}

/// bytes.fromhex(string): a class method.
kr_value bytes_fromhex(size_t, const kr_value *args, kr_value) {
    kr_buffer buf;
    if (!kr_get_text_or_buffer(args[1], &buf)) return 0;
    kr_value b = kr_hex_decode(buf.data, buf.len, true);
    if (!b || args[0] != kr_val(&kr_type_bytearray)) return b;
    return kr_bytearray_new((const uint8_t *)kr_str_obj(b)->data, kr_str_obj(b)->len);
}

/// isupper()/islower(): some cased (ASCII letter) byte and none of the
/// other case, as MicroPython.
kr_value bytes_cased(kr_value self, bool upper) {
    if (!kr_is_bytes(self))
        return kr_raise_msg(&kr_type_TypeError, "can't convert '%s' object to bytes implicitly",
                            kr_type_name(self));
    const kr_str *b = kr_str_obj(self);
    bool cased = false;
    for (size_t i = 0; i < b->len; i++) {
        char c = b->data[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        if (upper ? low : up) return kr_bool(false);
        cased = cased || up || low;
    }
    return kr_bool(cased);
}

kr_value bytes_isupper(size_t, const kr_value *args, kr_value) {
    return bytes_cased(args[0], true);
}

kr_value bytes_islower(size_t, const kr_value *args, kr_value) {
    return bytes_cased(args[0], false);
}

KR_BUILTIN(bytes_isupper_obj, "isupper", bytes_isupper, 1, 1);
KR_BUILTIN(bytes_islower_obj, "islower", bytes_islower, 1, 1);

} // namespace

KR_BUILTIN_FLAGS(kr_bytes_fromhex_obj, "fromhex", bytes_fromhex, 2, 2, KR_BUILTIN_FLAG_CLASS);

namespace {

const kr_attr_entry bytes_own_attrs[] = {
    KR_ATTR("hex", kr_bytes_hex_obj),
    KR_ATTR("fromhex", kr_bytes_fromhex_obj),
    KR_ATTR("isupper", bytes_isupper_obj),
    KR_ATTR("islower", bytes_islower_obj),
    {nullptr, nullptr},
};

} // namespace

KR_BUILTIN(kr_bytes_hex_obj, "hex", bytes_hex, 1, 2);

/// The methods bytes shares with str (str_methods.cpp) hang off this hidden
/// parent, so bytes' own table adds hex/fromhex without editing theirs.
extern "C" const kr_type kr_type_bytes_str_methods = {
    {&kr_type_type}, "bytes", 0,       &kr_type_object, nullptr, nullptr,
    nullptr,         nullptr, nullptr, nullptr,         nullptr, nullptr,
    nullptr,         nullptr, nullptr, kr_bytes_attrs,  0,       0,
};

extern "C" const kr_type kr_type_bytes = {
    {&kr_type_type},
    "bytes",
    KR_TYPE_FLAG_BASETYPE,
    &kr_type_bytes_str_methods,
    bytes_print,
    bytes_make_new,
    nullptr,
    bytes_unary_op,
    bytes_binary_op,
    bytes_getitem,
    nullptr,
    kr_buffer_iter,
    nullptr,
    nullptr,
    nullptr,
    bytes_own_attrs,
    0,
    0,
};
