//===- runtime/int.h - the int type -----------------------------*- C++ -*-===//
//
// Python ints are small ints (tagged words, see object.h) while they fit and
// heap objects wrapping an mpz otherwise. Every result is normalised: a value
// that fits a small int is always a small int, so a heap int is never equal
// to a small int and equality of two heap ints is digit equality.
//
// bool is a subclass of int. The entry points below accept True and False as
// 1 and 0 wherever they accept an int, so bool's slots delegate here.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_INT_H
#define KRAIT_RUNTIME_INT_H

#include "mpz.h"
#include "object.h"

/// Bits of a heap int's hash (kr_mpz_hash): the hash must fit a small int.
#define KR_INT_HASH_BITS (sizeof(kr_int) == 8 ? 61u : 29u)

/// A heap int: a value outside the small-int range.
struct kr_bigint {
    kr_object base;
    kr_mpz z;
};

/// True for small ints and heap ints (not bools).
inline bool kr_is_int_exact(kr_value v) {
    return kr_is_small_int(v) || (kr_is_obj(v) && kr_obj(v)->type == &kr_type_int);
}
/// True for ints and bools: the operands int arithmetic accepts.
inline bool kr_is_intlike(kr_value v) {
    return kr_is_int_exact(v) || v == kr_val(&kr_True) || v == kr_val(&kr_False);
}

/// The int value of an mpz: a small int when it fits, else a new heap int
/// sharing z's digits. 0 with MemoryError pending.
kr_value kr_int_from_mpz(const kr_mpz *z);
/// View an int or bool value as an mpz without allocating: small values use
/// `buf`, heap ints expose their own digits. v must satisfy kr_is_intlike.
void kr_int_as_mpz(kr_value v, kr_mpz *z, kr_digit buf[KR_MPZ_I64_DIGITS]);

/// The int slot functions, for bool's type object to delegate to: operands
/// may be ints or bools (bools act as 0 and 1). Other operands give
/// KR_NOTIMPL, except that float operands are handed to float arithmetic.
kr_value kr_int_binary_op(enum kr_binary_op op, kr_value lhs, kr_value rhs);
kr_value kr_int_unary_op(enum kr_unary_op op, kr_value v);

/// pow(base, exp, mod) for ints: TypeError unless all three are ints,
/// ValueError for a negative exponent or a zero modulus.
kr_value kr_int_pow3(kr_value base, kr_value exp, kr_value mod);

/// Compare int (or bool) `a` with double `b` exactly: -1, 0, 1, or 2 when b
/// is NaN (unordered).
int kr_int_compare_double(kr_value a, double b);

/// The int nearest toward zero of a finite double; OverflowError "can't
/// convert inf to int" / ValueError "can't convert NaN to int" otherwise.
kr_value kr_int_from_double(double d);

/// Parse a Python int literal as int(s, base) does: surrounding whitespace,
/// a sign, underscores between digits, and for base 0 (or a matching base)
/// the 0x/0o/0b prefixes. `str_value` is the original argument, for the
/// ValueError message. base is 0 or 2..36.
kr_value kr_int_parse(const char *s, size_t len, unsigned base, kr_value str_value);

/// round(x[, ndigits]) for an int or bool x: x itself (as an int) when
/// ndigits is absent (0), None or >= 0, otherwise x rounded to a multiple of
/// 10**-ndigits with ties to even.
kr_value kr_int_round(kr_value x, kr_value ndigits);

/// The digits of |v| (an int or bool) in `base` (2..36, lower case), most
/// significant first, NUL-terminated in a GC buffer; *neg gets the sign.
/// Null with MemoryError pending. For format specs on big ints.
char *kr_int_to_chars(kr_value v, unsigned base, size_t *len, bool *neg);

/// hex(v), oct(v), bin(v): the str "-0x1f" etc. for base 16, 8 or 2 (prefix
/// 0x/0o/0b), or decimal without prefix for base 10.
kr_value kr_int_format_base(kr_value v, unsigned base);

/// The int type's methods (bit_length, from_bytes, to_bytes), in int_bytes.cpp.
extern "C" const kr_attr_entry kr_int_attrs[];

/// The ndigits argument of round(): an int or bool as int64_t, with values
/// beyond +-2^40 clamped (they round everything or nothing alike).
/// TypeError "can't convert <type> to int" for other types.
bool kr_int_clamped(kr_value v, int64_t *out);

/// The int as a double (inf when out of range, as MicroPython does).
double kr_int_to_double(kr_value v);

/// The value as a machine word; OverflowError "overflow converting long int
/// to machine word" when it does not fit.
bool kr_int_to_word(kr_value v, kr_int *out);

#endif // KRAIT_RUNTIME_INT_H
