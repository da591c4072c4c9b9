//===- float_test.cpp - the float type: repr, arithmetic, parsing ---------===//
#include "numbers_test.h"

#include "complex.h"

#include <gtest/gtest.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

namespace {

std::string repr_of(double v) {
    char buf[32];
    size_t n = kr_float_format_repr(v, buf);
    EXPECT_EQ(strlen(buf), n);
    return std::string(buf, n);
}

std::string result(kr_value v) {
    if (!v) return take_error();
    if (v == kr_val(&kr_True)) return "True";
    if (v == kr_val(&kr_False)) return "False";
    if (kr_is_obj(v) && kr_obj(v)->type == &kr_type_tuple) {
        size_t n;
        kr_value *items = kr_tuple_items(v, &n);
        std::string out = "(";
        for (size_t i = 0; i < n; i++)
            out += (i ? ", " : "") + num_repr(items[i]);
        return out + ")";
    }
    return num_repr(v);
}

std::string fop(enum kr_binary_op op, double a, double b) {
    return result(kr_float_binary_op(op, kr_float_new(a), kr_float_new(b)));
}

std::string parse(const char *s) {
    return result(kr_float_parse(s, strlen(s), kr_str_new(s, strlen(s))));
}

TEST(Float, ReprTable) {
    struct {
        double v;
        const char *repr;
    } cases[] = {
        {0.1, "0.1"},
        {0.1 + 0.2, "0.30000000000000004"},
        {1e16, "1e+16"},
        {1.5e-05, "1.5e-05"},
        {100.0, "100.0"},
        {1e100, "1e+100"},
        {0.0, "0.0"},
        {-0.0, "-0.0"},
        {1e-4, "0.0001"},
        {9.999e-5, "9.999e-05"},
        {123456789012345.6, "123456789012345.6"},
        {1234567890123456.7, "1234567890123456.8"},
        {12345678901234567.0, "1.2345678901234568e+16"},
        {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {1.4142135623730951, "1.4142135623730951"},
        {1.0 / 3.0, "0.3333333333333333"},
        {-1.25, "-1.25"},
        {3e15, "3000000000000000.0"},
        {1e22, "1e+22"},
        {0.001, "0.001"},
        {HUGE_VAL, "inf"},
        {-HUGE_VAL, "-inf"},
        {NAN, "nan"},
    };
    for (const auto &c : cases)
        EXPECT_EQ(repr_of(c.v), c.repr);
}

TEST(Float, FloorDivideAndModuloSigns) {
    EXPECT_EQ(fop(KR_BINARY_FLOOR_DIVIDE, 7.5, 2), "3.0");
    EXPECT_EQ(fop(KR_BINARY_FLOOR_DIVIDE, -7.5, 2), "-4.0");
    EXPECT_EQ(fop(KR_BINARY_FLOOR_DIVIDE, 7.5, -2), "-4.0");
    EXPECT_EQ(fop(KR_BINARY_FLOOR_DIVIDE, -7.5, -2), "3.0");
    EXPECT_EQ(fop(KR_BINARY_MODULO, 7.5, 2), "1.5");
    EXPECT_EQ(fop(KR_BINARY_MODULO, -7.5, 2), "0.5");
    EXPECT_EQ(fop(KR_BINARY_MODULO, 7.5, -2), "-0.5");
    EXPECT_EQ(fop(KR_BINARY_MODULO, -7.5, -2), "-1.5");
    EXPECT_EQ(fop(KR_BINARY_MODULO, -0.0, 5), "0.0");
    EXPECT_EQ(fop(KR_BINARY_MODULO, 6.0, -3), "-0.0");
    EXPECT_EQ(fop(KR_BINARY_DIVMOD, -7.5, 2), "(-4.0, 0.5)");
    EXPECT_EQ(fop(KR_BINARY_FLOOR_DIVIDE, 1, 0.1), "9.0");
    EXPECT_EQ(fop(KR_BINARY_MODULO, 1, 0.1), "0.09999999999999995");
}

TEST(Float, Errors) {
    const char *div_zero = "ZeroDivisionError: divide by zero";
    EXPECT_EQ(fop(KR_BINARY_TRUE_DIVIDE, 1, 0), div_zero);
    EXPECT_EQ(fop(KR_BINARY_FLOOR_DIVIDE, 1, 0), div_zero);
    EXPECT_EQ(fop(KR_BINARY_MODULO, 1, -0.0), div_zero);
    EXPECT_EQ(result(kr_float_binary_op(KR_BINARY_TRUE_DIVIDE, kr_float_new(1), kr_small_int(0))),
              div_zero);
    EXPECT_EQ(fop(KR_BINARY_POWER, 0.0, -1),
              "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    // A negative base to a fractional power is complex (MicroPython with
    // complex numbers): the principal cube root of -8 is 1+1.732j.
    kr_value root = kr_float_binary_op(KR_BINARY_POWER, kr_float_new(-8.0), kr_float_new(1.0 / 3));
    ASSERT_TRUE(kr_is_complex(root));
    EXPECT_NEAR(((const kr_complex *)kr_obj(root))->real, 1.0, 1e-12);
    EXPECT_NEAR(((const kr_complex *)kr_obj(root))->imag, 1.7320508075688772, 1e-12);
}

TEST(Float, Arithmetic) {
    EXPECT_EQ(fop(KR_BINARY_POWER, 2.0, 0.5), "1.4142135623730951");
    EXPECT_EQ(fop(KR_BINARY_POWER, -2.0, 3), "-8.0");
    EXPECT_EQ(fop(KR_BINARY_POWER, 0.0, 0.0), "1.0");
    EXPECT_EQ(fop(KR_BINARY_ADD, 0.1, 0.2), "0.30000000000000004");
    EXPECT_EQ(fop(KR_BINARY_INPLACE_MUL, 1.5, 4), "6.0");
    EXPECT_EQ(result(kr_float_binary_op(KR_BINARY_MUL, kr_float_new(2.0), kr_small_int(3))), "6.0");
    EXPECT_EQ(result(kr_float_binary_op(KR_BINARY_SUB, kr_float_new(2.0), kr_val(&kr_True))),
              "1.0");
    EXPECT_EQ(fop(KR_BINARY_LT, 1.0, NAN), "False");
    EXPECT_EQ(fop(KR_BINARY_NE, NAN, NAN), "True");
    EXPECT_EQ(kr_float_binary_op(KR_BINARY_ADD, kr_float_new(1), kr_str_new("a", 1)), KR_NOTIMPL);
    EXPECT_EQ(kr_float_binary_op(KR_BINARY_LSHIFT, kr_float_new(1), kr_small_int(1)), KR_NOTIMPL);
    EXPECT_EQ(result(kr_float_unary_op(KR_UNARY_NEG, kr_float_new(2.5))), "-2.5");
    EXPECT_EQ(result(kr_float_unary_op(KR_UNARY_ABS, kr_float_new(-2.5))), "2.5");
    EXPECT_EQ(kr_float_unary_op(KR_UNARY_BOOL, kr_float_new(0.0)), kr_val(&kr_False));
}

TEST(Float, ComparesExactlyWithBigInts) {
    std::string ten_301 = "1" + std::string(301, '0');
    kr_value big = int_of(ten_301.c_str());
    EXPECT_EQ(result(kr_float_binary_op(KR_BINARY_LT, kr_float_new(1e300), big)), "True");
    EXPECT_EQ(result(kr_float_binary_op(KR_BINARY_GE, kr_float_new(1e300), big)), "False");
    kr_value p70 = int_of("1180591620717411303424");
    EXPECT_EQ(result(kr_float_binary_op(KR_BINARY_EQ, kr_float_new(ldexp(1, 70)), p70)), "True");
    kr_value p70_1 = int_of("1180591620717411303425");
    EXPECT_EQ(result(kr_float_binary_op(KR_BINARY_LT, kr_float_new(ldexp(1, 70)), p70_1)), "True");
    EXPECT_EQ(result(kr_float_binary_op(KR_BINARY_EQ, kr_float_new(3.0), kr_small_int(3))), "True");
    EXPECT_EQ(result(kr_float_binary_op(KR_BINARY_GT, kr_float_new(3.5), kr_small_int(3))), "True");
}

TEST(Float, HashMatchesInt) {
    EXPECT_EQ(kr_float_hash(1.0), 1);
    EXPECT_EQ(kr_float_hash(-5.0), -5);
    EXPECT_EQ(kr_float_hash(-0.0), 0);
    kr_value h = kr_float_unary_op(KR_UNARY_HASH, kr_float_new(1.5));
    EXPECT_TRUE(kr_is_small_int(h));
    EXPECT_EQ(h, kr_float_unary_op(KR_UNARY_HASH, kr_float_new(1.5)));
    // 1e29 is the integer 99999999999999991433150857216: a heap int.
    kr_value big = kr_int_from_double(1e29);
    EXPECT_EQ(num_repr(big), "99999999999999991433150857216");
    EXPECT_EQ(kr_small_int(kr_float_hash(1e29)), kr_int_unary_op(KR_UNARY_HASH, big));
    EXPECT_EQ(kr_small_int(kr_float_hash(-1e29)),
              kr_int_unary_op(KR_UNARY_HASH, kr_int_unary_op(KR_UNARY_NEG, big)));
}

TEST(Float, Parsing) {
    EXPECT_EQ(parse("1.5"), "1.5");
    EXPECT_EQ(parse("  -2.5e3 "), "-2500.0");
    EXPECT_EQ(parse("inf"), "inf");
    EXPECT_EQ(parse("-Infinity"), "-inf");
    EXPECT_EQ(parse("+INF"), "inf");
    EXPECT_EQ(parse("nan"), "nan");
    EXPECT_EQ(parse("1_000.5"), "1000.5");
    EXPECT_EQ(parse(".5"), "0.5");
    EXPECT_EQ(parse("5."), "5.0");
    EXPECT_EQ(parse("1e5"), "100000.0");
    EXPECT_EQ(parse("1E-5"), "1e-05");
    EXPECT_EQ(parse("0.1"), "0.1");
    EXPECT_EQ(parse("1e500"), "inf");
    for (const char *bad :
         {"abc", "1__0", "1e", "", ".", "e5", "_1", "1_", "0x10", "1.5.2", "- 1", "infinit"})
        EXPECT_EQ(parse(bad),
                  "ValueError: could not convert string to float: '" + std::string(bad) + "'");
}

TEST(Float, Constructor) {
    auto make = [](size_t n, kr_value arg) {
        return result(kr_type_float.make_new(&kr_type_float, n, &arg, 0));
    };
    EXPECT_EQ(make(0, 0), "0.0");
    EXPECT_EQ(make(1, kr_small_int(3)), "3.0");
    EXPECT_EQ(make(1, kr_val(&kr_True)), "1.0");
    EXPECT_EQ(make(1, kr_float_new(2.5)), "2.5");
    EXPECT_EQ(make(1, kr_str_new(" 7 ", 3)), "7.0");
    EXPECT_EQ(make(1, kr_str_new("x", 1)), "ValueError: could not convert string to float: 'x'");
    EXPECT_EQ(make(1, kr_val(&kr_None)), "TypeError: can't convert NoneType to float");
}

TEST(Float, Round) {
    auto round_to = [](double x, kr_value nd) {
        return result(kr_float_round(kr_float_new(x), nd));
    };
    EXPECT_EQ(round_to(2.5, 0), "2");
    EXPECT_EQ(round_to(3.5, 0), "4");
    EXPECT_EQ(round_to(-2.5, kr_val(&kr_None)), "-2");
    EXPECT_EQ(round_to(0.5, 0), "0");
    EXPECT_EQ(round_to(1e20, 0), "100000000000000000000");
    EXPECT_EQ(round_to(2.675, kr_small_int(2)), "2.67");
    EXPECT_EQ(round_to(0.125, kr_small_int(2)), "0.12");
    EXPECT_EQ(round_to(1234.5678, kr_small_int(-2)), "1200.0");
    EXPECT_EQ(round_to(1e300, kr_small_int(2)), "1e+300");
    EXPECT_EQ(round_to(-1.5, kr_small_int(0)), "-2.0");
    EXPECT_EQ(round_to(HUGE_VAL, 0), "OverflowError: can't convert inf to int");
    kr_value huge = int_of("100000000000000000000000");
    EXPECT_EQ(round_to(1.5, huge), "1.5");
    EXPECT_EQ(round_to(-1.5, kr_int_unary_op(KR_UNARY_NEG, huge)), "-0.0");
}

} // namespace

namespace {

TEST(Float, ReprIsShortestRoundTrip) {
    // Random bit patterns and random short decimals: repr must read back as
    // the same double, and one significant digit fewer must not.
    uint64_t s = 0x2545f4914f6cdd1du;
    for (int i = 0; i < 20000; i++) {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        double v;
        if (i % 2) {
            memcpy(&v, &s, sizeof v);
            if (!isfinite(v)) continue;
        } else {
            v = (double)(int64_t)(s % 2000000) / 1000.0 * pow(10.0, (double)(int)(s >> 58) - 32);
        }
        std::string r = repr_of(v);
        ASSERT_EQ(strtod(r.c_str(), nullptr), v) << r;
        // Significant digits: the mantissa without sign, point, and leading
        // or trailing zeros.
        std::string m;
        for (char c : r) {
            if (c == 'e') break;
            if (c >= '0' && c <= '9') m += c;
        }
        m.erase(0, m.find_first_not_of('0'));
        m.erase(m.find_last_not_of('0') + 1);
        int digits = (int)m.size();
        if (digits > 1) {
            char shorter[40];
            snprintf(shorter, sizeof shorter, "%.*e", digits - 2, v);
            ASSERT_NE(strtod(shorter, nullptr), v) << r << " vs " << shorter;
        }
    }
}

} // namespace
