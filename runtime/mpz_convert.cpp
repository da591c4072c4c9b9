//===- runtime/mpz_convert.cpp - mpz to and from other representations ----===//
//
// Machine ints, doubles (correctly rounded), digit strings in any base, and
// the hash. Text conversion works in chunks of as many digits as fit in one
// kr_digit (10^9 for decimal with 32-bit digits, 10^19 with 64-bit ones), so printing and parsing
// cost one pass over the number per chunk rather than per character.
//
//===----------------------------------------------------------------------===//
#include "mpz.h"
#include "mpz_internal.h"

#include <float.h>
#include <math.h>
#include <string.h>

void kr_mpz_set_i64(kr_mpz *z, kr_digit buf[KR_MPZ_I64_DIGITS], int64_t v) {
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    for (size_t i = 0; i < KR_MPZ_I64_DIGITS; i++)
        buf[i] = (kr_digit)(m >> (i * KR_DIGIT_BITS));
    *z = {buf, kr_mag_normalize(buf, KR_MPZ_I64_DIGITS), v < 0};
}

bool kr_mpz_from_i64(kr_mpz *z, int64_t v) {
    kr_digit *d = kr_mpz_alloc_digits(KR_MPZ_I64_DIGITS);
    if (!d) return false;
    kr_mpz_set_i64(z, d, v);
    return true;
}

bool kr_mpz_from_double(kr_mpz *z, double v) {
    bool neg = v < 0;
    v = trunc(fabs(v));
    if (v < 1.0) {
        *z = {nullptr, 0, false};
        return true;
    }
    int exp;
    double frac = frexp(v, &exp); // v = frac * 2^exp, frac in [0.5, 1)
    uint64_t mant = (uint64_t)ldexp(frac, 53);
    kr_digit buf[KR_MPZ_I64_DIGITS];
    kr_mpz m;
    kr_mpz_set_i64(&m, buf, (int64_t)mant);
    bool ok =
        exp >= 53 ? kr_mpz_shl(z, &m, (size_t)(exp - 53)) : kr_mpz_shr(z, &m, (size_t)(53 - exp));
    if (!ok) return false;
    z->neg = neg && z->len != 0;
    return true;
}

bool kr_mpz_from_digits(kr_mpz *z, const char *s, size_t len, unsigned base) {
    // Digits per chunk and base^chunk, the largest power fitting a digit.
    unsigned per = 0;
    kr_ddigit chunk_mul = 1;
    while (chunk_mul * base <= (kr_digit)-1) {
        chunk_mul *= base;
        per++;
    }
    // Each character carries at most log2(36) < 6 bits.
    size_t bits_per_char = 1;
    while ((1u << bits_per_char) < base)
        bits_per_char++;
    size_t cap = len / (KR_DIGIT_BITS / bits_per_char) + 2;
    kr_digit *d = kr_mpz_alloc_digits(cap);
    if (!d) return false;
    size_t n = 0;
    size_t i = 0;
    while (i < len) {
        unsigned take = (unsigned)(len - i < per ? len - i : per);
        kr_digit value = 0, mul = 1;
        for (unsigned k = 0; k < take; k++, i++) {
            char c = s[i];
            unsigned digit = c <= '9' ? (unsigned)(c - '0') : (unsigned)((c | 0x20) - 'a' + 10);
            value = value * base + digit;
            mul *= base;
        }
        kr_digit carry = kr_mag_mul_add_digit(d, n, mul, value);
        if (carry) d[n++] = carry;
    }
    *z = {d, kr_mag_normalize(d, n), false};
    return true;
}

bool kr_mpz_to_i64(const kr_mpz *z, int64_t *out) {
    if (z->len > KR_MPZ_I64_DIGITS) return false;
    uint64_t m = 0;
    for (size_t i = 0; i < z->len; i++)
        m |= (uint64_t)z->d[i] << (i * KR_DIGIT_BITS);
    if (z->neg) {
        if (m > (uint64_t)INT64_MAX + 1) return false;
        *out = (int64_t)(0 - m);
    } else {
        if (m > (uint64_t)INT64_MAX) return false;
        *out = (int64_t)m;
    }
    return true;
}

/// The 64 bits of |z| starting at bit `low` (which may be negative: zeros
/// shifted in), with bit 0 set when any bit below `low` is nonzero. The
/// sticky bit keeps the later rounding to 53 bits correct.
static uint64_t top_bits_sticky(const kr_mpz *z, int64_t low) {
    uint64_t m = 0;
    for (int k = 63; k >= 0; k--) {
        int64_t bit = low + k;
        m <<= 1;
        if (bit >= 0 && (size_t)bit < z->len * KR_DIGIT_BITS)
            m |= (z->d[bit / KR_DIGIT_BITS] >> (bit % KR_DIGIT_BITS)) & 1;
    }
    if (low > 0) {
        size_t whole = (size_t)low / KR_DIGIT_BITS;
        bool sticky = false;
        for (size_t i = 0; i < whole && !sticky; i++)
            sticky = z->d[i] != 0;
        unsigned part = (unsigned)(low % KR_DIGIT_BITS);
        if (part && whole < z->len)
            sticky = sticky || (z->d[whole] & (((kr_digit)1 << part) - 1)) != 0;
        m |= sticky;
    }
    return m;
}

double kr_mpz_to_double(const kr_mpz *z) {
    size_t bits = kr_mpz_bit_length(z);
    if (bits == 0) return 0.0;
    double r;
    if (bits <= 64) {
        // The conversion from uint64_t rounds half-even, as we want.
        r = (double)top_bits_sticky(z, 0);
    } else if (bits > DBL_MAX_EXP + 1) {
        r = HUGE_VAL;
    } else {
        int64_t low = (int64_t)bits - 64;
        r = ldexp((double)top_bits_sticky(z, low), (int)low);
    }
    return z->neg ? -r : r;
}

bool kr_mpz_true_divide(const kr_mpz *a, const kr_mpz *b, double *out) {
    // Scale so the integer quotient has 55 or 56 bits: 53 for the result,
    // a rounding bit, and a sticky bit from the remainder below it.
    int64_t shift = 55 - ((int64_t)kr_mpz_bit_length(a) - (int64_t)kr_mpz_bit_length(b));
    kr_mpz num = {a->d, a->len, false}, den = {b->d, b->len, false}, q, r;
    if (a->len == 0) {
        *out = b->neg ? -0.0 : 0.0;
        return true;
    }
    if (shift > 0 && !kr_mpz_shl(&num, &num, (size_t)shift)) return false;
    if (shift < 0 && !kr_mpz_shl(&den, &den, (size_t)-shift)) return false;
    if (!kr_mpz_divmod(&q, &r, &num, &den)) return false;
    int64_t qi;
    kr_mpz_to_i64(&q, &qi); // at most 56 bits
    uint64_t qm = (uint64_t)qi | (r.len != 0);
    double v;
    if (shift > 2000)
        v = 0.0;
    else if (shift < -2000)
        v = HUGE_VAL;
    else
        v = ldexp((double)qm, (int)-shift);
    *out = a->neg != b->neg ? -v : v;
    return true;
}

char *kr_mpz_to_chars(const kr_mpz *z, unsigned base, size_t *len_out) {
    unsigned per = 0;
    kr_ddigit chunk_div = 1;
    while (chunk_div * base <= (kr_digit)-1) {
        chunk_div *= base;
        per++;
    }
    // A digit yields at most KR_DIGIT_BITS characters in base 2; bound the output by
    // the bit length over log2(base) rounded down.
    unsigned log2b = 0;
    while ((2u << log2b) <= base)
        log2b++;
    size_t cap = kr_mpz_bit_length(z) / log2b + 2;
    char *out = (char *)kr_gc_alloc_atomic(cap + 1);
    kr_digit *work = z->len ? kr_mpz_alloc_digits(z->len) : nullptr;
    if (!out || (z->len && !work)) return nullptr;
    if (z->len) memcpy(work, z->d, z->len * sizeof(kr_digit));
    size_t n = z->len;
    // Fill from the end: each division by base^per yields `per` characters.
    char *p = out + cap;
    *p = 0;
    while (n > 0) {
        kr_digit rem = kr_mag_divmod_digit(work, work, n, (kr_digit)chunk_div);
        n = kr_mag_normalize(work, n);
        for (unsigned k = 0; k < per && (n > 0 || rem != 0); k++) {
            unsigned digit = rem % base;
            rem /= base;
            *--p = (char)(digit < 10 ? '0' + digit : 'a' + digit - 10);
        }
    }
    if (p == out + cap) *--p = '0';
    size_t len = (size_t)(out + cap - p);
    memmove(out, p, len + 1);
    *len_out = len;
    return out;
}

int64_t kr_mpz_hash(const kr_mpz *z, unsigned bits) {
    // Reduce mod M = 2^bits - 1: multiplying by 2^KR_DIGIT_BITS mod M is a rotation.
    const uint64_t mod = ((uint64_t)1 << bits) - 1;
    const unsigned rot = KR_DIGIT_BITS % bits;
    uint64_t h = 0;
    for (size_t i = z->len; i-- > 0;) {
        if (rot) h = ((h << rot) | (h >> (bits - rot))) & mod;
        h += z->d[i] % mod;
        if (h >= mod) h -= mod;
    }
    return z->neg ? -(int64_t)h : (int64_t)h;
}
