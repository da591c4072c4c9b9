//===- numbers_test.h - helpers for the numeric runtime tests ---*- C++ -*-===//
#ifndef KRAIT_TESTS_NUMBERS_TEST_H
#define KRAIT_TESTS_NUMBERS_TEST_H

#include "rt_test_support.h"

#include "exception.h"
#include "floatobj.h"
#include "int.h"

/// repr() of an int or float value (small ints included).
std::string num_repr(kr_value v);
/// An int from optional '-' and decimal digits.
kr_value int_of(const char *text);
/// int(text, base) through the parser.
kr_value parse_int(const char *text, unsigned base);
/// The binary operator spelled `op` ("+", "//", "<<", ...) or -1.
int binary_op_code(const std::string &op);
/// lhs op rhs through the left operand's slot, as the dispatcher calls it.
kr_value num_binop(enum kr_binary_op op, kr_value lhs, kr_value rhs);

#endif
