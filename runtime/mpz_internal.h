//===- runtime/mpz_internal.h - digit-array primitives ----------*- C++ -*-===//
//
// The magnitude (unsigned digit array) routines mpz.cpp and mpz_convert.cpp
// share. Not for use outside the mpz files.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_MPZ_INTERNAL_H
#define KRAIT_RUNTIME_MPZ_INTERNAL_H

#include "mpz.h"
#include "object.h"

/// The length of d[0..n) without leading zero digits.
size_t kr_mag_normalize(const kr_digit *d, size_t n);
/// Compare two normalised magnitudes: -1, 0, 1.
int kr_mag_cmp(const kr_digit *a, size_t an, const kr_digit *b, size_t bn);
/// r = a + b; r has room for max(an, bn) + 1 digits. Returns r's length.
size_t kr_mag_add(kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b, size_t bn);
/// r = a - b for a >= b; r has room for an digits. Returns r's length.
size_t kr_mag_sub(kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b, size_t bn);
/// r = a * b; r has room for an + bn digits (r may not overlap a or b).
size_t kr_mag_mul(kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b, size_t bn);
/// r = a * b for an >= bn, by Karatsuba when both are long (mpz_mul.cpp);
/// r has room for an + bn digits. False with MemoryError pending.
bool kr_mag_mul_fast(kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b, size_t bn);
/// q = a / d (an digits written), returns a % d. q may equal a.
kr_digit kr_mag_divmod_digit(kr_digit *q, const kr_digit *a, size_t an, kr_digit d);
/// r[0..n) = r * m + add in place; returns the carry out.
kr_digit kr_mag_mul_add_digit(kr_digit *r, size_t n, kr_digit m, kr_digit add);
/// Truncating division of magnitudes (b nonzero): non-negative q and r.
bool kr_mag_divmod(kr_mpz *q, kr_mpz *r, const kr_digit *a, size_t an, const kr_digit *b,
                   size_t bn);

#endif // KRAIT_RUNTIME_MPZ_INTERNAL_H
