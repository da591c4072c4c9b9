//===- runtime/mpz.cpp - arbitrary-precision integer arithmetic -----------===//
//
// Magnitude primitives (add, subtract, multiply, Knuth's algorithm D) and the
// signed operations built on them. Conversions live in mpz_convert.cpp.
//
//===----------------------------------------------------------------------===//
#include "mpz.h"
#include "mpz_internal.h"

#include <string.h>

//===----------------------------------------------------------------------===//
// Allocation and magnitude primitives (shared with mpz_convert.cpp)
//===----------------------------------------------------------------------===//

kr_digit *kr_mpz_alloc_digits(size_t n) {
    // Byte counts that overflow size_t can never be satisfied: ask for the
    // impossible so the collector reports MemoryError as for any large block.
    if (n > ((size_t)-1) / (2 * sizeof(kr_digit))) n = ((size_t)-1) / (2 * sizeof(kr_digit));
    return (kr_digit *)kr_gc_alloc_atomic((n ? n : 1) * sizeof(kr_digit));
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
    kr_ddigit carry = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        carry += (kr_ddigit)a[i] + b[i];
        r[i] = (kr_digit)carry;
        carry >>= KR_DIGIT_BITS;
    }
    for (; i < an; i++) {
        carry += a[i];
        r[i] = (kr_digit)carry;
        carry >>= KR_DIGIT_BITS;
    }
    r[i] = (kr_digit)carry;
    return kr_mag_normalize(r, an + 1);
}

size_t kr_mag_sub(kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b, size_t bn) {
    kr_digit borrow = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        kr_ddigit t = (kr_ddigit)a[i] - b[i] - borrow;
        r[i] = (kr_digit)t;
        borrow = (kr_digit)(t >> 63);
    }
    for (; i < an; i++) {
        kr_ddigit t = (kr_ddigit)a[i] - borrow;
        r[i] = (kr_digit)t;
        borrow = (kr_digit)(t >> 63);
    }
    return kr_mag_normalize(r, an);
}

size_t kr_mag_mul(kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b, size_t bn) {
    memset(r, 0, (an + bn) * sizeof(kr_digit));
    for (size_t i = 0; i < an; i++) {
        kr_ddigit carry = 0;
        kr_ddigit ai = a[i];
        if (ai == 0) continue;
        for (size_t j = 0; j < bn; j++) {
            carry += ai * b[j] + r[i + j];
            r[i + j] = (kr_digit)carry;
            carry >>= KR_DIGIT_BITS;
        }
        r[i + bn] = (kr_digit)carry;
    }
    return kr_mag_normalize(r, an + bn);
}

kr_digit kr_mag_divmod_digit(kr_digit *q, const kr_digit *a, size_t an, kr_digit d) {
    kr_ddigit rem = 0;
    for (size_t i = an; i-- > 0;) {
        kr_ddigit cur = (rem << KR_DIGIT_BITS) | a[i];
        q[i] = (kr_digit)(cur / d);
        rem = cur % d;
    }
    return (kr_digit)rem;
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

/// Shift n digits left by s (0 < s < 32) bits into r (n + 1 digits).
static void mag_shl_bits(kr_digit *r, const kr_digit *a, size_t n, unsigned s) {
    kr_digit carry = 0;
    for (size_t i = 0; i < n; i++) {
        r[i] = (a[i] << s) | carry;
        carry = a[i] >> (KR_DIGIT_BITS - s);
    }
    r[n] = carry;
}

/// Knuth's algorithm D (TAOCP 4.3.1) for bn >= 2 and an >= bn. Writes
/// an - bn + 1 quotient digits to q and bn remainder digits to r; `work`
/// holds an + 1 + bn scratch digits.
static void mag_divmod_knuth(kr_digit *q, kr_digit *r, const kr_digit *a, size_t an,
                             const kr_digit *b, size_t bn, kr_digit *work) {
    kr_digit *un = work;          // dividend, normalised: an + 1 digits
    kr_digit *vn = work + an + 1; // divisor, normalised: bn digits
    unsigned s = (unsigned)__builtin_clz(b[bn - 1]);
    if (s) {
        mag_shl_bits(un, a, an, s);
        for (size_t i = bn - 1; i > 0; i--)
            vn[i] = (b[i] << s) | (b[i - 1] >> (KR_DIGIT_BITS - s));
        vn[0] = b[0] << s;
    } else {
        memcpy(un, a, an * sizeof(kr_digit));
        un[an] = 0;
        memcpy(vn, b, bn * sizeof(kr_digit));
    }
    const kr_ddigit base = (kr_ddigit)1 << KR_DIGIT_BITS;
    kr_ddigit vtop = vn[bn - 1], vnext = vn[bn - 2];
    for (size_t j = an - bn + 1; j-- > 0;) {
        // Estimate the quotient digit from the top two dividend digits, then
        // correct it with the next digit: at most one too large afterwards.
        kr_ddigit num = ((kr_ddigit)un[j + bn] << KR_DIGIT_BITS) | un[j + bn - 1];
        kr_ddigit qhat = num / vtop, rhat = num % vtop;
        while (qhat >= base || qhat * vnext > ((rhat << KR_DIGIT_BITS) | un[j + bn - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >= base) break;
        }
        // Multiply and subtract qhat * vn from un[j .. j + bn].
        int64_t borrow = 0;
        for (size_t i = 0; i < bn; i++) {
            kr_ddigit p = qhat * vn[i];
            int64_t t = (int64_t)((kr_ddigit)un[i + j] - (kr_ddigit)borrow - (p & 0xffffffffu));
            un[i + j] = (kr_digit)t;
            borrow = (int64_t)((p >> KR_DIGIT_BITS) - (kr_ddigit)(t >> KR_DIGIT_BITS));
        }
        int64_t t = (int64_t)((kr_ddigit)un[j + bn] - (kr_ddigit)borrow);
        un[j + bn] = (kr_digit)t;
        if (t < 0) {
            // qhat was one too large: add the divisor back.
            qhat--;
            kr_ddigit carry = 0;
            for (size_t i = 0; i < bn; i++) {
                carry += (kr_ddigit)un[i + j] + vn[i];
                un[i + j] = (kr_digit)carry;
                carry >>= KR_DIGIT_BITS;
            }
            un[j + bn] += (kr_digit)carry;
        }
        q[j] = (kr_digit)qhat;
    }
    if (s) {
        for (size_t i = 0; i < bn; i++)
            r[i] = (un[i] >> s) | (un[i + 1] << (KR_DIGIT_BITS - s));
    } else {
        memcpy(r, un, bn * sizeof(kr_digit));
    }
}

bool kr_mag_divmod(kr_mpz *q, kr_mpz *r, const kr_digit *a, size_t an, const kr_digit *b,
                   size_t bn) {
    if (kr_mag_cmp(a, an, b, bn) < 0) {
        *q = {nullptr, 0, false};
        *r = {a, an, false};
        return true;
    }
    kr_digit *qd = kr_mpz_alloc_digits(an - bn + 1);
    if (!qd) return false;
    if (bn == 1) {
        kr_digit rem = kr_mag_divmod_digit(qd, a, an, b[0]);
        *q = {qd, kr_mag_normalize(qd, an), false};
        if (rem == 0) {
            *r = {nullptr, 0, false};
            return true;
        }
        kr_digit *rd = kr_mpz_alloc_digits(1);
        if (!rd) return false;
        rd[0] = rem;
        *r = {rd, 1, false};
        return true;
    }
    kr_digit *rd = kr_mpz_alloc_digits(bn + an + 1 + bn);
    if (!rd) return false;
    mag_divmod_knuth(qd, rd, a, an, b, bn, rd + bn);
    *q = {qd, kr_mag_normalize(qd, an - bn + 1), false};
    *r = {rd, kr_mag_normalize(rd, bn), false};
    return true;
}

//===----------------------------------------------------------------------===//
// Signed operations
//===----------------------------------------------------------------------===//

size_t kr_mpz_bit_length(const kr_mpz *z) {
    if (z->len == 0) return 0;
    return z->len * KR_DIGIT_BITS - (size_t)__builtin_clz(z->d[z->len - 1]);
}

int kr_mpz_cmp(const kr_mpz *a, const kr_mpz *b) {
    if (a->neg != b->neg) return a->neg ? -1 : 1;
    int c = kr_mag_cmp(a->d, a->len, b->d, b->len);
    return a->neg ? -c : c;
}

/// r = a + b when a and b carry signs `aneg` and `bneg`.
static bool add_signed(kr_mpz *r, const kr_mpz *a, const kr_mpz *b, bool bneg) {
    size_t n = (a->len > b->len ? a->len : b->len) + 1;
    if (a->neg == bneg) {
        kr_digit *d = kr_mpz_alloc_digits(n);
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
    kr_digit *d = kr_mpz_alloc_digits(n);
    if (!d) return false;
    // Subtract the smaller magnitude from the larger; the larger's sign wins.
    if (c > 0)
        *r = {d, kr_mag_sub(d, a->d, a->len, b->d, b->len), a->neg};
    else
        *r = {d, kr_mag_sub(d, b->d, b->len, a->d, a->len), bneg};
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
    kr_digit *d = kr_mpz_alloc_digits(a->len + b->len);
    if (!d) return false;
    bool ok = a->len >= b->len ? kr_mag_mul_fast(d, a->d, a->len, b->d, b->len)
                               : kr_mag_mul_fast(d, b->d, b->len, a->d, a->len);
    if (!ok) return false;
    size_t len = kr_mag_normalize(d, a->len + b->len);
    *r = {d, len, a->neg != b->neg};
    return true;
}

/// |x| + 1 as a fresh magnitude.
static bool mag_increment(kr_mpz *r, const kr_mpz *x) {
    static const kr_digit one = 1;
    kr_digit *d = kr_mpz_alloc_digits((x->len ? x->len : 1) + 1);
    if (!d) return false;
    *r = {d, kr_mag_add(d, x->d, x->len, &one, 1), false};
    return true;
}

bool kr_mpz_divmod(kr_mpz *q, kr_mpz *r, const kr_mpz *a, const kr_mpz *b) {
    // Read everything of a and b first: q or r may be a's or b's struct.
    const bool qneg = a->neg != b->neg, rneg = b->neg;
    const kr_mpz babs = {b->d, b->len, false};
    kr_mpz mq, mr;
    if (!kr_mag_divmod(&mq, &mr, a->d, a->len, b->d, b->len)) return false;
    if (qneg && mr.len != 0) {
        // Truncation rounded toward zero; floor needs one step further down,
        // which moves the remainder to the divisor's side: |b| - |r|.
        if (q && !mag_increment(&mq, &mq)) return false;
        if (r) {
            kr_digit *d = kr_mpz_alloc_digits(babs.len);
            if (!d) return false;
            mr = {d, kr_mag_sub(d, babs.d, babs.len, mr.d, mr.len), false};
        }
    }
    if (q) *q = {mq.d, mq.len, mq.len != 0 && qneg};
    if (r) *r = {mr.d, mr.len, mr.len != 0 && rneg};
    return true;
}

bool kr_mpz_pow(kr_mpz *r, const kr_mpz *base, uint64_t exp) {
    static const kr_digit one = 1;
    kr_mpz result = {&one, 1, false};
    // Left-to-right binary exponentiation: the last squaring is the big one,
    // so no multiplication is wasted on a square that is never used.
    int top = 63;
    while (top > 0 && !((exp >> top) & 1))
        top--;
    if (exp == 0) {
        *r = result;
        return true;
    }
    result = *base;
    for (int bit = top - 1; bit >= 0; bit--) {
        kr_mpz t;
        if (!kr_mpz_mul(&t, &result, &result)) return false;
        result = t;
        if ((exp >> bit) & 1) {
            if (!kr_mpz_mul(&t, &result, base)) return false;
            result = t;
        }
    }
    *r = result;
    return true;
}

bool kr_mpz_pow_mod(kr_mpz *r, const kr_mpz *base, const kr_mpz *exp, const kr_mpz *mod) {
    static const kr_digit one = 1;
    const kr_mpz unit = {&one, 1, false};
    kr_mpz result, b;
    if (!kr_mpz_divmod(nullptr, &b, base, mod) || !kr_mpz_divmod(nullptr, &result, &unit, mod))
        return false;
    for (size_t i = kr_mpz_bit_length(exp); i-- > 0;) {
        kr_mpz t;
        if (!kr_mpz_mul(&t, &result, &result) || !kr_mpz_divmod(nullptr, &result, &t, mod))
            return false;
        if ((exp->d[i / KR_DIGIT_BITS] >> (i % KR_DIGIT_BITS)) & 1) {
            if (!kr_mpz_mul(&t, &result, &b) || !kr_mpz_divmod(nullptr, &result, &t, mod))
                return false;
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
