//===- runtime/float_format.cpp - float text conversion and round() -------===//
//
// repr() by the shortest round-trip digits (found by asking snprintf for a
// few precisions up to 17 significant digits and keeping the smallest that
// strtod maps back to the same double), laid out as CPython does; float(str)
// by validating Python's literal syntax and handing the cleaned text to
// strtod; round() through exactly rounded fixed notation (float_digits.cpp).
//
//===----------------------------------------------------------------------===//
#include "floatobj.h"

#include "exception.h"
#include "int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

//===----------------------------------------------------------------------===//
// repr
//===----------------------------------------------------------------------===//

/// Whether v printed with `prec` significant digits reads back as v.
static bool round_trips(double v, int prec, char buf[40]) {
    snprintf(buf, 40, "%.*e", prec - 1, v);
    return strtod(buf, nullptr) == v;
}

/// The shortest significant digits of finite nonzero |v| that round-trip,
/// without a decimal point, and the decimal exponent of the first digit.
static size_t shortest_digits(double v, char digits[24], int *exp10) {
    // More digits are never further from v, so round-tripping is (but for
    // freak cases at powers of two, where any answer still round-trips)
    // monotonic in the precision: results of arithmetic mostly need 16 or
    // 17 digits, literals few, so test 15 and then search the right side.
    char buf[40];
    int lo = 1, hi = 17; // hi always round-trips
    if (round_trips(v, 15, buf))
        hi = 15;
    else
        lo = 16;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (round_trips(v, mid, buf))
            hi = mid;
        else
            lo = mid + 1;
    }
    snprintf(buf, sizeof buf, "%.*e", hi - 1, v);
    // buf is "d[.ddd]e[+-]xx".
    size_t n = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') digits[n++] = *p;
    // The exponent: sign then digits.
    bool eneg = p[1] == '-';
    int e = 0;
    for (p += 2; *p; p++)
        e = e * 10 + (*p - '0');
    *exp10 = eneg ? -e : e;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = 0;
    return n;
}

size_t kr_float_format_repr(double v, char out[32]) {
    if (isnan(v)) {
        memcpy(out, "nan", 4);
        return 3;
    }
    char *p = out;
    if (signbit(v)) {
        *p++ = '-';
        v = -v;
    }
    if (isinf(v)) {
        memcpy(p, "inf", 4);
        return (size_t)(p - out) + 3;
    }
    if (v == 0) {
        memcpy(p, "0.0", 4);
        return (size_t)(p - out) + 3;
    }
    char digits[24];
    int e;
    size_t n = shortest_digits(v, digits, &e);
    if (e >= -4 && e < 16) {
        // Fixed notation, with ".0" on integral values.
        int point = e + 1; // digits before the decimal point
        if (point <= 0) {
            *p++ = '0';
            *p++ = '.';
            for (int k = 0; k < -point; k++)
                *p++ = '0';
            memcpy(p, digits, n);
            p += n;
        } else if ((size_t)point >= n) {
            memcpy(p, digits, n);
            p += n;
            for (size_t k = n; k < (size_t)point; k++)
                *p++ = '0';
            *p++ = '.';
            *p++ = '0';
        } else {
            memcpy(p, digits, (size_t)point);
            p += point;
            *p++ = '.';
            memcpy(p, digits + point, n - (size_t)point);
            p += n - (size_t)point;
        }
    } else {
        *p++ = digits[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, digits + 1, n - 1);
            p += n - 1;
        }
        p += snprintf(p, 8, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
    *p = 0;
    return (size_t)(p - out);
}

//===----------------------------------------------------------------------===//
// float(str)
//===----------------------------------------------------------------------===//

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

/// Case-insensitive: does [p, end) equal the lower-case word w?
static bool equals_word(const char *p, const char *end, const char *w) {
    size_t n = strlen(w);
    if ((size_t)(end - p) != n) return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != w[i]) return false;
    return true;
}

/// Copy a run of digits with single '_' separators between them into *q.
/// Returns the count of digits, or -1 for a misplaced separator.
static long copy_digits(const char **pp, const char *end, char **q) {
    const char *p = *pp;
    long count = 0;
    while (p < end) {
        if (is_digit(*p)) {
            *(*q)++ = *p++;
            count++;
        } else if (*p == '_' && count > 0 && p + 1 < end && is_digit(p[1])) {
            p++;
        } else {
            break;
        }
    }
    *pp = p;
    return count;
}

int kr_float_parse_exact(const char *p, const char *end, double *out) {
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    if (equals_word(p, end, "inf") || equals_word(p, end, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return 1;
    }
    if (equals_word(p, end, "nan")) {
        *out = neg ? -NAN : NAN;
        return 1;
    }
    char *clean = (char *)kr_gc_alloc_atomic((size_t)(end - p) + 2);
    if (!clean) return -1;
    char *q = clean;
    long int_digits = copy_digits(&p, end, &q), frac_digits = 0;
    if (p < end && *p == '.') {
        *q++ = *p++;
        frac_digits = copy_digits(&p, end, &q);
    }
    bool ok = int_digits + frac_digits > 0;
    if (ok && p < end && (*p | 0x20) == 'e') {
        *q++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) *q++ = *p++;
        ok = copy_digits(&p, end, &q) > 0;
    }
    if (!ok || p != end) return 0;
    *q = 0;
    double v = strtod(clean, nullptr);
    *out = neg ? -v : v;
    return 1;
}

kr_value kr_float_parse(const char *s, size_t len, kr_value str_value) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    double v;
    int r = kr_float_parse_exact(p, end, &v);
    if (r < 0) return 0;
    if (r == 0)
        return kr_raise_msg(&kr_type_ValueError, "could not convert string to float: %q",
                            str_value);
    return kr_float_new(v);
}

//===----------------------------------------------------------------------===//
// round()
//===----------------------------------------------------------------------===//

kr_value kr_float_round(kr_value x, kr_value ndigits) {
    double v = kr_float_value(x);
    if (ndigits == 0 || ndigits == kr_val(&kr_None))
        return kr_int_from_double(rint(v)); // the default mode rounds half to even
    int64_t n;
    if (!kr_int_clamped(ndigits, &n)) return 0;
    if (!isfinite(v) || v == 0) return x;
    if (n > 330) // beyond the smallest subnormal: nothing to round
        return x;
    if (n < -330) return kr_float_new(copysign(0.0, v));
    if (n < 0) {
        double unit = pow(10.0, (double)-n);
        double r = rint(v / unit) * unit;
        return kr_float_new(isfinite(r) ? r : v);
    }
    // Fixed notation from the exact binary value, rounded half to even,
    // which is what Python's round() specifies; strtod reads it back.
    size_t len;
    char *text = kr_float_format_exact(fabs(v), 'f', (int)n, false, &len);
    if (!text) return 0;
    double r = strtod(text, nullptr);
    return kr_float_new(signbit(v) ? -r : r);
}
