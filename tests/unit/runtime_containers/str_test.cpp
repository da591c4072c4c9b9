//===- str_test.cpp - str and bytes -----------------------------------------===//
#include "containers_test.h"

#include "exception.h"
#include "slice.h"
#include "str.h"

#include <gtest/gtest.h>

#include <string.h>

static kr_value binop(enum kr_binary_op op, kr_value a, kr_value b) {
    return kr_type_of(a)->binary_op(op, a, b);
}

static kr_value slice(kr_value a, kr_value b, kr_value c) {
    return kr_build_slice(a, b, c);
}

TEST(Str, ReprChoosesQuotesAndEscapes) {
    EXPECT_EQ(repr(S("abc")), "'abc'");
    EXPECT_EQ(repr(S("it's")), "\"it's\"");
    EXPECT_EQ(repr(S("both ' and \"")), "'both \\' and \"'");
    EXPECT_EQ(repr(S("a\nb\tc\r\\")), "'a\\nb\\tc\\r\\\\'");
    EXPECT_EQ(repr(S("\x01\x7f")), "'\\x01\\x7f'");
    EXPECT_EQ(repr(S("h\xc3\xa9")), "'h\xc3\xa9'"); // non-ASCII as is
    EXPECT_EQ(str(S("it's")), "it's");
    EXPECT_EQ(repr(kr_str_new("a\0b", 3)), "'a\\x00b'");
}

TEST(Str, LengthCountsCodePoints) {
    kr_value s = S("h\xc3\xa9llo\xe2\x82\xac");
    EXPECT_EQ(kr_type_str.unary_op(KR_UNARY_LEN, s), I(6));
    EXPECT_EQ(kr_type_str.unary_op(KR_UNARY_BOOL, S("")), kr_val(&kr_False));
    EXPECT_EQ(kr_type_str.unary_op(KR_UNARY_BOOL, S("x")), kr_val(&kr_True));
}

TEST(Str, HashIsStableAndEqualForEqualStrings) {
    kr_value a = S("hello"), b = kr_str_new("hello", 5);
    EXPECT_EQ(kr_type_str.unary_op(KR_UNARY_HASH, a), kr_type_str.unary_op(KR_UNARY_HASH, b));
    EXPECT_TRUE(kr_is_small_int(kr_type_str.unary_op(KR_UNARY_HASH, S(""))));
}

TEST(Str, OneCharAsciiStrsAreShared) {
    kr_value a = kr_type_str.getitem(S("xax"), I(1));
    EXPECT_EQ(a, kr_str_new("a", 1));
    EXPECT_EQ(kr_type_str.unary_op(KR_UNARY_HASH, a),
              kr_type_str.unary_op(KR_UNARY_HASH, kr_type_str.binary_op(KR_BINARY_ADD, S(""), a)));
    EXPECT_EQ(repr(kr_str_new("\x7f", 1)), "'\\x7f'");
    EXPECT_EQ(kr_type_str.unary_op(KR_UNARY_LEN, a), I(1));
}

TEST(Str, ConcatRepeatCompare) {
    EXPECT_EQ(repr(binop(KR_BINARY_ADD, S("ab"), S("cd"))), "'abcd'");
    EXPECT_EQ(repr(binop(KR_BINARY_MUL, S("ab"), I(3))), "'ababab'");
    EXPECT_EQ(repr(binop(KR_BINARY_MUL, S("ab"), I(-1))), "''");
    EXPECT_EQ(repr(binop(KR_BINARY_ADD, S("a"), I(1))),
              "<raised TypeError: can't convert 'int' object to str implicitly>");
    EXPECT_EQ(binop(KR_BINARY_LT, S("abc"), S("abd")), kr_val(&kr_True));
    EXPECT_EQ(binop(KR_BINARY_LT, S("ab"), S("abc")), kr_val(&kr_True));
    EXPECT_EQ(binop(KR_BINARY_GE, S("b"), S("abc")), kr_val(&kr_True));
    EXPECT_EQ(binop(KR_BINARY_EQ, S("x"), S("x")), kr_val(&kr_True));
    EXPECT_EQ(binop(KR_BINARY_NE, S("x"), S("y")), kr_val(&kr_True));
    EXPECT_EQ(binop(KR_BINARY_EQ, S("1"), I(1)), KR_NOTIMPL);
    EXPECT_EQ(binop(KR_BINARY_IN, S("hello"), S("ell")), kr_val(&kr_True));
    EXPECT_EQ(binop(KR_BINARY_IN, S("hello"), S("")), kr_val(&kr_True));
    EXPECT_EQ(binop(KR_BINARY_IN, S("hello"), S("lo!")), kr_val(&kr_False));
}

TEST(Str, IntTimesStrThroughDispatcher) {
    EXPECT_EQ(repr(kr_binary_op(KR_BINARY_MUL, I(2), S("xy"))), "'xyxy'");
    EXPECT_EQ(repr(kr_binary_op(KR_BINARY_MUL, S("xy"), I(2))), "'xyxy'");
}

TEST(Str, Indexing) {
    kr_value s = S("h\xc3\xa9llo");
    EXPECT_EQ(repr(kr_type_str.getitem(s, I(1))), "'\xc3\xa9'");
    EXPECT_EQ(repr(kr_type_str.getitem(s, I(-1))), "'o'");
    EXPECT_EQ(repr(kr_type_str.getitem(s, I(5))), "<raised IndexError: string index out of range>");
    EXPECT_EQ(repr(kr_type_str.getitem(s, S("x"))),
              "<raised TypeError: string indices must be integers, not str>");
}

TEST(Str, Slicing) {
    kr_value s = S("abcdef");
    EXPECT_EQ(repr(kr_type_str.getitem(s, slice(I(1), I(4), None))), "'bcd'");
    EXPECT_EQ(repr(kr_type_str.getitem(s, slice(None, None, I(-1)))), "'fedcba'");
    EXPECT_EQ(repr(kr_type_str.getitem(s, slice(None, None, I(2)))), "'ace'");
    EXPECT_EQ(repr(kr_type_str.getitem(s, slice(I(-2), None, None))), "'ef'");
    EXPECT_EQ(repr(kr_type_str.getitem(s, slice(I(4), I(1), None))), "''");
    EXPECT_EQ(repr(kr_type_str.getitem(s, slice(I(100), I(200), None))), "''");
    EXPECT_EQ(repr(kr_type_str.getitem(s, slice(I(-100), I(2), None))), "'ab'");
    EXPECT_EQ(repr(kr_type_str.getitem(s, slice(I(4), I(1), I(-2)))), "'ec'");
    EXPECT_EQ(repr(kr_type_str.getitem(s, slice(None, None, I(0)))),
              "<raised ValueError: slice step can't be zero>");
    kr_value u = S("\xc3\xa9t\xc3\xa9!");
    EXPECT_EQ(repr(kr_type_str.getitem(u, slice(I(1), None, None))), "'t\xc3\xa9!'");
    EXPECT_EQ(repr(kr_type_str.getitem(u, slice(None, None, I(-1)))), "'!\xc3\xa9t\xc3\xa9'");
    EXPECT_EQ(repr(kr_type_str.getitem(u, slice(None, None, I(2)))), "'\xc3\xa9\xc3\xa9'");
}

TEST(Str, Iteration) {
    kr_value it = kr_type_str.getiter(S("a\xc3\xa9"));
    ASSERT_TRUE(it);
    const kr_type *t = kr_obj(it)->type;
    EXPECT_EQ(repr(t->iternext(it)), "'a'");
    EXPECT_EQ(repr(t->iternext(it)), "'\xc3\xa9'");
    EXPECT_EQ(t->iternext(it), KR_STOP);
}

TEST(Str, Construct) {
    EXPECT_EQ(repr(make(&kr_type_str)), "''");
    EXPECT_EQ(repr(make(&kr_type_str, {I(42)})), "'42'");
    EXPECT_EQ(repr(make(&kr_type_str, {S("x")})), "'x'");
    EXPECT_EQ(repr(make(&kr_type_str, {kr_bytes_new((const uint8_t *)"hi", 2), S("utf-8")})),
              "'hi'");
}

TEST(StrMethods, SplitJoin) {
    EXPECT_EQ(mrepr(S("  a b\t c  "), "split"), "['a', 'b', 'c']");
    EXPECT_EQ(mrepr(S("a,b,,c"), "split", {S(",")}), "['a', 'b', '', 'c']");
    EXPECT_EQ(mrepr(S("a,b,c"), "split", {S(","), I(1)}), "['a', 'b,c']");
    EXPECT_EQ(mrepr(S("a b c"), "split", {}, {{"maxsplit", I(1)}}), "['a', 'b c']");
    EXPECT_EQ(mrepr(S("  a b c  "), "split", {None, I(1)}), "['a', 'b c  ']");
    EXPECT_EQ(mrepr(S(""), "split"), "[]");
    EXPECT_EQ(mrepr(S(""), "split", {S(",")}), "['']");
    EXPECT_EQ(mrepr(S("a"), "split", {S("")}), "<raised ValueError: empty separator>");
    EXPECT_EQ(mrepr(S("a,b,c"), "rsplit", {S(","), I(1)}), "['a,b', 'c']");
    EXPECT_EQ(mrepr(S("  a b c  "), "rsplit", {None, I(1)}), "['  a b', 'c']");
    EXPECT_EQ(mrepr(S("a b c"), "rsplit"), "['a', 'b', 'c']");
    EXPECT_EQ(mrepr(S(", "), "join", {ints_list({})}), "''");
    kr_value parts[3] = {S("x"), S("y"), S("z")};
    EXPECT_EQ(mrepr(S(", "), "join", {kr_build_list(3, parts)}), "'x, y, z'");
    EXPECT_EQ(mrepr(S("-"), "join", {S("abc")}), "'a-b-c'");
    EXPECT_EQ(mrepr(S("-"), "join", {ints_list({1})}),
              "<raised TypeError: join expects a list of str/bytes objects consistent with self "
              "object>");
    EXPECT_EQ(mrepr(S("a\nb\r\nc"), "splitlines"), "['a', 'b', 'c']");
    EXPECT_EQ(mrepr(S("a\nb\n"), "splitlines", {kr_val(&kr_True)}), "['a\\n', 'b\\n']");
}

TEST(StrMethods, StripAndCase) {
    EXPECT_EQ(mrepr(S("  hi \n"), "strip"), "'hi'");
    EXPECT_EQ(mrepr(S("  hi "), "lstrip"), "'hi '");
    EXPECT_EQ(mrepr(S("  hi "), "rstrip"), "'  hi'");
    EXPECT_EQ(mrepr(S("xxhixy"), "strip", {S("xy")}), "'hi'");
    EXPECT_EQ(mrepr(S("\xc3\xa9h\xc3\xa9"), "strip", {S("\xc3\xa9")}), "'h'");
    EXPECT_EQ(mrepr(S("Hello World"), "upper"), "'HELLO WORLD'");
    EXPECT_EQ(mrepr(S("Hello World"), "lower"), "'hello world'");
    EXPECT_EQ(mrepr(S("Hello"), "swapcase"), "'hELLO'");
    EXPECT_EQ(mrepr(S("hello wORLD"), "capitalize"), "'Hello world'");
    EXPECT_EQ(mrepr(S("hello wORLD-x"), "title"), "'Hello World-X'");
}

TEST(StrMethods, Search) {
    kr_value s = S("hello world");
    EXPECT_EQ(mrepr(s, "find", {S("o")}), "4");
    EXPECT_EQ(mrepr(s, "rfind", {S("o")}), "7");
    EXPECT_EQ(mrepr(s, "find", {S("o"), I(5)}), "7");
    EXPECT_EQ(mrepr(s, "find", {S("o"), I(5), I(7)}), "-1");
    EXPECT_EQ(mrepr(s, "find", {S("z")}), "-1");
    EXPECT_EQ(mrepr(s, "find", {S(""), I(20)}), "-1");
    EXPECT_EQ(mrepr(s, "index", {S("z")}), "<raised ValueError: substring not found>");
    EXPECT_EQ(mrepr(s, "rindex", {S("l")}), "9");
    EXPECT_EQ(mrepr(S("\xc3\xa9t\xc3\xa9"), "find", {S("t")}), "1");
    EXPECT_EQ(mrepr(S("\xc3\xa9t\xc3\xa9"), "rfind", {S("\xc3\xa9")}), "2");
    EXPECT_EQ(mrepr(s, "count", {S("l")}), "3");
    EXPECT_EQ(mrepr(S("aaaa"), "count", {S("aa")}), "2");
    EXPECT_EQ(mrepr(S("abc"), "count", {S("")}), "4");
    EXPECT_EQ(mrepr(s, "startswith", {S("hell")}), "True");
    EXPECT_EQ(mrepr(s, "startswith", {S("world"), I(6)}), "True");
    EXPECT_EQ(mrepr(s, "endswith", {S("world")}), "True");
    kr_value t[2] = {S("x"), S("ld")};
    EXPECT_EQ(mrepr(s, "endswith", {kr_build_tuple(2, t)}), "True");
    EXPECT_EQ(mrepr(s, "endswith", {S("hello"), I(0), I(5)}), "True");
}

TEST(StrMethods, ReplacePartitionJustify) {
    EXPECT_EQ(mrepr(S("aXbXc"), "replace", {S("X"), S("--")}), "'a--b--c'");
    EXPECT_EQ(mrepr(S("aXbXc"), "replace", {S("X"), S(""), I(1)}), "'abXc'");
    EXPECT_EQ(mrepr(S("ab"), "replace", {S(""), S("-")}), "'-a-b-'");
    EXPECT_EQ(mrepr(S("a=b=c"), "partition", {S("=")}), "('a', '=', 'b=c')");
    EXPECT_EQ(mrepr(S("a=b=c"), "rpartition", {S("=")}), "('a=b', '=', 'c')");
    EXPECT_EQ(mrepr(S("abc"), "partition", {S("=")}), "('abc', '', '')");
    EXPECT_EQ(mrepr(S("abc"), "rpartition", {S("=")}), "('', '', 'abc')");
    EXPECT_EQ(mrepr(S("ab"), "center", {I(6)}), "'  ab  '");
    EXPECT_EQ(mrepr(S("ab"), "center", {I(5), S("*")}), "'**ab*'");
    EXPECT_EQ(mrepr(S("abc"), "center", {I(6)}), "' abc  '");
    EXPECT_EQ(mrepr(S("ab"), "ljust", {I(4)}), "'ab  '");
    EXPECT_EQ(mrepr(S("ab"), "rjust", {I(4), S("0")}), "'00ab'");
    EXPECT_EQ(mrepr(S("-42"), "zfill", {I(6)}), "'-00042'");
    EXPECT_EQ(mrepr(S("42"), "zfill", {I(1)}), "'42'");
}

TEST(StrMethods, Classes) {
    EXPECT_EQ(mrepr(S("123"), "isdigit"), "True");
    EXPECT_EQ(mrepr(S("12a"), "isdigit"), "False");
    EXPECT_EQ(mrepr(S(""), "isdigit"), "False");
    EXPECT_EQ(mrepr(S("abC"), "isalpha"), "True");
    EXPECT_EQ(mrepr(S(" \t\n"), "isspace"), "True");
    EXPECT_EQ(mrepr(S("a1"), "isalnum"), "True");
    EXPECT_EQ(mrepr(S("AB1"), "isupper"), "True");
    EXPECT_EQ(mrepr(S("Ab"), "isupper"), "False");
    EXPECT_EQ(mrepr(S("ab1"), "islower"), "True");
    EXPECT_EQ(mrepr(S("12"), "islower"), "False");
}

TEST(Bytes, Basics) {
    kr_value b = kr_bytes_new((const uint8_t *)"a'\x00\xff", 4);
    EXPECT_EQ(repr(b), "b\"a'\\x00\\xff\"");
    EXPECT_EQ(str(b), "b\"a'\\x00\\xff\"");
    EXPECT_EQ(kr_type_bytes.unary_op(KR_UNARY_LEN, b), I(4));
    EXPECT_EQ(kr_type_bytes.getitem(b, I(-1)), I(255));
    kr_value c = kr_bytes_new((const uint8_t *)"xy", 2);
    EXPECT_EQ(repr(kr_type_bytes.binary_op(KR_BINARY_ADD, c, c)), "b'xyxy'");
    EXPECT_EQ(kr_type_bytes.binary_op(KR_BINARY_EQ, c, kr_bytes_new((const uint8_t *)"xy", 2)),
              kr_val(&kr_True));
    EXPECT_EQ(kr_type_bytes.binary_op(KR_BINARY_IN, c, I('y')), kr_val(&kr_True));
    EXPECT_EQ(mrepr(c, "decode"), "'xy'");
    EXPECT_EQ(repr(kr_type_bytes.getitem(c, kr_build_slice(None, None, I(-1)))), "b'yx'");
    EXPECT_EQ(mrepr(S("h\xc3\xa9"), "encode"), "b'h\\xc3\\xa9'");
    EXPECT_EQ(repr(make(&kr_type_bytes, {ints_list({104, 105})})), "b'hi'");
    EXPECT_EQ(repr(make(&kr_type_bytes, {I(3)})), "b'\\x00\\x00\\x00'");
    EXPECT_EQ(repr(make(&kr_type_bytes, {ints_list({256})})),
              "<raised ValueError: bytes value out of range>");
    kr_value bad = kr_bytes_new((const uint8_t *)"\xff", 1);
    EXPECT_EQ(mrepr(bad, "decode"), "<raised UnicodeError: invalid utf-8>");
    kr_value it = kr_type_bytes.getiter(c);
    EXPECT_EQ(kr_obj(it)->type->iternext(it), I('x'));
    EXPECT_EQ(kr_obj(it)->type->iternext(it), I('y'));
    EXPECT_EQ(kr_obj(it)->type->iternext(it), KR_STOP);
}

static kr_value B(const char *s) {
    return kr_bytes_new((const uint8_t *)s, strlen(s));
}

TEST(Bytes, SharesStrMethods) {
    EXPECT_EQ(mrepr(B("a,b,,c"), "split", {B(",")}), "[b'a', b'b', b'', b'c']");
    EXPECT_EQ(mrepr(B("  x y "), "split"), "[b'x', b'y']");
    EXPECT_EQ(mrepr(B(" \xc3\xa9 "), "strip"), "b'\\xc3\\xa9'");
    EXPECT_EQ(mrepr(B("\xc3\xa9\xc3"), "rstrip", {B("\xc3")}), "b'\\xc3\\xa9'");
    EXPECT_EQ(mrepr(B("hello"), "find", {B("l")}), "2");
    EXPECT_EQ(mrepr(B("\xff\xfe"
                      "ab"),
                    "find", {B("a")}),
              "2");
    EXPECT_EQ(mrepr(B("abc"), "count", {B("")}), "4");
    EXPECT_EQ(mrepr(B("abc"), "replace", {B(""), B("-")}), "b'-a-b-c-'");
    EXPECT_EQ(mrepr(B("abc"), "startswith", {B("ab")}), "True");
    EXPECT_EQ(mrepr(B("aXb"), "partition", {B("X")}), "(b'a', b'X', b'b')");
    kr_value ab[2] = {B("a"), B("b")};
    EXPECT_EQ(mrepr(B("-"), "join", {kr_build_list(2, ab)}), "b'a-b'");
    EXPECT_EQ(mrepr(B("Ab"), "upper"), "b'AB'");
    EXPECT_EQ(mrepr(B("ab"), "center", {I(6), B("*")}), "b'**ab**'");
    EXPECT_EQ(mrepr(B("ab"), "find", {S("a")}),
              "<raised TypeError: can't convert 'str' object to bytes implicitly>");
    EXPECT_EQ(mrepr(B("ab"), "format"), "<raised AttributeError: test: no method format>");
}

TEST(StrBuf, BuildsLongStrings) {
    kr_strbuf b;
    kr_strbuf_init(&b);
    for (int i = 0; i < 1000; i++)
        kr_print_cstr(&b.printer, "abc");
    kr_value s = kr_strbuf_to_str(&b);
    size_t n;
    kr_str_data(s, &n);
    EXPECT_EQ(n, 3000u);
    EXPECT_EQ(kr_type_str.unary_op(KR_UNARY_LEN, s), I(3000));
}
