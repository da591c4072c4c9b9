//===- runtime/buffer.cpp - the buffer protocol and item encodings --------===//
//
// Part of the krait runtime. See buffer.h.
//
//===----------------------------------------------------------------------===//
#include "buffer.h"

#include "exception.h"
#include "floatobj.h"
#include "int.h"
#include "mpz.h"
#include "str.h"

#include <string.h>

bool kr_get_buffer(kr_value v, kr_buffer *out) {
    if (!kr_is_obj(v)) return false;
    const kr_type *t = kr_obj(v)->type;
    if (t == &kr_type_bytes) {
        kr_str *s = kr_str_obj(v);
        *out = {(uint8_t *)s->data, s->len, 'B', false};
        return true;
    }
    if (t == &kr_type_bytearray || t == &kr_type_array) {
        kr_array *a = (kr_array *)kr_obj(v);
        *out = {a->items, a->len * kr_typecode_size(a->typecode), a->typecode, true};
        return true;
    }
    if (t == &kr_type_memoryview) {
        kr_memoryview *m = (kr_memoryview *)kr_obj(v);
        kr_buffer inner;
        if (!kr_get_buffer(m->obj, &inner)) return false;
        size_t size = kr_typecode_size(m->typecode);
        size_t start = m->start * size, len = m->len * size;
        // The target may have shrunk since the view was made.
        if (start > inner.len) start = inner.len;
        if (len > inner.len - start) len = inner.len - start;
        *out = {inner.data + start, len, m->typecode, m->writable};
        return true;
    }
    return false;
}

bool kr_get_buffer_raise(kr_value v, kr_buffer *out) {
    if (kr_get_buffer(v, out)) return true;
    kr_raise_msg(&kr_type_TypeError, "object with buffer protocol required");
    return false;
}

bool kr_get_text_or_buffer(kr_value v, kr_buffer *out) {
    if (!kr_isinstance(v, &kr_type_str)) return kr_get_buffer_raise(v, out);
    size_t len;
    out->data = (uint8_t *)kr_str_data(v, &len);
    out->len = len;
    out->typecode = 'B';
    out->writable = false;
    return true;
}

size_t kr_typecode_size(char typecode) {
    switch (typecode) {
    case 'b':
    case 'B':
    case '?':
        return 1;
    case 'h':
    case 'H':
        return 2;
    case 'i':
    case 'I':
    case 'f':
        return 4;
    case 'l':
    case 'L':
        return sizeof(long);
    case 'P':
        return sizeof(void *);
    case 'q':
    case 'Q':
    case 'd':
        return 8;
    default:
        return 0;
    }
}

kr_value kr_int_from_u64(uint64_t v) {
    if (v <= (uint64_t)INT64_MAX) return kr_int_from_i64((int64_t)v);
    kr_value half = kr_int_from_i64((int64_t)(v >> 1));
    if (!half) return 0;
    kr_value twice = kr_binary_op(KR_BINARY_LSHIFT, half, kr_small_int(1));
    return twice ? kr_binary_op(KR_BINARY_ADD, twice, kr_small_int((kr_int)(v & 1))) : 0;
}

bool kr_int_truncated_u64(kr_value v, uint64_t *out) {
    if (!kr_is_intlike(v)) {
        kr_raise_msg(&kr_type_TypeError, "can't convert %s to int", kr_type_name(v));
        return false;
    }
    kr_digit buf[KR_MPZ_I64_DIGITS];
    kr_mpz z;
    kr_int_as_mpz(v, &z, buf);
    uint64_t mag = 0;
    for (size_t i = 0; i < z.len && i * KR_DIGIT_BITS < 64; i++)
        mag |= (uint64_t)z.d[i] << (i * KR_DIGIT_BITS);
    *out = z.neg ? (uint64_t)0 - mag : mag;
    return true;
}

/// Whether a typecode reads as a signed integer.
static bool is_signed_code(char c) {
    return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q';
}

kr_value kr_binary_get_order(char typecode, const uint8_t *p, bool little) {
    size_t size = kr_typecode_size(typecode);
    uint64_t u = 0;
    for (size_t i = 0; i < size; i++)
        u |= (uint64_t)p[little ? i : size - 1 - i] << (8 * i);
    switch (typecode) {
    case 'f': {
        uint32_t bits = (uint32_t)u;
        float f;
        memcpy(&f, &bits, 4);
        return kr_float_new((double)f);
    }
    case 'd': {
        double d;
        memcpy(&d, &u, 8);
        return kr_float_new(d);
    }
    case '?':
        return kr_bool(u != 0);
    default:
        break;
    }
    if (is_signed_code(typecode) && size < 8) {
        uint64_t sign = (uint64_t)1 << (8 * size - 1);
        u = (u ^ sign) - sign; // sign-extend
    }
    if (is_signed_code(typecode)) return kr_int_from_i64((int64_t)u);
    return kr_int_from_u64(u);
}

kr_value kr_binary_get(char typecode, const uint8_t *p) {
    return kr_binary_get_order(typecode, p, __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__);
}

bool kr_binary_set(char typecode, uint8_t *p, kr_value v, bool little) {
    size_t size = kr_typecode_size(typecode);
    uint64_t u;
    if (typecode == 'f' || typecode == 'd') {
        double d;
        if (!kr_number_to_double(v, &d)) {
            kr_raise_msg(&kr_type_TypeError, "can't convert %s to float", kr_type_name(v));
            return false;
        }
        if (typecode == 'f') {
            float f = (float)d;
            uint32_t bits;
            memcpy(&bits, &f, 4);
            u = bits;
        } else {
            memcpy(&u, &d, 8);
        }
    } else if (typecode == '?') {
        int t = kr_truthy(v);
        if (t < 0) return false;
        u = (uint64_t)t;
    } else if (!kr_int_truncated_u64(v, &u)) {
        return false;
    }
    for (size_t i = 0; i < size; i++)
        p[little ? i : size - 1 - i] = (uint8_t)(u >> (8 * i));
    return true;
}
