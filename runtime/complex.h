//===- runtime/complex.h - the complex type ---------------------*- C++ -*-===//
//
// Boxed pairs of doubles. complex arithmetic accepts int, bool and float
// operands on either side: the int and float slots hand a complex right
// operand to kr_complex_binary_values, so `1 + 2j` and `2j + 1` agree.
// complex numbers are unordered: <, <=, > and >= are unsupported (TypeError
// from the dispatcher); == compares both parts.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_COMPLEX_H
#define KRAIT_RUNTIME_COMPLEX_H

#include "object.h"

extern "C" const kr_type kr_type_complex;

/// A complex object.
struct kr_complex {
    kr_object base;
    double real, imag;
};

/// True when v is a complex object.
inline bool kr_is_complex(kr_value v) {
    return kr_is_obj(v) && kr_obj(v)->type == &kr_type_complex;
}

/// A new complex value; 0 on MemoryError. (C linkage: generated code boxes
/// unboxed complex values with it; runtime.h declares it too.)
extern "C" kr_value kr_complex_new(double real, double imag);

/// Any number (int, bool, float, complex) as a complex pair; false, with
/// nothing raised, for other types.
bool kr_number_to_complex(kr_value v, double *real, double *imag);

/// A binary operator on two complex numbers given by their parts, with
/// MicroPython's errors: ZeroDivisionError for division by zero, TypeError
/// for floor division, KR_NOTIMPL for ordering, %, divmod and bitwise ops.
kr_value kr_complex_binary_values(enum kr_binary_op op, double ar, double ai, double br, double bi);

/// The complex slot functions.
kr_value kr_complex_binary_op(enum kr_binary_op op, kr_value lhs, kr_value rhs);
kr_value kr_complex_unary_op(enum kr_unary_op op, kr_value v);

/// Parse complex(s): optional whitespace and parentheses around a real, an
/// imaginary (`2j`, `-j`) or a `real+imagj` sum. ValueError otherwise.
kr_value kr_complex_parse(const char *s, size_t len);

#endif // KRAIT_RUNTIME_COMPLEX_H
