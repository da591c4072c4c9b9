//===- runtime/mpz.h - arbitrary-precision integer arithmetic ---*- C++ -*-===//
//
// Sign-magnitude integers over machine-word digits: 64-bit digits with
// 128-bit intermediates where the compiler has them (64-bit hosts), 32-bit
// digits with 64-bit intermediates elsewhere (32-bit microcontrollers). One
// implementation serves both: the code uses only kr_digit, kr_ddigit and
// KR_DIGIT_BITS, and defining KRAIT_MPZ_DIGIT32 forces 32-bit digits on any
// host (to test that configuration). A kr_mpz is a small value struct
// naming an immutable digit array: operations allocate a fresh array for
// their result (on the GC heap, atomic) and never modify their operands, so
// results may share digits with inputs (negation does). Every operation
// that allocates returns false with MemoryError pending when the heap is
// exhausted.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_MPZ_H
#define KRAIT_RUNTIME_MPZ_H

#include <stddef.h>
#include <stdint.h>

#if defined(__SIZEOF_INT128__) && !defined(KRAIT_MPZ_DIGIT32)
/// One base-2^64 digit and the double-width type products are formed in.
typedef uint64_t kr_digit;
typedef unsigned __int128 kr_ddigit;
#define KR_DIGIT_BITS 64
#else
/// One base-2^32 digit and the double-width type products are formed in.
typedef uint32_t kr_digit;
typedef uint64_t kr_ddigit;
#define KR_DIGIT_BITS 32
#endif

/// Leading zero bits of a nonzero digit.
inline int kr_digit_clz(kr_digit d) {
    return sizeof(kr_digit) == sizeof(unsigned long long) ? __builtin_clzll((unsigned long long)d)
                                                          : __builtin_clz((unsigned)d);
}

/// An arbitrary-precision integer.
struct kr_mpz {
    const kr_digit *d; ///< little-endian digits; may be null when len == 0
    size_t len;        ///< significant digits (no leading zeros); 0 is zero
    bool neg;          ///< sign; never set for zero
};

/// Digits enough to hold any int64_t magnitude, for stack-backed operands.
#define KR_MPZ_I64_DIGITS (64 / KR_DIGIT_BITS)

/// n zeroed digits of atomic GC memory; null with MemoryError pending.
kr_digit *kr_mpz_alloc_digits(size_t n);

//===--- Construction and conversion -----------------------------------===//

/// Make `z` name the value `v`, using the caller's buffer `buf` (no
/// allocation): for turning a machine int into a temporary operand.
void kr_mpz_set_i64(kr_mpz *z, kr_digit buf[KR_MPZ_I64_DIGITS], int64_t v);
/// An allocated copy of `v`.
bool kr_mpz_from_i64(kr_mpz *z, int64_t v);
/// The integer part of a finite double (truncated toward zero).
bool kr_mpz_from_double(kr_mpz *z, double v);
/// Parse `len` digit characters in `base` (2..36), no sign, no separators;
/// the caller has validated them. The result is non-negative.
bool kr_mpz_from_digits(kr_mpz *z, const char *s, size_t len, unsigned base);
/// The value as int64_t when it fits.
bool kr_mpz_to_i64(const kr_mpz *z, int64_t *out);
/// The nearest double (round-half-even); +-inf when out of range.
double kr_mpz_to_double(const kr_mpz *z);
/// a / b correctly rounded (b nonzero); +-inf when out of range.
bool kr_mpz_true_divide(const kr_mpz *a, const kr_mpz *b, double *out);
/// The digits of |z| in `base` (2..36, lower-case letters), most significant
/// first, NUL-terminated, in a GC-allocated buffer; *len_out gets the length.
/// No sign, no prefix. Null with MemoryError pending on failure.
char *kr_mpz_to_chars(const kr_mpz *z, unsigned base, size_t *len_out);

//===--- Queries ----------------------------------------------------------===//

/// True for zero.
inline bool kr_mpz_is_zero(const kr_mpz *z) {
    return z->len == 0;
}
/// Number of bits of |z| (0 for zero).
size_t kr_mpz_bit_length(const kr_mpz *z);
/// -1, 0 or 1 as a is less than, equal to or greater than b.
int kr_mpz_cmp(const kr_mpz *a, const kr_mpz *b);
/// A hash of the value that fits in `bits` bits (plus sign), equal to the
/// value itself when |z| < 2^bits - 1 (the value reduced mod 2^bits - 1).
int64_t kr_mpz_hash(const kr_mpz *z, unsigned bits);

//===--- Arithmetic ------------------------------------------------------===//
// A result struct may be an operand's own struct; results may share digits
// with operands.

/// r = -a (shares a's digits).
inline void kr_mpz_neg(kr_mpz *r, const kr_mpz *a) {
    *r = *a;
    r->neg = a->len != 0 && !a->neg;
}
/// r = a + b.
bool kr_mpz_add(kr_mpz *r, const kr_mpz *a, const kr_mpz *b);
/// r = a - b.
bool kr_mpz_sub(kr_mpz *r, const kr_mpz *a, const kr_mpz *b);
/// r = a * b (Karatsuba for long operands).
bool kr_mpz_mul(kr_mpz *r, const kr_mpz *a, const kr_mpz *b);
/// Floor division and modulo (Python semantics: the remainder takes the
/// divisor's sign). b must be nonzero; q or r may be null when unwanted.
bool kr_mpz_divmod(kr_mpz *q, kr_mpz *r, const kr_mpz *a, const kr_mpz *b);
/// r = base ** exp.
bool kr_mpz_pow(kr_mpz *r, const kr_mpz *base, uint64_t exp);
/// r = (base ** exp) % mod with floor semantics; exp >= 0, mod nonzero.
bool kr_mpz_pow_mod(kr_mpz *r, const kr_mpz *base, const kr_mpz *exp, const kr_mpz *mod);
/// r = a * 2**bits.
bool kr_mpz_shl(kr_mpz *r, const kr_mpz *a, size_t bits);
/// r = floor(a / 2**bits) (an arithmetic shift on negatives).
bool kr_mpz_shr(kr_mpz *r, const kr_mpz *a, size_t bits);

/// Bitwise operators with two's-complement semantics on negative values.
enum kr_mpz_bitop { KR_MPZ_AND, KR_MPZ_OR, KR_MPZ_XOR };
/// r = a & b, a | b or a ^ b.
bool kr_mpz_bitwise(kr_mpz *r, kr_mpz_bitop op, const kr_mpz *a, const kr_mpz *b);

#endif // KRAIT_RUNTIME_MPZ_H
