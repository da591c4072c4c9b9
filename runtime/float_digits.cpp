//===- runtime/float_digits.cpp - exact decimal formatting of doubles -----===//
//
// printf's %e, %f and %g with the digits computed exactly from the binary
// value (a double is mant * 2^exp, so v * 10^k rounds to an integer by one
// big-integer division), rounding half to even as CPython does. The C
// library's printf is not used for these: picolibc prints at most 17
// significant digits and pads with zeros, so "%.20f" % 0.1 and
// "{:.17g}".format(0.1) would differ between targets.
//
//===----------------------------------------------------------------------===//
#include "floatobj.h"

#include "exception.h"
#include "mpz.h"

#include <math.h>
#include <string.h>

namespace {

/// A growable output buffer on the GC heap.
struct out_buf {
    char *data = nullptr;
    size_t len = 0, cap = 0;

    bool reserve(size_t extra) {
        if (len + extra + 1 <= cap) return true;
        size_t want = (len + extra + 1) * 2;
        char *d = (char *)kr_gc_alloc_atomic(want);
        if (!d) return false;
        if (len) memcpy(d, data, len);
        data = d;
        cap = want;
        return true;
    }
    bool put(const char *s, size_t n) {
        if (!reserve(n)) return false;
        memcpy(data + len, s, n);
        len += n;
        data[len] = 0;
        return true;
    }
    bool put_char(char c) { return put(&c, 1); }
    bool put_zeros(size_t n) {
        if (!reserve(n)) return false;
        memset(data + len, '0', n);
        len += n;
        data[len] = 0;
        return true;
    }
};

/// 10^k as an mpz; `buf` holds the base 10, which the result may share
/// (for k == 1), so it must outlive the result.
bool pow10(kr_mpz *r, int64_t k, kr_digit buf[KR_MPZ_I64_DIGITS]) {
    kr_mpz ten;
    kr_mpz_set_i64(&ten, buf, 10);
    return kr_mpz_pow(r, &ten, (uint64_t)k);
}

/// The decimal digits of round_half_even(v * 10^k) for finite v >= 0, as a
/// NUL-terminated GC string ("0" for zero).
char *scaled_digits(double v, int64_t k, size_t *len) {
    int e2;
    double m = frexp(v, &e2);
    // v = mant * 2^(e2 - 53) with mant a 53-bit integer.
    int64_t mant = (int64_t)ldexp(m, 53);
    int64_t shift = (int64_t)e2 - 53;
    kr_mpz num, den, p, q, r;
    // Stack digits for small operands: mpz results may share their
    // operands' digits, so these live as long as the results do.
    kr_digit one_buf[KR_MPZ_I64_DIGITS], ten_buf[KR_MPZ_I64_DIGITS], inc_buf[KR_MPZ_I64_DIGITS];
    if (!kr_mpz_from_i64(&num, mant)) return nullptr;
    kr_mpz_set_i64(&den, one_buf, 1);
    if (shift > 0 && !kr_mpz_shl(&num, &num, (size_t)shift)) return nullptr;
    if (shift < 0 && !kr_mpz_shl(&den, &den, (size_t)-shift)) return nullptr;
    if (k != 0) {
        if (!pow10(&p, k < 0 ? -k : k, ten_buf)) return nullptr;
        if (!kr_mpz_mul(k > 0 ? &num : &den, k > 0 ? &num : &den, &p)) return nullptr;
    }
    if (!kr_mpz_divmod(&q, &r, &num, &den)) return nullptr;
    // Round half to even: compare 2r with den.
    kr_mpz twice;
    if (!kr_mpz_shl(&twice, &r, 1)) return nullptr;
    int c = kr_mpz_cmp(&twice, &den);
    bool odd = q.len && (q.d[0] & 1);
    if (c > 0 || (c == 0 && odd)) {
        kr_mpz one;
        kr_mpz_set_i64(&one, inc_buf, 1);
        if (!kr_mpz_add(&q, &q, &one)) return nullptr;
    }
    return kr_mpz_to_chars(&q, 10, len);
}

/// floor(log10(v)) for finite v > 0, possibly off by one (callers correct).
int64_t rough_exponent(double v) {
    return (int64_t)floor(log10(v));
}

/// Exponent notation with `prec` digits after the point; *x_out gets the
/// decimal exponent after rounding.
bool format_e(out_buf *o, double v, int prec, bool alt, bool upper, int64_t *x_out) {
    int64_t x = 0;
    if (v == 0) {
        if (!o->put_char('0')) return false;
        if ((prec > 0 || alt) && !o->put_char('.')) return false;
        if (!o->put_zeros((size_t)prec)) return false;
    } else {
        x = rough_exponent(v);
        char *digits;
        size_t n;
        for (;;) {
            digits = scaled_digits(v, prec - x, &n);
            if (!digits) return false;
            if (n > (size_t)prec + 1) {
                x++; // rounding carried into a new digit, or the estimate was low
            } else if (n < (size_t)prec + 1) {
                x--;
            } else {
                break;
            }
        }
        if (!o->put(digits, 1)) return false;
        if ((prec > 0 || alt) && !o->put_char('.')) return false;
        if (!o->put(digits + 1, n - 1)) return false;
    }
    char tail[24];
    int64_t ax = x < 0 ? -x : x;
    size_t t = 0;
    tail[t++] = upper ? 'E' : 'e';
    tail[t++] = x < 0 ? '-' : '+';
    char rev[20];
    size_t r = 0;
    do {
        rev[r++] = (char)('0' + ax % 10);
        ax /= 10;
    } while (ax);
    if (r < 2) rev[r++] = '0';
    while (r)
        tail[t++] = rev[--r];
    *x_out = x;
    return o->put(tail, t);
}

/// Fixed notation with `prec` digits after the point.
bool format_f(out_buf *o, double v, int prec, bool alt) {
    size_t n;
    char *digits = scaled_digits(v, prec, &n);
    if (!digits) return false;
    size_t p = (size_t)prec;
    if (n <= p) {
        // 0.000ddd: the integer part is zero.
        if (!o->put_char('0') || !o->put_char('.') || !o->put_zeros(p - n)) return false;
        return o->put(digits, n);
    }
    if (!o->put(digits, n - p)) return false;
    if ((p > 0 || alt) && !o->put_char('.')) return false;
    return o->put(digits + n - p, p);
}

/// Drop trailing zeros after the point (and the point itself) in the
/// mantissa part of o's text, as %g does without '#'.
void strip_zeros(out_buf *o) {
    char *e = (char *)memchr(o->data, 'e', o->len);
    if (!e) e = (char *)memchr(o->data, 'E', o->len);
    size_t mant_end = e ? (size_t)(e - o->data) : o->len;
    if (!memchr(o->data, '.', mant_end)) return;
    size_t k = mant_end;
    while (k > 0 && o->data[k - 1] == '0')
        k--;
    if (k > 0 && o->data[k - 1] == '.') k--;
    size_t tail = o->len - mant_end;
    memmove(o->data + k, o->data + mant_end, tail + 1);
    o->len = k + tail;
}

} // namespace

char *kr_float_format_exact(double mag, char type, int prec, bool alt, size_t *len) {
    out_buf o;
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (!o.reserve(32)) return nullptr;
    if (isnan(mag) || isinf(mag)) {
        const char *word = isnan(mag) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        if (!o.put(word, 3)) return nullptr;
        *len = o.len;
        return o.data;
    }
    int64_t x;
    bool ok;
    switch (type) {
    case 'e':
    case 'E':
        ok = format_e(&o, mag, prec, alt, upper, &x);
        break;
    case 'f':
    case 'F':
        ok = format_f(&o, mag, prec, alt);
        break;
    default: { // 'g', 'G'
        int p = prec == 0 ? 1 : prec;
        ok = format_e(&o, mag, p - 1, alt, upper, &x);
        if (ok && x >= -4 && x < p) {
            o.len = 0;
            ok = format_f(&o, mag, (int)(p - 1 - x), alt);
        }
        if (ok && !alt) strip_zeros(&o);
        break;
    }
    }
    if (!ok) return nullptr;
    *len = o.len;
    return o.data;
}

bool kr_float_decimal_exponent(double mag, int digits, int *out) {
    out_buf o;
    int64_t x = 0;
    if (mag != 0 && isfinite(mag) && !format_e(&o, mag, digits - 1, false, false, &x)) return false;
    *out = (int)x;
    return true;
}
