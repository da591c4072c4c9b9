//===- runtime/mpz_div.cpp - arbitrary-precision division -----------------===//
//
// Division of magnitudes (by one digit, and Knuth's algorithm D), the floor
// division and modulo of signed values built on it, and modular powers.
// The quotient and remainder are written straight into their result arrays;
// the copy of the dividend algorithm D works on is scratch (the stack, or a
// heap array freed at once), and operands of the same length need none, so
// a division leaves only its results behind.
//
//===----------------------------------------------------------------------===//
#include "mpz.h"
#include "mpz_internal.h"

#include <string.h>

kr_digit kr_mag_divmod_digit(kr_digit *q, const kr_digit *a, size_t an, kr_digit d) {
    kr_ddigit rem = 0;
    for (size_t i = an; i-- > 0;) {
        kr_ddigit cur = (rem << KR_DIGIT_BITS) | a[i];
        q[i] = (kr_digit)(cur / d);
        rem = cur % d;
    }
    return (kr_digit)rem;
}

/// Digit k of d[0..n) shifted left by s bits (0 <= s < KR_DIGIT_BITS; k < n):
/// the operands' normalised digits, formed only where the quotient estimate
/// looks.
static inline kr_digit shifted_digit(const kr_digit *d, size_t k, unsigned s) {
    if (s == 0) return d[k];
    return (d[k] << s) | (k > 0 ? d[k - 1] >> (KR_DIGIT_BITS - s) : 0);
}

/// Knuth's algorithm D (TAOCP 4.3.1, with the quotient test of Hacker's
/// Delight's divmnu) for a divisor of bn >= 2 digits. un holds the an + 1
/// digits of the dividend (top one zero) and becomes the remainder in
/// un[0..bn); an - bn + 1 quotient digits go to q.
///
/// The quotient estimate needs the divisor normalised (top bit set), i.e.
/// both operands shifted left by s bits. Shifting multiplies dividend and
/// divisor alike, so it changes neither the quotient digits nor, up to the
/// same factor, the partial remainders: only the top digits the estimate
/// reads are formed shifted, and the multiply-subtract works on the
/// operands as they are. No shifted copies, and no shift back at the end.
static void knuth_divide(kr_digit *q, kr_digit *un, size_t an, const kr_digit *v, size_t bn) {
    const unsigned s = (unsigned)kr_digit_clz(v[bn - 1]);
    const kr_ddigit vtop = shifted_digit(v, bn - 1, s), vnext = shifted_digit(v, bn - 2, s);
    for (size_t j = an - bn + 1; j-- > 0;) {
        // Estimate the quotient digit from the top two dividend digits, then
        // correct it with the next digit: at most one too large afterwards.
        kr_digit u2 = shifted_digit(un, j + bn, s), u1 = shifted_digit(un, j + bn - 1, s),
                 u0 = shifted_digit(un, j + bn - 2, s);
        kr_ddigit num = ((kr_ddigit)u2 << KR_DIGIT_BITS) | u1;
        kr_ddigit qhat = num / vtop, rhat = num % vtop;
        while ((qhat >> KR_DIGIT_BITS) != 0 || qhat * vnext > ((rhat << KR_DIGIT_BITS) | u0)) {
            qhat--;
            rhat += vtop;
            if ((rhat >> KR_DIGIT_BITS) != 0) break;
        }
        // Multiply and subtract qhat * v from un[j .. j + bn]. The borrow
        // folds into the product's carry: qhat * v + carry + 1 < B^2.
        kr_digit carry = 0;
        for (size_t i = 0; i < bn; i++) {
            kr_ddigit p = qhat * v[i] + carry;
            kr_digit lo = (kr_digit)p, u = un[i + j];
            un[i + j] = u - lo;
            carry = (kr_digit)(p >> KR_DIGIT_BITS) + (u < lo);
        }
        kr_digit top = un[j + bn];
        un[j + bn] = top - carry;
        if (top < carry) {
            // qhat was one too large (rare: about 2/B of the digits): add the
            // divisor back; the carry out cancels the borrow.
            qhat--;
            kr_ddigit c = 0;
            for (size_t i = 0; i < bn; i++) {
                c += (kr_ddigit)un[i + j] + v[i];
                un[i + j] = (kr_digit)c;
                c >>= KR_DIGIT_BITS;
            }
            un[j + bn] += (kr_digit)c;
        }
        q[j] = (kr_digit)qhat;
    }
}

/// r[0..n) = a - m * b over n digits (r may be null: the difference is
/// only looked at); returns the borrow out of the top digit, and ORs every
/// difference digit into *any.
static kr_digit sub_mul_digit(kr_digit *r, const kr_digit *a, const kr_digit *b, size_t n,
                              kr_digit m, kr_digit *any) {
    kr_digit carry = 0, bits = 0;
    for (size_t i = 0; i < n; i++) {
        kr_ddigit p = (kr_ddigit)m * b[i] + carry;
        kr_digit lo = (kr_digit)p, u = a[i], d = u - lo;
        carry = (kr_digit)(p >> KR_DIGIT_BITS) + (u < lo);
        bits |= d;
        if (r) r[i] = d;
    }
    *any |= bits;
    return carry;
}

/// Division of two magnitudes of the same length bn >= 2: the quotient is
/// one digit, and no copy of the dividend is needed. The estimate is
/// algorithm D's (at most one too large after the two-digit test); the
/// difference goes straight to the remainder, or nowhere when only the
/// quotient is wanted (its sign is the borrow out).
static void divide_same_length(kr_digit *q, kr_digit *r, const kr_digit *a, const kr_digit *b,
                               size_t bn, bool *rem_nonzero) {
    const unsigned s = (unsigned)kr_digit_clz(b[bn - 1]);
    const kr_ddigit vtop = shifted_digit(b, bn - 1, s), vnext = shifted_digit(b, bn - 2, s);
    // The shifted dividend has one more digit: the bits shifted out of a's top.
    kr_digit u2 = s ? a[bn - 1] >> (KR_DIGIT_BITS - s) : 0;
    kr_digit u1 = shifted_digit(a, bn - 1, s), u0 = shifted_digit(a, bn - 2, s);
    kr_ddigit num = ((kr_ddigit)u2 << KR_DIGIT_BITS) | u1;
    kr_ddigit qhat = num / vtop, rhat = num % vtop;
    while ((qhat >> KR_DIGIT_BITS) != 0 || qhat * vnext > ((rhat << KR_DIGIT_BITS) | u0)) {
        qhat--;
        rhat += vtop;
        if ((rhat >> KR_DIGIT_BITS) != 0) break;
    }
    kr_digit any = 0;
    if (sub_mul_digit(r, a, b, bn, (kr_digit)qhat, &any) != 0) {
        // One too large (rare): the remainder is the difference plus b.
        qhat--;
        any = 0;
        if (r) {
            kr_ddigit c = 0;
            for (size_t i = 0; i < bn; i++) {
                c += (kr_ddigit)r[i] + b[i];
                r[i] = (kr_digit)c;
                any |= r[i];
                c >>= KR_DIGIT_BITS;
            }
        } else {
            sub_mul_digit(nullptr, a, b, bn, (kr_digit)qhat, &any);
        }
    }
    q[0] = (kr_digit)qhat;
    *rem_nonzero = any != 0;
}

/// The quotient of a / b when it is one digit (an == bn, or an == bn + 1
/// with a's top digit below b's) and the top three digits of b prove it:
/// true with *q set (the remainder is then nonzero), false when the full
/// multiply-subtract must decide. bn >= 3.
///
/// The estimate qhat is algorithm D's: never below the quotient, at most
/// one above. With a = A B^k + A', b = V B^k + V' (k = bn - 3; A', V' below
/// B^k) and T = A - qhat V, a - qhat b = T B^k + A' - qhat V' > (T - B) B^k,
/// as qhat V' < B^(k+1). So T >= B makes the remainder positive and qhat
/// exact, and that is settled on four digits instead of bn: a floor
/// division whose quotient is small (a spigot's next digit) costs O(1)
/// past its operands' construction.
static bool quotient_from_top(const kr_digit *a, size_t an, const kr_digit *b, size_t bn,
                              kr_digit *q) {
    const unsigned s = (unsigned)kr_digit_clz(b[bn - 1]);
    const kr_ddigit vtop = shifted_digit(b, bn - 1, s), vnext = shifted_digit(b, bn - 2, s);
    // The dividend's digits at b's top two places and the one above, as
    // shifted by s (a's top digit is below b's, so nothing is shifted out).
    kr_digit u2 = an > bn ? shifted_digit(a, bn, s) : (s ? a[bn - 1] >> (KR_DIGIT_BITS - s) : 0);
    kr_digit u1 = shifted_digit(a, bn - 1, s), u0 = shifted_digit(a, bn - 2, s);
    kr_ddigit num = ((kr_ddigit)u2 << KR_DIGIT_BITS) | u1;
    kr_ddigit qhat = num / vtop, rhat = num % vtop;
    while ((qhat >> KR_DIGIT_BITS) != 0 || qhat * vnext > ((rhat << KR_DIGIT_BITS) | u0)) {
        qhat--;
        rhat += vtop;
        if ((rhat >> KR_DIGIT_BITS) != 0) break;
    }
    // p = qhat * V + B, four digits; false when it reaches B^4 or passes A.
    kr_digit p[4];
    kr_ddigit c = 0;
    for (size_t k = 0; k < 3; k++) {
        c += qhat * b[bn - 3 + k];
        p[k] = (kr_digit)c;
        c >>= KR_DIGIT_BITS;
    }
    p[3] = (kr_digit)c;
    size_t k = 1;
    while (k < 4 && ++p[k] == 0)
        k++;
    if (k == 4) return false;
    const kr_digit top[4] = {a[bn - 3], a[bn - 2], a[bn - 1], an > bn ? a[bn] : 0};
    for (size_t i = 4; i-- > 0;)
        if (top[i] != p[i]) {
            if (top[i] < p[i]) return false;
            break;
        }
    *q = (kr_digit)qhat;
    return true;
}

bool kr_mag_divrem(kr_digit *q, kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b,
                   size_t bn, bool *rem_nonzero) {
    if (!r && bn >= 3 && (an == bn || (an == bn + 1 && a[an - 1] < b[bn - 1])) &&
        quotient_from_top(a, an, b, bn, &q[0])) {
        if (an > bn) q[1] = 0;
        *rem_nonzero = true;
        return true;
    }
    if (bn == 1) {
        kr_digit rem = kr_mag_divmod_digit(q, a, an, b[0]);
        if (r) r[0] = rem;
        *rem_nonzero = rem != 0;
        return true;
    }
    if (an == bn) {
        divide_same_length(q, r, a, b, bn, rem_nonzero);
        return true;
    }
    kr_mag_scratch scratch;
    kr_digit *un = kr_mag_scratch_get(&scratch, an + 1);
    if (!un) return false;
    memcpy(un, a, an * sizeof(kr_digit));
    un[an] = 0;
    knuth_divide(q, un, an, b, bn);
    bool nonzero = false;
    for (size_t i = 0; i < bn && !nonzero; i++)
        nonzero = un[i] != 0;
    *rem_nonzero = nonzero;
    if (r) memcpy(r, un, bn * sizeof(kr_digit));
    kr_mag_scratch_put(&scratch);
    return true;
}

/// |a| < |b|: the floor quotient is 0 or -1 and no division is needed.
static bool divmod_small_dividend(kr_mpz *q, kr_mpz *r, const kr_mpz *a, const kr_mpz *b) {
    static const kr_digit one = 1;
    const kr_digit *ad = a->d, *bd = b->d;
    const size_t an = a->len, bn = b->len;
    const bool rneg = b->neg;
    if (an == 0 || a->neg == b->neg) {
        // Quotient 0, remainder a itself (sharing its digits).
        if (q) *q = {nullptr, 0, false};
        if (r) *r = {ad, an, an != 0 && rneg};
        return true;
    }
    // Opposite signs: quotient -1, remainder |b| - |a| on b's side.
    if (r) {
        kr_digit *d = kr_mpz_alloc_digits(bn);
        if (!d) return false;
        *r = {d, kr_mag_sub(d, bd, bn, ad, an), rneg};
    }
    if (q) *q = {&one, 1, true};
    return true;
}

bool kr_mpz_divmod(kr_mpz *q, kr_mpz *r, const kr_mpz *a, const kr_mpz *b) {
    if (kr_mag_cmp(a->d, a->len, b->d, b->len) < 0) return divmod_small_dividend(q, r, a, b);
    // Read everything of a and b first: q or r may be a's or b's struct.
    const bool qneg = a->neg != b->neg, rneg = b->neg;
    const kr_digit *ad = a->d, *bd = b->d;
    const size_t an = a->len, bn = b->len, qn = an - bn + 1;
    // The quotient gets one spare digit for the floor adjustment's carry;
    // when only the remainder is wanted it is scratch.
    kr_mag_scratch qscratch;
    kr_digit *qd = q ? kr_mag_alloc_raw(qn + 1) : kr_mag_scratch_get(&qscratch, qn);
    if (!qd) return false;
    kr_digit *rd = r ? kr_mag_alloc_raw(bn) : nullptr;
    bool nonzero;
    if ((r && !rd) || !kr_mag_divrem(qd, rd, ad, an, bd, bn, &nonzero)) {
        if (q)
            kr_mag_release(qd);
        else
            kr_mag_scratch_put(&qscratch);
        return false;
    }
    size_t qlen = kr_mag_normalize(qd, qn), rlen = r ? kr_mag_normalize(rd, bn) : 0;
    if (qneg && nonzero) {
        // Truncation rounded toward zero; floor needs one step further down,
        // which moves the remainder to the divisor's side: |b| - |r|.
        if (q) {
            size_t i = 0;
            while (i < qlen && ++qd[i] == 0)
                i++;
            if (i == qlen) qd[qlen++] = 1;
        }
        if (r) rlen = kr_mag_sub(rd, bd, bn, rd, rlen);
    }
    if (q)
        *q = {qd, qlen, qlen != 0 && qneg};
    else
        kr_mag_scratch_put(&qscratch);
    if (r) *r = {rd, rlen, rlen != 0 && rneg};
    return true;
}

/// Free `dead`'s digits unless `keep` uses them too.
static void release_unless_shared(const kr_mpz *dead, const kr_mpz *keep) {
    if (dead->d != keep->d) kr_mag_release(dead->d);
}

/// r = (x * y) mod m, freeing the product (and never x or y).
static bool mul_mod(kr_mpz *r, const kr_mpz *x, const kr_mpz *y, const kr_mpz *m) {
    kr_mpz t, red;
    if (!kr_mpz_mul(&t, x, y) || !kr_mpz_divmod(nullptr, &red, &t, m)) return false;
    release_unless_shared(&t, &red);
    *r = red;
    return true;
}

bool kr_mpz_pow_mod(kr_mpz *r, const kr_mpz *base, const kr_mpz *exp, const kr_mpz *mod) {
    static const kr_digit one = 1;
    const kr_mpz unit = {&one, 1, false};
    kr_mpz result, b;
    if (!kr_mpz_divmod(nullptr, &b, base, mod) || !kr_mpz_divmod(nullptr, &result, &unit, mod))
        return false;
    // Each partial result is dead once the next exists; it never shares
    // digits with b (products are fresh), but guard base's and b's anyway.
    for (size_t i = kr_mpz_bit_length(exp); i-- > 0;) {
        kr_mpz next;
        if (!mul_mod(&next, &result, &result, mod)) return false;
        if (result.d != b.d && result.d != base->d) kr_mag_release(result.d);
        result = next;
        if ((exp->d[i / KR_DIGIT_BITS] >> (i % KR_DIGIT_BITS)) & 1) {
            if (!mul_mod(&next, &result, &b, mod)) return false;
            if (result.d != b.d && result.d != base->d) kr_mag_release(result.d);
            result = next;
        }
    }
    *r = result;
    return true;
}
