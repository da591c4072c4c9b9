//===- runtime/int_bytes.cpp - the int type's methods ---------------------===//
//
// Conversion between ints and their two's-complement byte strings,
// bit_length, and the int type's method table.
//
//===----------------------------------------------------------------------===//
#include "int.h"

#include "buffer.h"
#include "exception.h"
#include "function.h"
#include "str.h"

#include <string.h>

/// The byteorder argument: true for "little", false for "big".
static bool parse_byteorder(kr_value v, bool *little) {
    if (v == 0 || (kr_is_str(v) && kr_str_equal_cstr(v, "big"))) {
        *little = false;
        return true;
    }
    if (kr_is_str(v) && kr_str_equal_cstr(v, "little")) {
        *little = true;
        return true;
    }
    kr_raise_msg(&kr_type_ValueError, "byteorder must be either 'little' or 'big'");
    return false;
}

/// Collect positional args after self and keyword args into out[0..n):
/// absent ones stay 0.
static bool gather(size_t nargs, const kr_value *args, kr_value kwnames, const char *const *names,
                   size_t n, kr_value *out) {
    for (size_t i = 0; i < n; i++)
        out[i] = i + 1 < nargs ? args[i + 1] : 0;
    return kr_parse_kwargs(nargs, args, kwnames, names, n, out);
}

/// int.from_bytes(bytes, byteorder="big", signed=False), a class method.
static kr_value int_from_bytes(size_t nargs, const kr_value *args, kr_value kwnames) {
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    kr_value a[3];
    if (!gather(nargs, args, kwnames, names, 3, a)) return 0;
    bool little;
    if (!parse_byteorder(a[1], &little)) return 0;
    // Any bytes-like object: bytes, bytearray, memoryview, array.
    kr_buffer buf;
    if (!a[0]) return kr_raise_msg(&kr_type_TypeError, "object with buffer protocol required");
    if (!kr_get_buffer_raise(a[0], &buf)) return 0;
    int is_signed = a[2] ? kr_truthy(a[2]) : 0;
    if (is_signed < 0) return 0;
    const uint8_t *data = buf.data;
    size_t n = buf.len;
    const size_t per = sizeof(kr_digit);
    kr_digit *d = kr_mpz_alloc_digits(n / per + 1);
    if (!d) return 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t byte = data[little ? i : n - 1 - i];
        d[i / per] |= (kr_digit)byte << (8 * (i % per));
    }
    kr_mpz z = {d, n / per + 1, false};
    while (z.len && !z.d[z.len - 1])
        z.len--;
    bool top_set = n && (data[little ? n - 1 : 0] & 0x80);
    if (is_signed && top_set) {
        // Two's complement: the value is z - 2^(8n).
        kr_digit one_buf[KR_MPZ_I64_DIGITS];
        kr_mpz one, span, r;
        kr_mpz_set_i64(&one, one_buf, 1);
        if (!kr_mpz_shl(&span, &one, 8 * n) || !kr_mpz_sub(&r, &z, &span)) return 0;
        z = r;
    }
    return kr_int_from_mpz(&z);
}

/// int.to_bytes(length=1, byteorder="big", signed=False).
static kr_value int_to_bytes(size_t nargs, const kr_value *args, kr_value kwnames) {
    static const char *const names[] = {"length", "byteorder", "signed"};
    kr_value a[3];
    if (!gather(nargs, args, kwnames, names, 3, a)) return 0;
    int64_t length = 1;
    if (a[0] && !kr_int_to_i64(a[0], &length))
        return kr_raise_msg(&kr_type_TypeError, "can't convert %T to int", a[0]);
    if (length < 0)
        return kr_raise_msg(&kr_type_ValueError, "length argument must be non-negative");
    bool little;
    if (!parse_byteorder(a[1], &little)) return 0;
    int is_signed = a[2] ? kr_truthy(a[2]) : 0;
    if (is_signed < 0) return 0;
    kr_digit buf[KR_MPZ_I64_DIGITS];
    kr_mpz z;
    kr_int_as_mpz(args[0], &z, buf);
    if (z.neg && !is_signed)
        return kr_raise_msg(&kr_type_OverflowError, "can't convert negative int to unsigned");
    size_t n = (size_t)length;
    // Fits when bit_length < 8n (signed: also room for the sign bit; -2^(8n-1)
    // itself fits).
    size_t bits = kr_mpz_bit_length(&z);
    size_t room = 8 * n - (is_signed ? 1 : 0);
    bool fits = n == 0 ? z.len == 0 : bits <= room;
    if (!fits && z.neg && n && bits == room + 1) {
        // Exactly -2^(8n-1): a power of two.
        size_t ones = 0;
        for (size_t i = 0; i < z.len; i++)
            ones += (size_t)__builtin_popcountll(z.d[i]);
        fits = ones == 1;
    }
    if (!fits) return kr_raise_msg(&kr_type_OverflowError, "int too big to convert");
    if (z.neg) {
        kr_digit one_buf[KR_MPZ_I64_DIGITS];
        kr_mpz one, span, r;
        kr_mpz_set_i64(&one, one_buf, 1);
        if (!kr_mpz_shl(&span, &one, 8 * n) || !kr_mpz_add(&r, &z, &span)) return 0;
        z = r;
    }
    uint8_t *out = (uint8_t *)kr_gc_alloc_atomic(n ? n : 1);
    if (!out) return 0;
    for (size_t i = 0; i < n; i++) {
        const size_t per = sizeof(kr_digit);
        uint8_t byte = i / per < z.len ? (uint8_t)(z.d[i / per] >> (8 * (i % per))) : 0;
        out[little ? i : n - 1 - i] = byte;
    }
    return kr_bytes_new(out, n);
}

/// int.bit_length(): bits of |self| without sign or leading zeros.
static kr_value int_bit_length(size_t nargs, const kr_value *args, kr_value kwnames) {
    kr_digit buf[KR_MPZ_I64_DIGITS];
    kr_mpz z;
    kr_int_as_mpz(args[0], &z, buf);
    return kr_int_from_i64((int64_t)kr_mpz_bit_length(&z));
}

KR_BUILTIN(int_bit_length_obj, "bit_length", int_bit_length, 1, 1);
KR_BUILTIN_FLAGS(int_from_bytes_obj, "from_bytes", int_from_bytes, 2, 4,
                 KR_BUILTIN_FLAG_KW | KR_BUILTIN_FLAG_CLASS);
KR_BUILTIN_KW(int_to_bytes_obj, "to_bytes", int_to_bytes, 1, 4);

extern "C" const kr_attr_entry kr_int_attrs[] = {
    KR_ATTR("bit_length", int_bit_length_obj),
    KR_ATTR("from_bytes", int_from_bytes_obj),
    KR_ATTR("to_bytes", int_to_bytes_obj),
    {nullptr, nullptr},
};
