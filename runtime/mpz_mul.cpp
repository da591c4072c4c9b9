//===- runtime/mpz_mul.cpp - Karatsuba multiplication ---------------------===//
//
// Products of two long operands split each in halves and form three half-size
// products instead of four (Karatsuba, 1962), recursively, down to the
// schoolbook routine below KR_KARATSUBA_DIGITS. A long operand times a much
// shorter one is done in slices the length of the shorter one.
//
//===----------------------------------------------------------------------===//
#include "mpz.h"
#include "mpz_internal.h"

#include <string.h>

/// Below this many digits in the shorter operand, schoolbook is faster.
#define KR_KARATSUBA_DIGITS 40

/// r[0..rn) += x[0..xn) (xn <= rn); the sum is known to fit in rn digits.
static void add_into(kr_digit *r, size_t rn, const kr_digit *x, size_t xn) {
    kr_ddigit carry = 0;
    size_t i = 0;
    for (; i < xn; i++) {
        carry += (kr_ddigit)r[i] + x[i];
        r[i] = (kr_digit)carry;
        carry >>= KR_DIGIT_BITS;
    }
    for (; carry && i < rn; i++) {
        carry += r[i];
        r[i] = (kr_digit)carry;
        carry >>= KR_DIGIT_BITS;
    }
}

/// r[0..rn) -= x[0..xn) (xn <= rn); the difference is known to be >= 0.
static void sub_from(kr_digit *r, size_t rn, const kr_digit *x, size_t xn) {
    kr_digit borrow = 0;
    size_t i = 0;
    for (; i < xn; i++) {
        kr_ddigit t = (kr_ddigit)r[i] - x[i] - borrow;
        r[i] = (kr_digit)t;
        borrow = (kr_digit)(t >> (2 * KR_DIGIT_BITS - 1));
    }
    for (; borrow && i < rn; i++) {
        borrow = r[i] == 0;
        r[i]--;
    }
}

/// r[0..an+bn) = a * b for an >= bn >= 1 (operands need not be normalised).
/// `scratch` holds enough digits for every level below (see kr_mag_mul_fast).
static void karatsuba(kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b, size_t bn,
                      kr_digit *scratch) {
    if (bn < KR_KARATSUBA_DIGITS) {
        kr_mag_mul(r, a, an, b, bn);
        return;
    }
    size_t m = (an + 1) / 2;
    if (bn <= m) {
        // Unbalanced: multiply b by slices of a as long as b, and add.
        memset(r, 0, (an + bn) * sizeof(kr_digit));
        kr_digit *t = scratch;
        for (size_t i = 0; i < an; i += bn) {
            size_t cn = an - i < bn ? an - i : bn;
            if (cn == bn)
                karatsuba(t, a + i, cn, b, bn, scratch + 2 * bn);
            else
                karatsuba(t, b, bn, a + i, cn, scratch + 2 * bn);
            add_into(r + i, an + bn - i, t, cn + bn);
        }
        return;
    }
    // a = a1 B^m + a0, b = b1 B^m + b0, and
    // a b = z2 B^2m + (z1 - z2 - z0) B^m + z0 with z1 = (a0 + a1)(b0 + b1).
    const kr_digit *a0 = a, *a1 = a + m, *b0 = b, *b1 = b + m;
    size_t a1n = an - m, b1n = bn - m;
    karatsuba(r, a0, m, b0, m, scratch);             // z0 in r[0, 2m)
    karatsuba(r + 2 * m, a1, a1n, b1, b1n, scratch); // z2 in r[2m, an + bn)
    kr_digit *sa = scratch, *sb = scratch + m + 1, *z1 = scratch + 2 * (m + 1);
    memset(sa, 0, 2 * (m + 1) * sizeof(kr_digit));
    memcpy(sa, a0, m * sizeof(kr_digit));
    add_into(sa, m + 1, a1, a1n);
    memcpy(sb, b0, m * sizeof(kr_digit));
    add_into(sb, m + 1, b1, b1n);
    karatsuba(z1, sa, m + 1, sb, m + 1, z1 + 2 * (m + 1));
    size_t z1n = 2 * (m + 1);
    sub_from(z1, z1n, r, 2 * m);
    sub_from(z1, z1n, r + 2 * m, an + bn - 2 * m);
    // The middle term is below B^(an + bn - m): its top digits are zero.
    size_t room = an + bn - m;
    add_into(r + m, room, z1, z1n < room ? z1n : room);
}

bool kr_mag_mul_fast(kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b, size_t bn) {
    if (bn < KR_KARATSUBA_DIGITS) {
        kr_mag_mul(r, a, an, b, bn);
        return true;
    }
    // Each level needs at most 4m + 4 <= 2an + 6 digits plus the levels
    // below it on inputs of about half the size: 4an plus a little per level.
    kr_mag_scratch s;
    kr_digit *scratch = kr_mag_scratch_get(&s, 4 * an + 16 * 64);
    if (!scratch) return false;
    karatsuba(r, a, an, b, bn, scratch);
    kr_mag_scratch_put(&s);
    return true;
}
