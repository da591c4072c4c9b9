//===- runtime/int_convert.cpp - int construction, parsing, printing ------===//
//
// int(), int(x), int(s, base), big literals from codegen, printing in
// decimal, and the int type object itself.
//
//===----------------------------------------------------------------------===//
#include "int.h"

#include "buffer.h"
#include "class.h"
#include "exception.h"
#include "floatobj.h"
#include "function.h"

#include <math.h>
#include <string.h>

kr_value kr_int_from_digits(const char *digits, size_t len) {
    kr_mpz z;
    if (!kr_mpz_from_digits(&z, digits, len, 10)) return 0;
    return kr_int_from_mpz(&z);
}

kr_value kr_int_from_double(double d) {
    if (isnan(d)) return kr_raise_msg(&kr_type_ValueError, "can't convert NaN to int");
    if (isinf(d)) return kr_raise_msg(&kr_type_OverflowError, "can't convert inf to int");
    d = trunc(d);
    // Within +-2^62 the double converts to int64_t exactly.
    if (d > -4.6e18 && d < 4.6e18) return kr_int_from_i64((int64_t)d);
    kr_mpz z;
    if (!kr_mpz_from_double(&z, d)) return 0;
    return kr_int_from_mpz(&z);
}

//===----------------------------------------------------------------------===//
// Parsing
//===----------------------------------------------------------------------===//

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/// The value of c as a digit in any base up to 36, or 99.
static unsigned digit_value(char c) {
    if (c >= '0' && c <= '9') return (unsigned)(c - '0');
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'z') return (unsigned)(c - 'a' + 10);
    return 99;
}

/// Consume a base prefix (0x, 0o, 0b) that agrees with `*base` (or any, for
/// base 0) and settle base 0 on the one it names, else 10.
static void parse_prefix(const char **p, const char *end, unsigned *base) {
    const char *s = *p;
    if (end - s >= 2 && s[0] == '0') {
        char c = (char)(s[1] | 0x20);
        unsigned named = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (named && (*base == 0 || *base == named)) {
            *base = named;
            *p = s + 2;
            return;
        }
    }
    if (*base == 0) *base = 10;
}

kr_value kr_int_parse(const char *s, size_t len, unsigned base, kr_value str_value) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    const char *before_prefix = p;
    parse_prefix(&p, end, &base);
    // After a prefix one underscore may precede the first digit (0x_ff).
    bool underscore_ok = p != before_prefix;
    // Copy the digits without separators, checking the separators sit
    // between digits: "1__2", "_1" and "1_" are errors.
    char *digits = (char *)kr_gc_alloc_atomic((size_t)(end - p) + 1);
    if (!digits) return 0;
    size_t n = 0;
    bool ok = p < end;
    for (; p < end && ok; p++) {
        if (*p == '_') {
            ok = underscore_ok && p + 1 < end && p[1] != '_';
            underscore_ok = false;
            continue;
        }
        ok = digit_value(*p) < base;
        digits[n++] = *p;
        underscore_ok = true;
    }
    if (!ok || n == 0)
        return kr_raise_msg(&kr_type_ValueError, "invalid syntax for integer with base %d: %q",
                            (int)base, str_value);
    // Short inputs fit a machine word: skip the bignum.
    uint64_t acc = 0;
    size_t i = 0;
    for (; i < n && acc <= (UINT64_MAX - 35) / 36; i++)
        acc = acc * base + digit_value(digits[i]);
    if (i == n && acc <= (uint64_t)INT64_MAX)
        return kr_int_from_i64(neg ? -(int64_t)acc : (int64_t)acc);
    kr_mpz z;
    if (!kr_mpz_from_digits(&z, digits, n, base)) return 0;
    z.neg = neg && z.len != 0;
    return kr_int_from_mpz(&z);
}

//===----------------------------------------------------------------------===//
// The type object
//===----------------------------------------------------------------------===//

/// Write a machine int in decimal.
static void print_word(const kr_printer *p, int64_t v) {
    char buf[24];
    char *q = buf + sizeof buf;
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        *--q = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    if (v < 0) *--q = '-';
    kr_print_bytes(p, q, (size_t)(buf + sizeof buf - q));
}

static bool int_print(const kr_printer *p, kr_value self, kr_print_kind kind) {
    if (kr_is_small_int(self)) {
        print_word(p, kr_small_int_value(self));
        return true;
    }
    const kr_mpz *z = &((const kr_bigint *)kr_obj(self))->z;
    size_t len;
    char *text = kr_mpz_to_chars(z, 10, &len);
    if (!text) return false;
    if (z->neg) kr_print_bytes(p, "-", 1);
    kr_print_bytes(p, text, len);
    return true;
}

/// int(x) for one argument.
/// The characters of a str or of a bytes-like argument (bytes, bytearray,
/// memoryview): int() parses them all, as MicroPython's does.
static bool text_of(kr_value x, const char **s, size_t *len) {
    if (kr_isinstance(x, &kr_type_str)) {
        *s = kr_str_data(x, len);
        return true;
    }
    kr_buffer buf;
    if (kr_get_buffer(x, &buf)) {
        *s = (const char *)buf.data;
        *len = buf.len;
        return true;
    }
    return false;
}

static kr_value int_from_value(kr_value x) {
    // An instance of a user subclass of a native type (class M(int)) converts
    // through its native sub-object, as MicroPython does.
    if (kr_is_obj(x) && (kr_type_of(x)->flags & KR_TYPE_FLAG_USER) &&
        !(kr_type_of(x)->flags & KR_TYPE_FLAG_EXCEPTION)) {
        kr_value native = kr_instance_native(x);
        if (native && native != x) x = native;
    }
    if (kr_is_int_exact(x)) return x;
    if (x == kr_val(&kr_True) || x == kr_val(&kr_False)) return kr_small_int(x == kr_val(&kr_True));
    if (kr_is_float(x)) return kr_int_from_double(((const kr_float *)kr_obj(x))->value);
    const char *s;
    size_t len;
    if (text_of(x, &s, &len)) return kr_int_parse(s, len, 10, x);
    return kr_raise_msg(&kr_type_TypeError, "can't convert %T to int", x);
}

static kr_value int_make_new(const kr_type *type, size_t nargs, const kr_value *args,
                             kr_value kwnames) {
    if (kr_kwnames_count(kwnames) != 0)
        return kr_raise_msg(&kr_type_TypeError, "function doesn't take keyword arguments");
    if (nargs > 2)
        return kr_raise_msg(&kr_type_TypeError, "function expected at most 2 arguments, got %d",
                            (int)nargs);
    if (nargs == 0) return kr_small_int(0);
    if (nargs == 1) return int_from_value(args[0]);
    const char *s;
    size_t len;
    if (!text_of(args[0], &s, &len))
        return kr_raise_msg(&kr_type_TypeError, "can't convert non-string with explicit base");
    int64_t base;
    if (!kr_int_to_i64(args[1], &base))
        return kr_raise_msg(&kr_type_TypeError, "can't convert %T to int", args[1]);
    if (base != 0 && (base < 2 || base > 36))
        return kr_raise_msg(&kr_type_ValueError, "int() arg 2 must be >= 2 and <= 36");
    return kr_int_parse(s, len, (unsigned)base, args[0]);
}

extern "C" const kr_type kr_type_int = {
    {&kr_type_type},
    "int",
    KR_TYPE_FLAG_BASETYPE,
    &kr_type_object,
    int_print,
    int_make_new,
    nullptr, // call
    kr_int_unary_op,
    kr_int_binary_op,
    nullptr, // getitem
    nullptr, // setitem
    nullptr, // getiter
    nullptr, // iternext
    nullptr, // getattr
    nullptr, // setattr
    kr_int_attrs,
    0, // dict
    0, // bases
};

bool kr_int_clamped(kr_value v, int64_t *out) {
    const int64_t limit = (int64_t)1 << 40;
    if (kr_is_obj(v) && (kr_type_of(v)->flags & KR_TYPE_FLAG_USER) &&
        kr_type_is_subtype(kr_type_of(v), &kr_type_int)) {
        kr_value native = kr_instance_native(v);
        if (native) v = native;
    }
    if (!kr_is_intlike(v)) {
        kr_raise_msg(&kr_type_TypeError, "can't convert %T to int", v);
        return false;
    }
    if (!kr_int_to_i64(v, out)) *out = ((const kr_bigint *)kr_obj(v))->z.neg ? -limit : limit;
    if (*out > limit) *out = limit;
    if (*out < -limit) *out = -limit;
    return true;
}

kr_value kr_int_round(kr_value x, kr_value ndigits) {
    int64_t n = 0;
    if (ndigits != 0 && ndigits != kr_val(&kr_None) && !kr_int_clamped(ndigits, &n)) return 0;
    if (x == kr_val(&kr_True) || x == kr_val(&kr_False)) x = kr_small_int(x == kr_val(&kr_True));
    if (n >= 0) return x;
    // A unit beyond 2|x| rounds x to 0: skip computing a huge power of ten.
    kr_digit buf[KR_MPZ_I64_DIGITS];
    kr_mpz z;
    kr_int_as_mpz(x, &z, buf);
    if ((uint64_t)-n > kr_mpz_bit_length(&z) / 3 + 2) return kr_small_int(0);
    // Round to a multiple of unit = 10**-n, ties to the even multiple.
    kr_value unit = kr_int_binary_op(KR_BINARY_POWER, kr_small_int(10), kr_int_from_i64(-n));
    kr_value pair = unit ? kr_int_binary_op(KR_BINARY_DIVMOD, x, unit) : 0;
    if (!pair) return 0;
    size_t len;
    kr_value *qr = kr_tuple_items(pair, &len);
    kr_value q = qr[0];
    kr_value twice = kr_int_binary_op(KR_BINARY_ADD, qr[1], qr[1]);
    kr_value cmp = twice ? kr_int_binary_op(KR_BINARY_GT, twice, unit) : 0;
    kr_value tie = twice ? kr_int_binary_op(KR_BINARY_EQ, twice, unit) : 0;
    kr_value odd = kr_int_binary_op(KR_BINARY_AND, q, kr_small_int(1));
    if (!cmp || !tie || !odd) return 0;
    if (cmp == kr_val(&kr_True) || (tie == kr_val(&kr_True) && odd == kr_small_int(1)))
        q = kr_int_binary_op(KR_BINARY_ADD, q, kr_small_int(1));
    return q ? kr_int_binary_op(KR_BINARY_MUL, q, unit) : 0;
}

char *kr_int_to_chars(kr_value v, unsigned base, size_t *len, bool *neg) {
    kr_digit buf[KR_MPZ_I64_DIGITS];
    kr_mpz z;
    kr_int_as_mpz(v, &z, buf);
    *neg = z.neg;
    return kr_mpz_to_chars(&z, base, len);
}

kr_value kr_int_format_base(kr_value v, unsigned base) {
    size_t len;
    bool neg;
    char *digits = kr_int_to_chars(v, base, &len, &neg);
    if (!digits) return 0;
    const char *prefix = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
    size_t plen = strlen(prefix);
    char *text = (char *)kr_gc_alloc_atomic(len + plen + 2);
    if (!text) return 0;
    char *p = text;
    if (neg) *p++ = '-';
    memcpy(p, prefix, plen);
    memcpy(p + plen, digits, len);
    return kr_str_new(text, (size_t)(p + plen + len - text));
}
