//===- runtime/mpz.cpp - arbitrary-precision integer arithmetic -----------===//
//
// Magnitude primitives (add, subtract, multiply) and the signed operations
// built on them. Division is in mpz_div.cpp, Karatsuba in mpz_mul.cpp,
// conversions in mpz_convert.cpp.
//
// Results are allocated at their final size where it is known and never
// copied afterwards; intermediate arrays (scratch, the partial results of
// pow) go back to the allocator at once instead of waiting for a collection.
//
//===----------------------------------------------------------------------===//
#include "mpz.h"
#include "mpz_internal.h"

#include "gc.h"

#include <string.h>

//===----------------------------------------------------------------------===//
// Allocation
//===----------------------------------------------------------------------===//

kr_digit *kr_mpz_alloc_digits(size_t n) {
    // Byte counts that overflow size_t can never be satisfied: ask for the
    // impossible so the collector reports MemoryError as for any large block.
    if (n > ((size_t)-1) / (2 * sizeof(kr_digit))) n = ((size_t)-1) / (2 * sizeof(kr_digit));
    return (kr_digit *)kr_gc_alloc_atomic((n ? n : 1) * sizeof(kr_digit));
}

kr_digit *kr_mag_alloc_raw(size_t n) {
    if (n > ((size_t)-1) / (2 * sizeof(kr_digit))) n = ((size_t)-1) / (2 * sizeof(kr_digit));
    return (kr_digit *)kr_gc_alloc_atomic_uninit((n ? n : 1) * sizeof(kr_digit));
}

kr_digit *kr_mag_scratch_get(kr_mag_scratch *s, size_t n) {
    s->d = n <= KR_MAG_STACK_DIGITS ? s->stack : kr_mag_alloc_raw(n);
    return s->d;
}

void kr_mag_scratch_put(kr_mag_scratch *s) {
    if (s->d != s->stack) kr_mag_release(s->d);
    s->d = nullptr;
}

void kr_mag_release(const kr_digit *d) {
    if (d) kr_gc_free((void *)d);
}

//===----------------------------------------------------------------------===//
// Magnitude primitives
//===----------------------------------------------------------------------===//

/// a + b + carry_in (0 or 1), with the carry out in *carry_out: the
/// compiler's add-with-carry builtins, which become one adc per digit (the
/// double-width sum took three instructions and a flag round trip).
static inline kr_digit add_digits(kr_digit a, kr_digit b, kr_digit carry_in, kr_digit *carry_out) {
#if defined(__x86_64__)
    if constexpr (sizeof(kr_digit) == 8) {
        // x86's own builtin keeps the carry in the flag across iterations.
        unsigned long long r;
        *carry_out = __builtin_ia32_addcarryx_u64((unsigned char)carry_in, a, b, &r);
        return (kr_digit)r;
    }
#endif
    if constexpr (sizeof(kr_digit) == sizeof(unsigned long long)) {
        unsigned long long c;
        kr_digit r = (kr_digit)__builtin_addcll(a, b, carry_in, &c);
        *carry_out = (kr_digit)c;
        return r;
    } else {
        unsigned int c;
        kr_digit r = (kr_digit)__builtin_addc(a, b, carry_in, &c);
        *carry_out = (kr_digit)c;
        return r;
    }
}

/// a - b - borrow_in (0 or 1), with the borrow out in *borrow_out.
static inline kr_digit sub_digits(kr_digit a, kr_digit b, kr_digit borrow_in,
                                  kr_digit *borrow_out) {
#if defined(__x86_64__)
    if constexpr (sizeof(kr_digit) == 8) {
        unsigned long long r;
        *borrow_out = __builtin_ia32_subborrow_u64((unsigned char)borrow_in, a, b, &r);
        return (kr_digit)r;
    }
#endif
    if constexpr (sizeof(kr_digit) == sizeof(unsigned long long)) {
        unsigned long long c;
        kr_digit r = (kr_digit)__builtin_subcll(a, b, borrow_in, &c);
        *borrow_out = (kr_digit)c;
        return r;
    } else {
        unsigned int c;
        kr_digit r = (kr_digit)__builtin_subc(a, b, borrow_in, &c);
        *borrow_out = (kr_digit)c;
        return r;
    }
}

size_t kr_mag_normalize(const kr_digit *d, size_t n) {
    while (n > 0 && d[n - 1] == 0)
        n--;
    return n;
}

int kr_mag_cmp(const kr_digit *a, size_t an, const kr_digit *b, size_t bn) {
    if (an != bn) return an < bn ? -1 : 1;
    for (size_t i = an; i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

size_t kr_mag_add(kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b, size_t bn) {
    if (an < bn) {
        const kr_digit *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    kr_digit carry = 0;
    size_t i = 0;
    for (; i < bn; i++)
        r[i] = add_digits(a[i], b[i], carry, &carry);
    // Past the shorter operand only the carry can change anything; once it
    // is gone the rest is a copy.
    for (; carry && i < an; i++) {
        r[i] = a[i] + 1;
        carry = r[i] == 0;
    }
    if (i < an && r != a) memcpy(r + i, a + i, (an - i) * sizeof(kr_digit));
    r[an] = (kr_digit)carry;
    return carry ? an + 1 : kr_mag_normalize(r, an);
}

size_t kr_mag_sub(kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b, size_t bn) {
    kr_digit borrow = 0;
    size_t i = 0;
    for (; i < bn; i++)
        r[i] = sub_digits(a[i], b[i], borrow, &borrow);
    for (; borrow && i < an; i++) {
        borrow = a[i] == 0;
        r[i] = a[i] - 1;
    }
    if (i < an && r != a) memcpy(r + i, a + i, (an - i) * sizeof(kr_digit));
    return kr_mag_normalize(r, an);
}

kr_digit kr_mag_mul_digit(kr_digit *r, const kr_digit *a, size_t n, kr_digit m) {
    kr_ddigit carry = 0;
    for (size_t i = 0; i < n; i++) {
        carry += (kr_ddigit)a[i] * m;
        r[i] = (kr_digit)carry;
        carry >>= KR_DIGIT_BITS;
    }
    return (kr_digit)carry;
}

kr_digit kr_mag_addmul_digit(kr_digit *r, const kr_digit *a, size_t n, kr_digit m) {
    // (B-1) * (B-1) + 2 (B-1) < B^2: the sum never overflows a double digit.
    kr_ddigit carry = 0;
    for (size_t i = 0; i < n; i++) {
        carry += (kr_ddigit)a[i] * m + r[i];
        r[i] = (kr_digit)carry;
        carry >>= KR_DIGIT_BITS;
    }
    return (kr_digit)carry;
}

size_t kr_mag_mul(kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b, size_t bn) {
    if (an < bn) {
        const kr_digit *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if (bn == 0) {
        memset(r, 0, an * sizeof(kr_digit));
        return 0;
    }
    // One pass over the longer operand per digit of the shorter: a long
    // number times a one-digit one is a single pass, with no clearing first.
    r[an] = kr_mag_mul_digit(r, a, an, b[0]);
    for (size_t i = 1; i < bn; i++)
        r[an + i] = b[i] ? kr_mag_addmul_digit(r + i, a, an, b[i]) : 0;
    return kr_mag_normalize(r, an + bn);
}

kr_digit kr_mag_mul_add_digit(kr_digit *r, size_t n, kr_digit m, kr_digit add) {
    kr_ddigit carry = add;
    for (size_t i = 0; i < n; i++) {
        carry += (kr_ddigit)r[i] * m;
        r[i] = (kr_digit)carry;
        carry >>= KR_DIGIT_BITS;
    }
    return (kr_digit)carry;
}

/// r[0..n] = a[0..n) shifted left by s bits (0 < s < KR_DIGIT_BITS).
static void mag_shl_bits(kr_digit *r, const kr_digit *a, size_t n, unsigned s) {
    kr_digit carry = 0;
    for (size_t i = 0; i < n; i++) {
        r[i] = (a[i] << s) | carry;
        carry = a[i] >> (KR_DIGIT_BITS - s);
    }
    r[n] = carry;
}

//===----------------------------------------------------------------------===//
// Signed operations
//===----------------------------------------------------------------------===//

size_t kr_mpz_bit_length(const kr_mpz *z) {
    if (z->len == 0) return 0;
    return z->len * KR_DIGIT_BITS - (size_t)kr_digit_clz(z->d[z->len - 1]);
}

int kr_mpz_cmp(const kr_mpz *a, const kr_mpz *b) {
    if (a->neg != b->neg) return a->neg ? -1 : 1;
    int c = kr_mag_cmp(a->d, a->len, b->d, b->len);
    return a->neg ? -c : c;
}

/// r = a + b when b carries the sign `bneg`.
static bool add_signed(kr_mpz *r, const kr_mpz *a, const kr_mpz *b, bool bneg) {
    if (a->neg == bneg) {
        kr_digit *d = kr_mag_alloc_raw((a->len > b->len ? a->len : b->len) + 1);
        if (!d) return false;
        size_t len = kr_mag_add(d, a->d, a->len, b->d, b->len);
        *r = {d, len, len != 0 && a->neg};
        return true;
    }
    int c = kr_mag_cmp(a->d, a->len, b->d, b->len);
    if (c == 0) {
        *r = {nullptr, 0, false};
        return true;
    }
    // Subtract the smaller magnitude from the larger; the larger's sign wins.
    const kr_mpz *big = c > 0 ? a : b, *small = c > 0 ? b : a;
    bool neg = c > 0 ? a->neg : bneg;
    kr_digit *d = kr_mag_alloc_raw(big->len);
    if (!d) return false;
    *r = {d, kr_mag_sub(d, big->d, big->len, small->d, small->len), neg};
    return true;
}

bool kr_mpz_add(kr_mpz *r, const kr_mpz *a, const kr_mpz *b) {
    return add_signed(r, a, b, b->neg);
}

bool kr_mpz_sub(kr_mpz *r, const kr_mpz *a, const kr_mpz *b) {
    return add_signed(r, a, b, b->len != 0 && !b->neg);
}

bool kr_mpz_mul(kr_mpz *r, const kr_mpz *a, const kr_mpz *b) {
    if (a->len == 0 || b->len == 0) {
        *r = {nullptr, 0, false};
        return true;
    }
    kr_digit *d = kr_mag_alloc_raw(a->len + b->len);
    if (!d) return false;
    bool ok = a->len >= b->len ? kr_mag_mul_fast(d, a->d, a->len, b->d, b->len)
                               : kr_mag_mul_fast(d, b->d, b->len, a->d, a->len);
    if (!ok) {
        kr_mag_release(d);
        return false;
    }
    size_t len = kr_mag_normalize(d, a->len + b->len);
    *r = {d, len, a->neg != b->neg};
    return true;
}

bool kr_mpz_pow(kr_mpz *r, const kr_mpz *base, uint64_t exp) {
    static const kr_digit one = 1;
    if (exp == 0) {
        *r = {&one, 1, false};
        return true;
    }
    // Left-to-right binary exponentiation: the last squaring is the big one,
    // so no multiplication is wasted on a square that is never used. Each
    // partial result is dead once the next exists: free it at once.
    int top = 63;
    while (top > 0 && !((exp >> top) & 1))
        top--;
    kr_mpz result = *base;
    for (int bit = top - 1; bit >= 0; bit--) {
        kr_mpz t;
        if (!kr_mpz_mul(&t, &result, &result)) return false;
        if (result.d != base->d) kr_mag_release(result.d);
        result = t;
        if ((exp >> bit) & 1) {
            if (!kr_mpz_mul(&t, &result, base)) return false;
            kr_mag_release(result.d);
            result = t;
        }
    }
    *r = result;
    return true;
}

bool kr_mpz_shl(kr_mpz *r, const kr_mpz *a, size_t bits) {
    if (a->len == 0) {
        *r = *a;
        return true;
    }
    size_t whole = bits / KR_DIGIT_BITS;
    unsigned s = (unsigned)(bits % KR_DIGIT_BITS);
    if (whole > ((size_t)-1) / 8 - a->len)
        whole = ((size_t)-1) / 8 - a->len; // unsatisfiable: MemoryError
    kr_digit *d = kr_mpz_alloc_digits(a->len + whole + 1);
    if (!d) return false;
    if (s)
        mag_shl_bits(d + whole, a->d, a->len, s);
    else
        memcpy(d + whole, a->d, a->len * sizeof(kr_digit));
    *r = {d, kr_mag_normalize(d, a->len + whole + 1), a->neg};
    return true;
}

bool kr_mpz_shr(kr_mpz *r, const kr_mpz *a, size_t bits) {
    size_t whole = bits / KR_DIGIT_BITS;
    unsigned s = (unsigned)(bits % KR_DIGIT_BITS);
    if (whole >= a->len) {
        // Everything shifts out: 0, or -1 for negatives (floor).
        static const kr_digit one = 1;
        *r = a->neg ? kr_mpz{&one, 1, true} : kr_mpz{nullptr, 0, false};
        return true;
    }
    size_t n = a->len - whole;
    kr_digit *d = kr_mpz_alloc_digits(n + 1);
    if (!d) return false;
    bool lost = false; // a nonzero bit shifted out
    for (size_t i = 0; i < whole && !lost; i++)
        lost = a->d[i] != 0;
    if (s) {
        lost = lost || (a->d[whole] & (((kr_digit)1 << s) - 1)) != 0;
        for (size_t i = 0; i < n; i++) {
            kr_digit hi = i + 1 < n ? a->d[whole + i + 1] << (KR_DIGIT_BITS - s) : 0;
            d[i] = (a->d[whole + i] >> s) | hi;
        }
    } else {
        memcpy(d, a->d + whole, n * sizeof(kr_digit));
    }
    size_t len = kr_mag_normalize(d, n);
    if (a->neg && lost) {
        // Floor rounds negative values away from zero: add one to |result|.
        d[len] = 0;
        kr_digit carry = 1;
        for (size_t i = 0; i <= len && carry; i++) {
            d[i] += carry;
            carry = d[i] == 0;
        }
        len = kr_mag_normalize(d, len + 1);
    }
    *r = {d, len, a->neg && len != 0};
    return true;
}

/// Write x's two's-complement form, sign-extended to n digits, into out.
static void to_twos(kr_digit *out, const kr_mpz *x, size_t n) {
    memset(out, 0, n * sizeof(kr_digit));
    if (x->len) memcpy(out, x->d, x->len * sizeof(kr_digit));
    if (!x->neg) return;
    // -x == ~x + 1 over n digits.
    kr_digit carry = 1;
    for (size_t i = 0; i < n; i++) {
        kr_ddigit t = (kr_ddigit)(kr_digit)~out[i] + carry;
        out[i] = (kr_digit)t;
        carry = (kr_digit)(t >> KR_DIGIT_BITS);
    }
}

bool kr_mpz_bitwise(kr_mpz *r, kr_mpz_bitop op, const kr_mpz *a, const kr_mpz *b) {
    // One extra digit holds the sign, so both operands are exact.
    size_t n = (a->len > b->len ? a->len : b->len) + 1;
    kr_digit *d = kr_mpz_alloc_digits(2 * n);
    if (!d) return false;
    kr_digit *bt = d + n;
    to_twos(d, a, n);
    to_twos(bt, b, n);
    for (size_t i = 0; i < n; i++) {
        switch (op) {
        case KR_MPZ_AND:
            d[i] &= bt[i];
            break;
        case KR_MPZ_OR:
            d[i] |= bt[i];
            break;
        case KR_MPZ_XOR:
            d[i] ^= bt[i];
            break;
        }
    }
    bool neg = (d[n - 1] >> (KR_DIGIT_BITS - 1)) != 0;
    if (neg) {
        // Back to sign-magnitude: |r| = ~r + 1.
        kr_digit carry = 1;
        for (size_t i = 0; i < n; i++) {
            kr_ddigit t = (kr_ddigit)(kr_digit)~d[i] + carry;
            d[i] = (kr_digit)t;
            carry = (kr_digit)(t >> KR_DIGIT_BITS);
        }
    }
    size_t len = kr_mag_normalize(d, n);
    *r = {d, len, neg && len != 0};
    return true;
}
