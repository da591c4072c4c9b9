//===- runtime/mpz_internal.h - digit-array primitives ----------*- C++ -*-===//
//
// The magnitude (unsigned digit array) routines the mpz files share. Not for
// use outside them. Every routine is written in terms of kr_digit and
// KR_DIGIT_BITS only, so it is exact for either digit width (mpz.h).
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_MPZ_INTERNAL_H
#define KRAIT_RUNTIME_MPZ_INTERNAL_H

#include "mpz.h"
#include "object.h"

/// Scratch digits a routine may take from its own stack frame before it
/// falls back to the heap: 256 bytes on 32-bit targets (microcontroller
/// stacks are a few KB), 8 KB on 64-bit hosts, whose stacks are megabytes
/// with a reserve kept below the recursion limit.
#define KR_MAG_STACK_DIGITS ((sizeof(void *) >= 8 ? 8192 : 256) / sizeof(kr_digit))

/// n digits of atomic GC memory with undefined contents, for results the
/// caller writes in full. Null with MemoryError pending.
kr_digit *kr_mag_alloc_raw(size_t n);
/// Scratch digits for one routine: its own stack buffer when they fit, else
/// a heap array freed (kr_gc_free) when the routine is done with it.
struct kr_mag_scratch {
    kr_digit *d = nullptr; ///< the digits handed out
    kr_digit stack[KR_MAG_STACK_DIGITS];
};
/// `n` scratch digits (contents undefined) from `s`. Null with MemoryError
/// pending. Give them back with kr_mag_scratch_put.
kr_digit *kr_mag_scratch_get(kr_mag_scratch *s, size_t n);
/// Give back what kr_mag_scratch_get handed out (nothing when it failed).
void kr_mag_scratch_put(kr_mag_scratch *s);
/// Free a digit array from kr_mpz_alloc_digits that nothing refers to any
/// more (an intermediate result); ignores null and non-heap pointers.
void kr_mag_release(const kr_digit *d);

/// The length of d[0..n) without leading zero digits.
size_t kr_mag_normalize(const kr_digit *d, size_t n);
/// Compare two normalised magnitudes: -1, 0, 1.
int kr_mag_cmp(const kr_digit *a, size_t an, const kr_digit *b, size_t bn);
/// r = a + b; r has room for max(an, bn) + 1 digits. Returns r's length.
/// r may be a or b.
size_t kr_mag_add(kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b, size_t bn);
/// r = a - b for a >= b; r has room for an digits. Returns r's length.
/// r may be a or b.
size_t kr_mag_sub(kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b, size_t bn);
/// r[0..n) = a * m; returns the carry out (the digit r[n] would take). r may
/// be a.
kr_digit kr_mag_mul_digit(kr_digit *r, const kr_digit *a, size_t n, kr_digit m);
/// r[0..n) += a * m; returns the carry out. r may not overlap a.
kr_digit kr_mag_addmul_digit(kr_digit *r, const kr_digit *a, size_t n, kr_digit m);
/// r = a * b by schoolbook; writes all an + bn digits of r (r may not overlap
/// a or b; operands need not be normalised). Returns r's normalised length.
size_t kr_mag_mul(kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b, size_t bn);
/// r = a * b for an >= bn, by Karatsuba when both are long (mpz_mul.cpp);
/// r has room for an + bn digits. False with MemoryError pending.
bool kr_mag_mul_fast(kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b, size_t bn);
/// q = a / d (an digits written), returns a % d. q may equal a.
kr_digit kr_mag_divmod_digit(kr_digit *q, const kr_digit *a, size_t an, kr_digit d);
/// r[0..n) = r * m + add in place; returns the carry out.
kr_digit kr_mag_mul_add_digit(kr_digit *r, size_t n, kr_digit m, kr_digit add);
/// Truncating division of magnitudes with |a| >= |b|, an >= bn >= 1, both
/// normalised: writes an - bn + 1 quotient digits to q and, when r is not
/// null, bn remainder digits to r (neither normalised; neither may overlap
/// a or b). *rem_nonzero tells whether the remainder is nonzero. False with
/// MemoryError pending (scratch for long divisors).
bool kr_mag_divrem(kr_digit *q, kr_digit *r, const kr_digit *a, size_t an, const kr_digit *b,
                   size_t bn, bool *rem_nonzero);

#endif // KRAIT_RUNTIME_MPZ_INTERNAL_H
