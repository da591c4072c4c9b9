//===- runtime/floatobj.h - the float type ----------------------*- C++ -*-===//
//
// Boxed doubles. (Named floatobj.h rather than float.h: the runtime directory
// is on the include path, and a float.h here would hide the C header.)
//
// float arithmetic accepts int and bool operands on either side, so both
// `1 + 2.0` and `2.0 + 1` are handled by whichever slot the dispatcher asks.
// repr() follows CPython: the shortest digits that round-trip, fixed
// notation for 1e-4 <= |x| < 1e16, exponent notation otherwise.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_FLOATOBJ_H
#define KRAIT_RUNTIME_FLOATOBJ_H

#include "object.h"

/// A float object.
struct kr_float {
    kr_object base;
    double value;
};

/// True when v is a float object.
inline bool kr_is_float(kr_value v) {
    return kr_is_obj(v) && kr_obj(v)->type == &kr_type_float;
}

/// The float slot functions.
kr_value kr_float_binary_op(enum kr_binary_op op, kr_value lhs, kr_value rhs);
kr_value kr_float_unary_op(enum kr_unary_op op, kr_value v);

/// A binary operator or comparison on two doubles, with Python semantics
/// (floor division and modulo round toward -inf; ZeroDivisionError "divide
/// by zero"). Comparisons give bools; KR_NOTIMPL for other operators.
kr_value kr_float_binary_double(enum kr_binary_op op, double a, double b);
/// `a ** b` of floats whose result is real (the caller checked the base):
/// pow(), but `x ** 0.5` is the correctly rounded square root.
double kr_float_pow(double a, double b);

/// Write repr(v) (also str(v)) as NUL-terminated text into buf; returns its
/// length. 32 bytes always suffice.
size_t kr_float_format_repr(double v, char buf[32]);

/// Parse float(s): surrounding whitespace, a sign, decimal digits with
/// optional '_' separators, fraction and exponent, or inf/infinity/nan.
/// ValueError "could not convert string to float: <repr>" naming
/// `str_value` otherwise.
kr_value kr_float_parse(const char *s, size_t len, kr_value str_value);
/// The float spelled by exactly [p, end) (no surrounding spaces): an optional
/// sign, then digits with single '_' separators, an optional fraction and
/// exponent, or inf, infinity or nan in any case. 1 with *out set, 0 when
/// malformed (nothing raised), -1 with MemoryError pending.
int kr_float_parse_exact(const char *p, const char *end, double *out);

/// hash(v): the int's hash for integral values (so hash(1.0) == hash(1)),
/// a mix of the bits otherwise. Always fits a small int.
kr_int kr_float_hash(double v);

/// round(x) and round(x, ndigits) for a float x. With ndigits 0 (absent) or
/// kr_None the result is the nearest int (ties to even); otherwise a float
/// rounded to ndigits decimal places.
kr_value kr_float_round(kr_value x, kr_value ndigits);

/// printf's %.*e, %.*f or %.*g (type e E f F g G, '#' when `alt`) of a
/// non-negative double, with exactly rounded digits (half to even) at any
/// precision, independent of the C library. "inf"/"nan" (upper case for E F
/// G). A NUL-terminated GC string and its length; null on MemoryError.
char *kr_float_format_exact(double mag, char type, int prec, bool alt, size_t *len);

/// The decimal exponent of finite mag > 0 once rounded to `digits`
/// significant digits (what %g compares with its precision); 0 for zero.
/// False on MemoryError.
bool kr_float_decimal_exponent(double mag, int digits, int *out);

#endif // KRAIT_RUNTIME_FLOATOBJ_H
