//===- format_test.cpp - format specs, str.format, % and f-strings ---------===//
#include "containers_test.h"

#include "str.h"

#include <gtest/gtest.h>

static std::string fmt(kr_value v, const char *spec) {
    return str(kr_format(v, S(spec)));
}

TEST(Format, Ints) {
    EXPECT_EQ(fmt(I(42), ""), "42");
    EXPECT_EQ(fmt(I(42), "5"), "   42");
    EXPECT_EQ(fmt(I(42), "<5"), "42   ");
    EXPECT_EQ(fmt(I(42), "^6"), "  42  ");
    EXPECT_EQ(fmt(I(42), "*^7"), "**42***");
    EXPECT_EQ(fmt(I(-42), "06"), "-00042");
    EXPECT_EQ(fmt(I(-42), "=+6"), "-   42");
    EXPECT_EQ(fmt(I(42), "+"), "+42");
    EXPECT_EQ(fmt(I(42), " "), " 42");
    EXPECT_EQ(fmt(I(255), "x"), "ff");
    EXPECT_EQ(fmt(I(255), "#X"), "0XFF");
    EXPECT_EQ(fmt(I(8), "#o"), "0o10");
    EXPECT_EQ(fmt(I(5), "b"), "101");
    EXPECT_EQ(fmt(I(5), "#010b"), "0b00000101");
    EXPECT_EQ(fmt(I(1234567), ","), "1,234,567");
    EXPECT_EQ(fmt(I(-1234567), "_"), "-1_234_567");
    EXPECT_EQ(fmt(I(65), "c"), "A");
    EXPECT_EQ(fmt(I(233), "c"), "\xc3\xa9");
    EXPECT_EQ(fmt(kr_int_from_i64(INT64_MIN), "x"), "-8000000000000000");
    kr_value big = kr_int_from_digits("1180591620717411303424", 22); // 2**70
    EXPECT_EQ(fmt(big, ""), "1180591620717411303424");
    EXPECT_EQ(fmt(big, "#X"), "0X400000000000000000");
    EXPECT_EQ(fmt(big, ","), "1,180,591,620,717,411,303,424");
    EXPECT_EQ(fmt(big, ">25"), "   1180591620717411303424");
    EXPECT_EQ(fmt(I(1), ".2"),
              "<raised ValueError: precision not allowed in integer format specifier>");
    EXPECT_EQ(fmt(I(1), "s"), "<raised ValueError: unknown format code 's' for object of type "
                              "'int'>");
    EXPECT_EQ(fmt(kr_val(&kr_True), ""), "True");
    EXPECT_EQ(fmt(kr_val(&kr_True), "d"), "1");
}

TEST(Format, Floats) {
    kr_value pi = kr_float_new(3.14159);
    EXPECT_EQ(fmt(pi, ".2f"), "3.14");
    EXPECT_EQ(fmt(pi, "8.3f"), "   3.142");
    EXPECT_EQ(fmt(pi, "<8.1f"), "3.1     ");
    EXPECT_EQ(fmt(pi, "+.1f"), "+3.1");
    EXPECT_EQ(fmt(kr_float_new(-2.5), "08.2f"), "-0002.50");
    EXPECT_EQ(fmt(kr_float_new(1234.5), ",.1f"), "1,234.5");
    EXPECT_EQ(fmt(kr_float_new(0.25), ".0%"), "25%");
    EXPECT_EQ(fmt(kr_float_new(0.125), ".1%"), "12.5%");
    EXPECT_EQ(fmt(kr_float_new(12345.678), ".2e"), "1.23e+04");
    EXPECT_EQ(fmt(kr_float_new(0.0001), "g"), "0.0001");
    EXPECT_EQ(fmt(kr_float_new(2.0), ".3"), "2.0");
    EXPECT_EQ(fmt(I(3), ".2f"), "3.00");
    EXPECT_EQ(fmt(pi, "d"), "<raised ValueError: unknown format code 'd' for object of type "
                            "'float'>");
}

TEST(Format, Strings) {
    EXPECT_EQ(fmt(S("ab"), "5"), "ab   ");
    EXPECT_EQ(fmt(S("ab"), ">5"), "   ab");
    EXPECT_EQ(fmt(S("abcdef"), ".3"), "abc");
    EXPECT_EQ(fmt(S("\xc3\xa9"), "-^5"), "--\xc3\xa9--");
    EXPECT_EQ(fmt(S("x"), "\xc3\xa9<3"), "x\xc3\xa9\xc3\xa9");
    EXPECT_EQ(fmt(None, ">6"), "  None");
    EXPECT_EQ(fmt(S("x"), "+"), "<raised ValueError: sign not allowed in string format "
                                "specifier>");
    EXPECT_EQ(fmt(S("x"), "5q"),
              "<raised ValueError: unknown format code 'q' for object of type 'str'>");
    EXPECT_EQ(fmt(S("x"), "5ss"), "<raised ValueError: invalid format specifier>");
}

TEST(Format, FStringPieces) {
    EXPECT_EQ(str(kr_format_value(S("a"), 0, 'r')), "'a'");
    EXPECT_EQ(str(kr_format_value(S("a"), S(">4"), 'r')), " 'a'");
    EXPECT_EQ(str(kr_format_value(I(7), 0, 0)), "7");
    kr_value parts[3] = {S("x="), S("1"), S("!")};
    EXPECT_EQ(repr(kr_str_build(3, parts)), "'x=1!'");
    EXPECT_EQ(repr(kr_str_build(0, nullptr)), "''");
}

TEST(Format, StrFormatMethod) {
    EXPECT_EQ(mrepr(S("{} + {} = {}"), "format", {I(1), I(2), I(3)}), "'1 + 2 = 3'");
    EXPECT_EQ(mrepr(S("{1}{0}{1}"), "format", {S("a"), S("b")}), "'bab'");
    EXPECT_EQ(mrepr(S("{x}-{y!r}"), "format", {}, {{"x", I(1)}, {"y", S("s")}}), "\"1-'s'\"");
    EXPECT_EQ(mrepr(S("{{}} {:>4}"), "format", {I(5)}), "'{}    5'");
    EXPECT_EQ(mrepr(S("{0[1]}"), "format", {ints_list({7, 8})}), "'8'");
    EXPECT_EQ(mrepr(S("{:{}}"), "format", {S("a"), I(3)}), "'a  '");
    EXPECT_EQ(mrepr(S("{0:{w}}|"), "format", {I(1)}, {{"w", I(3)}}), "'  1|'");
    EXPECT_EQ(mrepr(S("{}"), "format"), "<raised IndexError: tuple index out of range>");
    EXPECT_EQ(mrepr(S("{z}"), "format").substr(0, 17), "<raised KeyError:");
    EXPECT_EQ(mrepr(S("}"), "format"),
              "<raised ValueError: single '}' encountered in format string>");
    EXPECT_EQ(mrepr(S("{"), "format"), "<raised ValueError: unmatched '{' in format>");
    EXPECT_EQ(mrepr(S("{}{0}"), "format", {I(1)}),
              "<raised ValueError: can't switch from automatic field numbering to manual field "
              "specification>");
}

TEST(Format, Modulo) {
    auto mod = [](const char *f, kr_value args) {
        return repr(kr_type_str.binary_op(KR_BINARY_MODULO, S(f), args));
    };
    kr_value two[2] = {S("x"), I(3)};
    EXPECT_EQ(mod("%s=%d", kr_build_tuple(2, two)), "'x=3'");
    EXPECT_EQ(mod("%r", S("x")), "\"'x'\"");
    EXPECT_EQ(mod("%5d|%-5d|%05d", ints_tuple({1, 2, -3})), "'    1|2    |-0003'");
    EXPECT_EQ(mod("%x %X %o %#x", ints_tuple({255, 255, 8, 255})), "'ff FF 10 0xff'");
    kr_value floats[2] = {kr_float_new(2.5), kr_float_new(1)};
    EXPECT_EQ(mod("%.2f %e", kr_build_tuple(2, floats)), "'2.50 1.000000e+00'");
    kr_value chars[2] = {I(104), S("i")};
    EXPECT_EQ(mod("%c%c", kr_build_tuple(2, chars)), "'hi'");
    EXPECT_EQ(mod("%*d", ints_tuple({4, 7})), "'   7'");
    EXPECT_EQ(mod("100%%", kr_build_tuple(0, nullptr)), "'100%'");
    EXPECT_EQ(mod("%d", kr_float_new(3.9)), "'3'");
    EXPECT_EQ(mod("%s %s", S("x")), "<raised TypeError: format string needs more arguments>");
    EXPECT_EQ(mod("%s", ints_tuple({1, 2})),
              "<raised TypeError: format string didn't convert all arguments>");
    EXPECT_EQ(mod("%y", I(1)),
              "<raised ValueError: unsupported format character 'y' (0x79) at index 1>");
    kr_value kv[2] = {S("a"), I(5)};
    EXPECT_EQ(mod("%(a)s!", kr_build_dict(1, kv)), "'5!'");
    EXPECT_EQ(mod("%.2s", S("abc")), "'ab'");
    EXPECT_EQ(mod("%s", ints_list({1})), "'[1]'");
}
