//===- int_test.cpp - the int type: arithmetic, promotion, parsing --------===//
#include "numbers_test.h"

#include "function.h"
#include "str.h"

#include <gtest/gtest.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

namespace {

kr_value str(const char *s) {
    return kr_str_new(s, strlen(s));
}

/// repr of int(args...), or the error it raised.
std::string make_int(size_t nargs, const kr_value *args) {
    kr_value v = kr_type_int.make_new(&kr_type_int, nargs, args, 0);
    return v ? num_repr(v) : take_error();
}

std::string binop(const char *op, kr_value a, kr_value b) {
    int code = binary_op_code(op);
    EXPECT_GE(code, 0) << op;
    kr_value r = num_binop((enum kr_binary_op)code, a, b);
    if (!r) return take_error();
    if (r == kr_val(&kr_True)) return "True";
    if (r == kr_val(&kr_False)) return "False";
    if (r == KR_NOTIMPL) return "NotImplemented";
    return num_repr(r);
}

struct Case {
    const char *a, *op, *b, *result;
};

const Case kCases[] = {
#include "int_cases.inc"
};

TEST(Int, OperationsMatchCPython) {
    for (const Case &c : kCases)
        EXPECT_EQ(binop(c.op, int_of(c.a), int_of(c.b)), c.result)
            << c.a << " " << c.op << " " << c.b;
}

TEST(Int, SmallBoundaryPromotesAndNormalises) {
    kr_value max = kr_small_int(KR_SMALL_INT_MAX), min = kr_small_int(KR_SMALL_INT_MIN);
    kr_value one = kr_small_int(1);
    kr_value above = kr_int_binary_op(KR_BINARY_ADD, max, one);
    ASSERT_TRUE(above);
    EXPECT_FALSE(kr_is_small_int(above));
    int64_t i;
    ASSERT_TRUE(kr_int_to_i64(above, &i));
    EXPECT_EQ(i, (int64_t)KR_SMALL_INT_MAX + 1);
    kr_value back = kr_int_binary_op(KR_BINARY_SUB, above, one);
    EXPECT_EQ(back, max); // normalised to the same small int
    kr_value below = kr_int_binary_op(KR_BINARY_SUB, min, one);
    EXPECT_FALSE(kr_is_small_int(below));
    EXPECT_EQ(kr_int_binary_op(KR_BINARY_ADD, below, one), min);
    kr_value neg_min = kr_int_unary_op(KR_UNARY_NEG, min);
    EXPECT_FALSE(kr_is_small_int(neg_min));
    EXPECT_EQ(kr_int_binary_op(KR_BINARY_EQ, neg_min, above), kr_val(&kr_True));
    EXPECT_EQ(kr_int_unary_op(KR_UNARY_NEG, neg_min), min);
    EXPECT_EQ(num_repr(kr_int_binary_op(KR_BINARY_FLOOR_DIVIDE, min, kr_small_int(-1))),
              num_repr(neg_min));
    // max * max overflows the machine word itself.
    kr_value sq = kr_int_binary_op(KR_BINARY_MUL, max, max);
    kr_value root = kr_int_binary_op(KR_BINARY_FLOOR_DIVIDE, sq, max);
    EXPECT_EQ(root, max);
    EXPECT_EQ(
        binop("==", kr_int_binary_op(KR_BINARY_LSHIFT, one, kr_small_int(sizeof(kr_int) * 8 - 2)),
              above),
        "True");
    EXPECT_EQ(num_repr(kr_int_from_i64(INT64_MIN)), "-9223372036854775808");
    EXPECT_EQ(num_repr(kr_int_from_i64(INT64_MAX)), "9223372036854775807");
}

TEST(Int, MachineWordConversion) {
    int64_t i;
    EXPECT_FALSE(kr_int_to_i64(int_of("9223372036854775808"), &i));
    EXPECT_TRUE(kr_int_to_i64(int_of("-9223372036854775808"), &i));
    EXPECT_EQ(i, INT64_MIN);
    EXPECT_TRUE(kr_int_to_i64(kr_val(&kr_True), &i));
    EXPECT_EQ(i, 1);
    kr_int w;
    EXPECT_FALSE(kr_int_to_word(int_of("100000000000000000000"), &w));
    EXPECT_EQ(take_error(), "OverflowError: overflow converting long int to machine word");
}

TEST(Int, Errors) {
    kr_value one = kr_small_int(1), zero = kr_small_int(0), big = int_of("100000000000000000000");
    const char *div_zero = "ZeroDivisionError: divide by zero";
    EXPECT_EQ(binop("//", one, zero), div_zero);
    EXPECT_EQ(binop("%", one, zero), div_zero);
    EXPECT_EQ(binop("/", one, zero), div_zero);
    EXPECT_EQ(binop("//", big, zero), div_zero);
    EXPECT_EQ(binop("/", big, zero), div_zero);
    EXPECT_EQ(kr_int_binary_op(KR_BINARY_DIVMOD, big, zero), 0u);
    EXPECT_EQ(take_error(), div_zero);
    EXPECT_EQ(binop("<<", one, kr_small_int(-1)), "ValueError: negative shift count");
    EXPECT_EQ(binop(">>", big, kr_small_int(-1)), "ValueError: negative shift count");
    EXPECT_EQ(binop("**", zero, kr_small_int(-1)),
              "ZeroDivisionError: 0.0 cannot be raised to a negative power");
}

TEST(Int, DivisionAndPowerGiveFloats) {
    EXPECT_EQ(binop("/", kr_small_int(1), kr_small_int(3)), "0.3333333333333333");
    EXPECT_EQ(binop("/", kr_small_int(6), kr_small_int(-3)), "-2.0");
    EXPECT_EQ(binop("/", int_of("1000000000000000000000000000000"),
                    int_of("100000000000000000000000000000")),
              "10.0");
    EXPECT_EQ(binop("/", int_of("9007199254740993"), kr_small_int(1)), "9007199254740992.0");
    EXPECT_EQ(binop("**", kr_small_int(2), kr_small_int(-1)), "0.5");
    EXPECT_EQ(binop("**", kr_small_int(-2), kr_small_int(-2)), "0.25");
}

TEST(Int, MixedWithFloat) {
    kr_value f2 = kr_float_new(2.0), big = int_of("9007199254740993");
    EXPECT_EQ(binop("+", kr_small_int(1), f2), "3.0");
    EXPECT_EQ(binop("-", kr_small_int(1), f2), "-1.0");
    EXPECT_EQ(binop("//", kr_small_int(7), f2), "3.0");
    EXPECT_EQ(binop("%", kr_small_int(-7), f2), "1.0");
    EXPECT_EQ(binop("==", kr_small_int(2), f2), "True");
    EXPECT_EQ(binop("<", kr_small_int(2), f2), "False");
    // 2^53 + 1 is not representable: exact comparison still tells them apart.
    kr_value f53 = kr_float_new(9007199254740992.0);
    EXPECT_EQ(binop(">", big, f53), "True");
    EXPECT_EQ(binop("==", big, f53), "False");
    EXPECT_EQ(binop("<", f53, big), "True");
    kr_value inf = kr_float_new(__builtin_inf()), nan = kr_float_new(__builtin_nan(""));
    std::string ten_400 = "1" + std::string(400, '0');
    kr_value huge = int_of(ten_400.c_str());
    EXPECT_EQ(binop("<", huge, inf), "True");
    EXPECT_EQ(binop(">", huge, kr_float_new(1e300)), "True");
    EXPECT_EQ(binop("==", kr_small_int(1), nan), "False");
    EXPECT_EQ(binop("!=", kr_small_int(1), nan), "True");
    EXPECT_EQ(binop("<", kr_small_int(1), kr_float_new(1.5)), "True");
    EXPECT_EQ(binop(">", kr_small_int(-1), kr_float_new(-1.5)), "True");
}

TEST(Int, BoolsActAsZeroAndOne) {
    kr_value t = kr_val(&kr_True), f = kr_val(&kr_False);
    EXPECT_EQ(binop("+", t, kr_small_int(1)), "2");
    EXPECT_EQ(binop("+", t, t), "2");
    EXPECT_EQ(binop("==", t, kr_small_int(1)), "True");
    EXPECT_EQ(binop("-", kr_small_int(5), t), "4");
    EXPECT_EQ(kr_int_binary_op(KR_BINARY_AND, t, t), t);
    EXPECT_EQ(kr_int_binary_op(KR_BINARY_OR, f, t), t);
    EXPECT_EQ(kr_int_binary_op(KR_BINARY_XOR, t, t), f);
    EXPECT_EQ(kr_int_binary_op(KR_BINARY_AND, t, kr_small_int(3)), kr_small_int(1));
    EXPECT_EQ(kr_int_unary_op(KR_UNARY_NEG, t), kr_small_int(-1));
    EXPECT_EQ(kr_int_unary_op(KR_UNARY_HASH, t), kr_small_int(1));
    EXPECT_EQ(binop("+", t, kr_float_new(0.5)), "1.5");
}

TEST(Int, SequencesAreNotImplemented) {
    EXPECT_EQ(kr_int_binary_op(KR_BINARY_MUL, kr_small_int(3), str("ab")), KR_NOTIMPL);
    EXPECT_EQ(kr_int_binary_op(KR_BINARY_ADD, kr_small_int(3), str("ab")), KR_NOTIMPL);
    EXPECT_EQ(kr_int_binary_op(KR_BINARY_EQ, kr_small_int(3), str("3")), KR_NOTIMPL);
}

TEST(Int, UnaryAndHash) {
    kr_value big = int_of("-1267650600228229401496703205376"); // -(2**100)
    EXPECT_EQ(num_repr(kr_int_unary_op(KR_UNARY_ABS, big)), "1267650600228229401496703205376");
    EXPECT_EQ(num_repr(kr_int_unary_op(KR_UNARY_INVERT, big)), "1267650600228229401496703205375");
    EXPECT_EQ(kr_int_unary_op(KR_UNARY_INVERT, kr_small_int(5)), kr_small_int(-6));
    EXPECT_EQ(kr_int_unary_op(KR_UNARY_ABS, kr_small_int(-5)), kr_small_int(5));
    EXPECT_EQ(kr_int_unary_op(KR_UNARY_BOOL, kr_small_int(0)), kr_val(&kr_False));
    EXPECT_EQ(kr_int_unary_op(KR_UNARY_BOOL, big), kr_val(&kr_True));
    EXPECT_EQ(kr_int_unary_op(KR_UNARY_HASH, kr_small_int(-7)), kr_small_int(-7));
    // hash(2**70) == hash(2.0**70), and equal big ints hash alike.
    kr_value p70 = int_of("1180591620717411303424");
    kr_value h = kr_int_unary_op(KR_UNARY_HASH, p70);
    ASSERT_TRUE(kr_is_small_int(h));
    EXPECT_EQ(kr_small_int_value(h), kr_float_hash(1180591620717411303424.0));
    EXPECT_EQ(h, kr_int_unary_op(KR_UNARY_HASH, int_of("1180591620717411303424")));
}

TEST(Int, Parsing) {
    struct {
        const char *text;
        unsigned base;
        const char *result;
    } cases[] = {
        {"0", 10, "0"},
        {"  -123  ", 10, "-123"},
        {"+7", 10, "7"},
        {"1_000_000", 10, "1000000"},
        {"\t42\n", 10, "42"},
        {"ff", 16, "255"},
        {"0xff", 16, "255"},
        {"0XFF", 0, "255"},
        {"0o17", 0, "15"},
        {"0b101", 0, "5"},
        {"0x_ff", 0, "255"},
        {"-0b1", 0, "-1"},
        {"0b1", 16, "177"},
        {"z", 36, "35"},
        {"ZZ", 36, "1295"},
        {"123456789012345678901234567890", 10, "123456789012345678901234567890"},
        {"-18446744073709551616", 10, "-18446744073709551616"},
        {"ffffffffffffffffffff", 16, "1208925819614629174706175"},
        {"abc", 10, "ValueError: invalid syntax for integer with base 10: 'abc'"},
        {"", 10, "ValueError: invalid syntax for integer with base 10: ''"},
        {"  ", 10, "ValueError: invalid syntax for integer with base 10: '  '"},
        {"1__0", 10, "ValueError: invalid syntax for integer with base 10: '1__0'"},
        {"_1", 10, "ValueError: invalid syntax for integer with base 10: '_1'"},
        {"1_", 10, "ValueError: invalid syntax for integer with base 10: '1_'"},
        {"12a", 10, "ValueError: invalid syntax for integer with base 10: '12a'"},
        {"0x", 16, "ValueError: invalid syntax for integer with base 16: '0x'"},
        {"0b102", 0, "ValueError: invalid syntax for integer with base 2: '0b102'"},
        {"- 1", 10, "ValueError: invalid syntax for integer with base 10: '- 1'"},
        {"1.5", 10, "ValueError: invalid syntax for integer with base 10: '1.5'"},
    };
    for (const auto &c : cases) {
        kr_value v = parse_int(c.text, c.base);
        EXPECT_EQ(v ? num_repr(v) : take_error(), c.result) << c.text;
    }
}

TEST(Int, Constructor) {
    EXPECT_EQ(make_int(0, nullptr), "0");
    kr_value a[2];
    a[0] = kr_float_new(3.9);
    EXPECT_EQ(make_int(1, a), "3");
    a[0] = kr_float_new(-3.9);
    EXPECT_EQ(make_int(1, a), "-3");
    a[0] = kr_float_new(1e20);
    EXPECT_EQ(make_int(1, a), "100000000000000000000");
    a[0] = kr_float_new(__builtin_inf());
    EXPECT_EQ(make_int(1, a), "OverflowError: can't convert inf to int");
    a[0] = kr_float_new(-__builtin_inf());
    EXPECT_EQ(make_int(1, a), "OverflowError: can't convert inf to int");
    a[0] = kr_float_new(__builtin_nan(""));
    EXPECT_EQ(make_int(1, a), "ValueError: can't convert NaN to int");
    a[0] = kr_val(&kr_True);
    EXPECT_EQ(make_int(1, a), "1");
    a[0] = str(" 12_3 ");
    EXPECT_EQ(make_int(1, a), "123");
    a[0] = str("0x1f");
    a[1] = kr_small_int(0);
    EXPECT_EQ(make_int(2, a), "31");
    a[1] = kr_small_int(16);
    EXPECT_EQ(make_int(2, a), "31");
    a[1] = kr_small_int(1);
    EXPECT_EQ(make_int(2, a), "ValueError: int() arg 2 must be >= 2 and <= 36");
    a[0] = kr_small_int(5);
    a[1] = kr_small_int(10);
    EXPECT_EQ(make_int(2, a), "TypeError: can't convert non-string with explicit base");
    a[0] = kr_val(&kr_None);
    EXPECT_EQ(make_int(1, a), "TypeError: can't convert NoneType to int");
}

TEST(Int, Round) {
    struct {
        const char *x;
        int ndigits;
        const char *result;
    } cases[] = {
        {"1234", -2, "1200"},
        {"1250", -2, "1200"},
        {"1350", -2, "1400"},
        {"-1250", -2, "-1200"},
        {"-1251", -2, "-1300"},
        {"5", 2, "5"},
        {"15", -1, "20"},
        {"25", -1, "20"},
        {"123456789012345678901234567890", -10, "123456789012345678900000000000"},
    };
    for (const auto &c : cases) {
        kr_value r = kr_int_round(int_of(c.x), kr_small_int(c.ndigits));
        EXPECT_EQ(r ? num_repr(r) : take_error(), c.result) << c.x << ", " << c.ndigits;
    }
    EXPECT_EQ(num_repr(kr_int_round(kr_val(&kr_True), 0)), "1");
    kr_value huge = int_of("100000000000000000000000");
    EXPECT_EQ(num_repr(kr_int_round(kr_small_int(5), huge)), "5");
    EXPECT_EQ(num_repr(kr_int_round(kr_small_int(5), kr_int_unary_op(KR_UNARY_NEG, huge))), "0");
    EXPECT_EQ(num_repr(kr_int_round(int_of("-999"), kr_small_int(-3))), "-1000");
    EXPECT_EQ(num_repr(kr_int_round(int_of("999"), kr_small_int(-4))), "0");
    EXPECT_EQ(kr_int_round(kr_small_int(5), kr_float_new(1.0)), 0u);
    EXPECT_EQ(take_error(), "TypeError: can't convert float to int");
}

TEST(Int, PowWithModulus) {
    kr_value r = kr_int_pow3(kr_small_int(4), kr_small_int(13), kr_small_int(497));
    EXPECT_EQ(num_repr(r), "445");
    EXPECT_EQ(kr_int_pow3(kr_small_int(4), kr_small_int(13), kr_small_int(0)), 0u);
    EXPECT_EQ(take_error(), "ValueError: pow() 3rd argument cannot be 0");
    EXPECT_EQ(kr_int_pow3(kr_small_int(4), kr_small_int(-1), kr_small_int(5)), 0u);
    EXPECT_EQ(take_error(), "ValueError: pow() 2nd argument cannot be negative");
}

TEST(Int, BigLiteralFromDigits) {
    const char *digits = "340282366920938463463374607431768211456";
    EXPECT_EQ(num_repr(kr_int_from_digits(digits, strlen(digits))), digits);
    EXPECT_EQ(kr_int_from_digits("42", 2), kr_small_int(42));
}

} // namespace

namespace {

kr_native_fn int_method(const char *name) {
    for (const kr_attr_entry *e = kr_int_attrs; e->name; e++)
        if (!strcmp(e->name, name)) return ((const kr_builtin_function *)e->value)->fn;
    return nullptr;
}

std::string hex_of(kr_value bytes) {
    if (!bytes) return take_error();
    const kr_str *s = kr_str_obj(bytes);
    std::string out;
    for (size_t i = 0; i < s->len; i++) {
        char b[3];
        snprintf(b, sizeof b, "%02x", (unsigned char)s->data[i]);
        out += b;
    }
    return out;
}

std::string to_bytes(kr_value v, int length, const char *order, bool is_signed) {
    kr_value args[] = {v, kr_small_int(length), str(order), kr_bool(is_signed)};
    return hex_of(int_method("to_bytes")(4, args, 0));
}

std::string from_bytes(const char *hex, const char *order, bool is_signed) {
    std::string raw;
    for (size_t i = 0; hex[i]; i += 2)
        raw += (char)strtol(std::string(hex + i, 2).c_str(), nullptr, 16);
    kr_value args[] = {kr_val(&kr_type_int), kr_bytes_new((const uint8_t *)raw.data(), raw.size()),
                       str(order), kr_bool(is_signed)};
    kr_value r = int_method("from_bytes")(4, args, 0);
    return r ? num_repr(r) : take_error();
}

TEST(Int, ToBytes) {
    EXPECT_EQ(to_bytes(kr_small_int(1024), 2, "big", false), "0400");
    EXPECT_EQ(to_bytes(kr_small_int(1024), 4, "little", false), "00040000");
    EXPECT_EQ(to_bytes(kr_small_int(-1), 2, "little", true), "ffff");
    EXPECT_EQ(to_bytes(kr_small_int(-32768), 2, "big", true), "8000");
    EXPECT_EQ(to_bytes(kr_small_int(32768), 2, "big", true),
              "OverflowError: int too big to convert");
    EXPECT_EQ(to_bytes(kr_small_int(65536), 2, "big", false),
              "OverflowError: int too big to convert");
    EXPECT_EQ(to_bytes(kr_small_int(-1), 2, "big", false),
              "OverflowError: can't convert negative int to unsigned");
    EXPECT_EQ(to_bytes(int_of("1267650600228229401496703217721"), 13, "little", false),
              "39300000000000000000000010");
    EXPECT_EQ(to_bytes(kr_small_int(1), 1, "middle", false),
              "ValueError: byteorder must be either 'little' or 'big'");
}

TEST(Int, FromBytes) {
    EXPECT_EQ(from_bytes("0400", "big", false), "1024");
    EXPECT_EQ(from_bytes("0400", "little", false), "4");
    EXPECT_EQ(from_bytes("ffff", "little", true), "-1");
    EXPECT_EQ(from_bytes("ffff", "little", false), "65535");
    EXPECT_EQ(from_bytes("", "big", true), "0");
    EXPECT_EQ(from_bytes("80000000000000000000000000", "big", true),
              "-10141204801825835211973625643008");
    EXPECT_EQ(from_bytes("39300000000000000000000010", "little", false),
              "1267650600228229401496703217721");
}

} // namespace

namespace {

std::string base_str(kr_value v, unsigned base) {
    kr_value s = kr_int_format_base(v, base);
    if (!s) return take_error();
    size_t n;
    const char *d = kr_str_data(s, &n);
    return std::string(d, n);
}

TEST(Int, FormatInBase) {
    EXPECT_EQ(base_str(kr_small_int(255), 16), "0xff");
    EXPECT_EQ(base_str(kr_small_int(-8), 8), "-0o10");
    EXPECT_EQ(base_str(kr_small_int(5), 2), "0b101");
    EXPECT_EQ(base_str(kr_small_int(0), 2), "0b0");
    EXPECT_EQ(base_str(kr_val(&kr_True), 16), "0x1");
    EXPECT_EQ(base_str(int_of("-1267650600228229401496703205376"), 16),
              "-0x10000000000000000000000000");
    EXPECT_EQ(base_str(int_of("1267650600228229401496703205376"), 10),
              "1267650600228229401496703205376");
}

} // namespace

namespace {

TEST(Int, BitLength) {
    auto bits = [](kr_value v) { return num_repr(int_method("bit_length")(1, &v, 0)); };
    EXPECT_EQ(bits(kr_small_int(0)), "0");
    EXPECT_EQ(bits(kr_small_int(-37)), "6");
    EXPECT_EQ(bits(kr_val(&kr_True)), "1");
    EXPECT_EQ(bits(int_of("-1267650600228229401496703205376")), "101");
}

} // namespace
