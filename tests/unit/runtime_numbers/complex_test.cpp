//===- complex_test.cpp - the complex type: parsing, arithmetic, repr -----===//
#include "numbers_test.h"

#include "complex.h"

#include <gtest/gtest.h>

#include <math.h>
#include <string.h>

namespace {

/// repr() of any value, or "Type: message" when it raised.
std::string show(kr_value v) {
    if (!v) return take_error();
    kr_value s = kr_obj_repr(v);
    if (!s) return take_error();
    size_t n;
    const char *d = kr_str_data(s, &n);
    return std::string(d, n);
}

std::string parse(const char *s) {
    return show(kr_complex_parse(s, strlen(s)));
}

std::string op(enum kr_binary_op o, double ar, double ai, double br, double bi) {
    return show(kr_complex_binary_values(o, ar, ai, br, bi));
}

const kr_complex *as_complex(kr_value v) {
    return (const kr_complex *)kr_obj(v);
}

TEST(Complex, ParseForms) {
    EXPECT_EQ(parse("1+2j"), "(1+2j)");
    EXPECT_EQ(parse("  (3-4.5J)  "), "(3-4.5j)");
    EXPECT_EQ(parse("j"), "1j");
    EXPECT_EQ(parse("-j"), "-1j");
    EXPECT_EQ(parse("+1e3j"), "1000j");
    EXPECT_EQ(parse("1e-3-1E+3j"), "(0.001-1000j)");
    EXPECT_EQ(parse("2"), "(2+0j)");
    EXPECT_EQ(parse("-inf+nanj"), "(-inf+nanj)");
    EXPECT_EQ(parse("1_0+2_0j"), "(10+20j)");
}

TEST(Complex, ParseRejects) {
    for (const char *bad : {"", " ", "()", "(1+2j", "1+", "1+2", "1+2i", "j1", "1 + 2j", "++1j",
                            "1__0j", "1+2j+3j", "e5j", "1e+j", "nanx"}) {
        EXPECT_EQ(parse(bad), "ValueError: invalid syntax for number") << bad;
    }
}

TEST(Complex, Repr) {
    EXPECT_EQ(show(kr_complex_new(0, 1)), "1j");
    EXPECT_EQ(show(kr_complex_new(-0.0, -1)), "(-0-1j)");
    EXPECT_EQ(show(kr_complex_new(0, -0.0)), "-0j");
    EXPECT_EQ(show(kr_complex_new(1.5, 0)), "(1.5+0j)");
    EXPECT_EQ(show(kr_complex_new(1e20, 1e-20)), "(1e+20+1e-20j)");
    EXPECT_EQ(show(kr_complex_new(NAN, INFINITY)), "(nan+infj)");
}

TEST(Complex, DivisionAvoidsOverflow) {
    // The textbook formula squares 1e300; Smith's scaling does not.
    EXPECT_EQ(op(KR_BINARY_TRUE_DIVIDE, 1e300, 1e300, 1e300, 1e300), "(1+0j)");
    EXPECT_EQ(op(KR_BINARY_TRUE_DIVIDE, 1, 0, 1e-300, 1e-300),
              "(4.9999999999999995e+299-4.9999999999999995e+299j)");
    EXPECT_EQ(op(KR_BINARY_TRUE_DIVIDE, 1e-320, 1e-320, 1e-320, 2e-320), "(0.6-0.2j)");
    EXPECT_EQ(op(KR_BINARY_TRUE_DIVIDE, 1, 2, 0, 0), "ZeroDivisionError: complex divide by zero");
}

TEST(Complex, IntegerPowersAreExact) {
    EXPECT_EQ(op(KR_BINARY_POWER, 1, 2, 2, 0), "(-3+4j)");
    EXPECT_EQ(op(KR_BINARY_POWER, 1, 1, 8, 0), "(16+0j)");
    EXPECT_EQ(op(KR_BINARY_POWER, 0, 1, 4, 0), "(1+0j)");
    EXPECT_EQ(op(KR_BINARY_POWER, 1, 1, -2, 0), "-0.5j");
    EXPECT_EQ(op(KR_BINARY_POWER, 0, 0, 0, 0), "(1+0j)");
    EXPECT_EQ(op(KR_BINARY_POWER, 0, 0, -1, 0), "ZeroDivisionError: 0.0 to a complex power");
    EXPECT_EQ(op(KR_BINARY_POWER, 0, 0, 1, 1), "ZeroDivisionError: 0.0 to a complex power");
}

TEST(Complex, UnsupportedOperators) {
    EXPECT_EQ(kr_complex_binary_values(KR_BINARY_LT, 1, 0, 2, 0), KR_NOTIMPL);
    EXPECT_EQ(kr_complex_binary_values(KR_BINARY_MODULO, 1, 0, 2, 0), KR_NOTIMPL);
    EXPECT_EQ(kr_complex_binary_values(KR_BINARY_AND, 1, 0, 2, 0), KR_NOTIMPL);
    EXPECT_EQ(op(KR_BINARY_FLOOR_DIVIDE, 1, 0, 2, 0),
              "TypeError: can't truncate-divide a complex number");
    EXPECT_EQ(op(KR_BINARY_INPLACE_ADD, 1, 2, 3, 4), "(4+6j)");
}

TEST(Complex, MixedOperandsThroughNumberSlots) {
    kr_value z = kr_complex_new(2, 3);
    EXPECT_EQ(show(num_binop(KR_BINARY_SUB, kr_small_int(1), z)), "(-1-3j)");
    EXPECT_EQ(show(num_binop(KR_BINARY_MUL, kr_float_new(0.5), z)), "(1+1.5j)");
    EXPECT_EQ(show(num_binop(KR_BINARY_EQ, kr_small_int(2), kr_complex_new(2, 0))), "True");
    EXPECT_EQ(show(num_binop(KR_BINARY_ADD, int_of("100000000000000000000"), z)), "(1e+20+3j)");
}

TEST(Complex, HashMatchesRealNumbers) {
    for (double x : {0.0, -0.0, 1.0, -3.0, 2.5, 1e20, -7.25}) {
        kr_value h = kr_complex_unary_op(KR_UNARY_HASH, kr_complex_new(x, 0));
        ASSERT_TRUE(kr_is_small_int(h));
        EXPECT_EQ(kr_small_int_value(h), kr_float_hash(x)) << x;
    }
    kr_value a = kr_complex_unary_op(KR_UNARY_HASH, kr_complex_new(1, 2));
    kr_value b = kr_complex_unary_op(KR_UNARY_HASH, kr_complex_new(2, 1));
    EXPECT_NE(a, b);
}

TEST(Complex, UnaryOperators) {
    kr_value z = kr_complex_new(3, -4);
    EXPECT_EQ(show(kr_complex_unary_op(KR_UNARY_ABS, z)), "5.0");
    EXPECT_EQ(show(kr_complex_unary_op(KR_UNARY_NEG, z)), "(-3+4j)");
    EXPECT_EQ(kr_complex_unary_op(KR_UNARY_BOOL, kr_complex_new(0, 0)), kr_val(&kr_False));
    EXPECT_EQ(kr_complex_unary_op(KR_UNARY_BOOL, kr_complex_new(0, -0.5)), kr_val(&kr_True));
    EXPECT_EQ(kr_complex_unary_op(KR_UNARY_INVERT, z), KR_NOTIMPL);
}

TEST(Complex, NumberConversion) {
    double re, im;
    ASSERT_TRUE(kr_number_to_complex(kr_val(&kr_True), &re, &im));
    EXPECT_EQ(re, 1.0);
    EXPECT_EQ(im, 0.0);
    ASSERT_TRUE(kr_number_to_complex(kr_complex_new(1.5, -2), &re, &im));
    EXPECT_EQ(re, 1.5);
    EXPECT_EQ(im, -2.0);
    EXPECT_FALSE(kr_number_to_complex(kr_val(&kr_None), &re, &im));
    EXPECT_TRUE(kr_is_complex(kr_complex_new(0, 0)));
    EXPECT_FALSE(kr_is_complex(kr_float_new(0)));
    EXPECT_EQ(as_complex(kr_complex_new(7, 8))->imag, 8.0);
}

} // namespace
