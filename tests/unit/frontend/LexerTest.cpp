//===- LexerTest.cpp - Lexer tests ----------------------------------------===//

#include "TestUtil.h"

#include <gtest/gtest.h>

using namespace krait;
using namespace krait::test;

namespace {

/// Lexes `text`, which must hold exactly one token before NEWLINE.
Token single(const std::string &text) {
    Fixture fx(text);
    auto tokens = lexAll(fx);
    EXPECT_EQ(fx.out.str(), "");
    EXPECT_GE(tokens.size(), 2u);
    return tokens.front();
}

/// The first diagnostic line for lexing `text`.
std::string lexError(const std::string &text) {
    Fixture fx(text);
    lexAll(fx);
    std::string all = fx.out.str();
    return all.substr(0, all.find('\n'));
}

} // namespace

TEST(Lexer, IndentDedent) {
    EXPECT_EQ(tokenKinds("if x:\n    y\n    if z:\n        w\nv\n"),
              "if x : NEWLINE INDENT y NEWLINE if z : NEWLINE INDENT w NEWLINE DEDENT DEDENT v "
              "NEWLINE ENDMARKER");
}

TEST(Lexer, DedentsAtEndOfFileWithoutNewline) {
    EXPECT_EQ(tokenKinds("if x:\n  y"), "if x : NEWLINE INDENT y NEWLINE DEDENT ENDMARKER");
}

TEST(Lexer, BlankLinesAndCommentsAreIgnored) {
    EXPECT_EQ(tokenKinds("# c\n\nx  # tail\n   \n      # deep comment\ny\n"),
              "x NEWLINE y NEWLINE ENDMARKER");
}

TEST(Lexer, TabsAdvanceToMultipleOfEight) {
    // A tab and eight spaces are the same indentation.
    EXPECT_EQ(tokenKinds("if x:\n\ty\n        z\n"),
              "if x : NEWLINE INDENT y NEWLINE z NEWLINE DEDENT ENDMARKER");
    // Two spaces then a tab is still column 8.
    EXPECT_EQ(tokenKinds("if x:\n  \ty\n        z\n"),
              "if x : NEWLINE INDENT y NEWLINE z NEWLINE DEDENT ENDMARKER");
}

TEST(Lexer, InconsistentDedentIsAnError) {
    EXPECT_EQ(lexError("if x:\n    y\n  z\n"),
              "t.py:3:3: error: unindent does not match any outer indentation level");
}

TEST(Lexer, NewlinesInsideBracketsAreIgnored) {
    EXPECT_EQ(tokenKinds("x = (1,\n  2)\n[\n]\n{\n}\n"),
              "x = ( NUMBER , NUMBER ) NEWLINE [ ] NEWLINE { } NEWLINE ENDMARKER");
}

TEST(Lexer, BackslashContinuation) {
    EXPECT_EQ(tokenKinds("x = 1 + \\\n    2\ny\n"),
              "x = NUMBER + NUMBER NEWLINE y NEWLINE ENDMARKER");
    EXPECT_EQ(lexError("x = 1 \\ 2\n"),
              "t.py:1:7: error: unexpected character after line continuation character");
}

TEST(Lexer, ContinuationAtEndOfInput) {
    EXPECT_EQ(lexError("x = 1 \\\n"), "t.py:2:1: error: unexpected EOF while parsing");
    EXPECT_EQ(lexError("\\\n"), "t.py:2:1: error: unexpected EOF while parsing");
}

TEST(Lexer, CrLfLineEndings) {
    EXPECT_EQ(tokenKinds("if x:\r\n    y\r\nz\r\n"),
              "if x : NEWLINE INDENT y NEWLINE DEDENT z NEWLINE ENDMARKER");
}

TEST(Lexer, Positions) {
    Fixture fx("ab = 12\n  # c\ncd(\n  e)\n");
    auto t = lexAll(fx);
    ASSERT_GE(t.size(), 10u);
    EXPECT_EQ(t[0].range.begin.line, 1u);
    EXPECT_EQ(t[0].range.begin.col, 1u);
    EXPECT_EQ(t[0].range.end.col, 3u);
    EXPECT_EQ(t[2].range.begin.col, 6u);  // 12
    EXPECT_EQ(t[4].range.begin.line, 3u); // cd
    EXPECT_EQ(t[6].range.begin.line, 4u); // e
    EXPECT_EQ(t[6].range.begin.col, 3u);
}

TEST(Lexer, Keywords) {
    EXPECT_EQ(tokenKinds("async await lambda nonlocal None True False yield"),
              "async await lambda nonlocal None True False yield NEWLINE ENDMARKER");
}

TEST(Lexer, UnicodeIdentifiers) {
    Fixture fx("h\xc3\xa9llo = \xce\xbb\n");
    auto t = lexAll(fx);
    EXPECT_EQ(t[0].kind, TokenKind::Name);
    EXPECT_EQ(t[0].text, "h\xc3\xa9llo");
    EXPECT_EQ(t[1].range.begin.col, 7u); // '=' counted in code points.
    EXPECT_EQ(t[2].text, "\xce\xbb");
}

TEST(Lexer, AllOperators) {
    EXPECT_EQ(tokenKinds("+ - * / // % ** @ << >> & | ^ ~ < > <= >= == != := -> ..."),
              "+ - * / // % ** @ << >> & | ^ ~ < > <= >= == != := -> ... NEWLINE ENDMARKER");
    EXPECT_EQ(tokenKinds("+= -= *= /= //= %= **= @= <<= >>= &= |= ^= = . , ; :"),
              "+= -= *= /= //= %= **= @= <<= >>= &= |= ^= = . , ; : NEWLINE ENDMARKER");
}

TEST(Lexer, DecimalIntegers) {
    Token t = single("1_000_000");
    EXPECT_EQ(t.kind, TokenKind::Number);
    EXPECT_EQ(t.numberKind, NumberKind::Int);
    EXPECT_EQ(t.text, "1000000");
    EXPECT_EQ(t.base, 10u);
    EXPECT_EQ(single("0").text, "0");
    EXPECT_EQ(single("000").text, "0");
    EXPECT_EQ(single("123456789012345678901234567890").text, "123456789012345678901234567890");
}

TEST(Lexer, PrefixedIntegers) {
    Token h = single("0xDead_Beef");
    EXPECT_EQ(h.base, 16u);
    EXPECT_EQ(h.text, "deadbeef");
    Token o = single("0o7_7");
    EXPECT_EQ(o.base, 8u);
    EXPECT_EQ(o.text, "77");
    Token b = single("0B_1010");
    EXPECT_EQ(b.base, 2u);
    EXPECT_EQ(b.text, "1010");
}

TEST(Lexer, Floats) {
    struct Case {
        const char *src;
        double value;
    } cases[] = {{"1.5", 1.5},   {"1.", 1.0},      {".5", 0.5},        {"1e3", 1000.0},
                 {"1E-2", 0.01}, {"2.5e+1", 25.0}, {"1_0.0_1", 10.01}, {"0.0", 0.0}};
    for (const auto &c : cases) {
        Token t = single(c.src);
        EXPECT_EQ(t.numberKind, NumberKind::Float) << c.src;
        EXPECT_DOUBLE_EQ(t.floatValue, c.value) << c.src;
    }
}

TEST(Lexer, Imaginary) {
    Token t = single("2.5j");
    EXPECT_EQ(t.numberKind, NumberKind::Imaginary);
    EXPECT_DOUBLE_EQ(t.floatValue, 2.5);
    EXPECT_EQ(single("3J").numberKind, NumberKind::Imaginary);
    EXPECT_EQ(single("1e2j").floatValue, 100.0);
}

TEST(Lexer, NumberErrors) {
    EXPECT_EQ(lexError("x = 0x\n"), "t.py:1:7: error: invalid hexadecimal literal");
    EXPECT_EQ(lexError("1__0\n"), "t.py:1:3: error: invalid decimal literal");
    EXPECT_EQ(lexError("1_\n"), "t.py:1:3: error: invalid decimal literal");
    EXPECT_EQ(lexError("012\n"), "t.py:1:1: error: leading zeros in decimal integer literals are "
                                 "not permitted; use an 0o prefix for octal integers");
    EXPECT_EQ(lexError("0b102\n"), "t.py:1:5: error: invalid digit '2' in binary literal");
    EXPECT_EQ(lexError("12abc\n"), "t.py:1:3: error: invalid decimal literal");
    // A keyword right after a number is fine.
    EXPECT_EQ(tokenKinds("1if x else 2"), "NUMBER if x else NUMBER NEWLINE ENDMARKER");
}

TEST(Lexer, StringQuotesAndPrefixes) {
    EXPECT_EQ(single("'a\"b'").text, "a\"b");
    EXPECT_EQ(single("\"a'b\"").text, "a'b");
    EXPECT_EQ(single("'''a\nb'''").text, "a\nb");
    EXPECT_EQ(single("\"\"\"x\"y\"\"\"").text, "x\"y");
    EXPECT_EQ(single("u'x'").text, "x");
    EXPECT_EQ(single("R'\\n'").text, "\\n");
    Token b = single("b'\\x00\\xff'");
    EXPECT_TRUE(b.isBytes);
    EXPECT_EQ(b.text, std::string("\x00\xff", 2));
    EXPECT_TRUE(single("Rb'x'").isBytes);
    EXPECT_TRUE(single("bR'x'").isRaw);
    Token f = single("F'a{b}'");
    EXPECT_TRUE(f.isFString);
    EXPECT_EQ(f.bodyEnd - f.bodyBegin, 4u);
    EXPECT_TRUE(single("rf'x'").isRaw);
    EXPECT_TRUE(single("fR'x'").isFString);
}

TEST(Lexer, StringEscapes) {
    EXPECT_EQ(single(R"('\n\t\\\'\"\r\a\b\f\v')").text, "\n\t\\'\"\r\a\b\f\v");
    EXPECT_EQ(single(R"('\101\0\7')").text, std::string("A\0\7", 3));
    EXPECT_EQ(single(R"('\x41\u00e9\U0001F600')").text, "A\xc3\xa9\xf0\x9f\x98\x80");
    EXPECT_EQ(single(R"('\q\d')").text, "\\q\\d");     // Unknown escapes are kept.
    EXPECT_EQ(single("'a\\\nb'").text, "ab");          // Continuation inside a string.
    EXPECT_EQ(single(R"(b'\u0041')").text, "\\u0041"); // No \u in bytes.
    EXPECT_EQ(single("'\xc3\xa9'").text, "\xc3\xa9");
}

TEST(Lexer, StringErrors) {
    EXPECT_EQ(lexError("x = 'abc\n"), "t.py:1:5: error: unterminated string literal");
    EXPECT_EQ(lexError("x = '''abc\n\n"),
              "t.py:1:5: error: unterminated triple-quoted string literal");
    EXPECT_EQ(lexError("x = '\\x4'\n"), "t.py:1:6: error: truncated \\xXX escape");
    EXPECT_EQ(lexError("x = '\\u12'\n"), "t.py:1:6: error: truncated \\uXXXX escape");
    EXPECT_EQ(lexError("x = '\\U00110000'\n"), "t.py:1:6: error: illegal Unicode character");
    EXPECT_EQ(lexError("x = '\\N{DASH}'\n"),
              "t.py:1:6: error: unicode name escapes (\\N{...}) are not supported");
    EXPECT_EQ(lexError("x = b'\xc3\xa9'\n"),
              "t.py:1:7: error: bytes can only contain ASCII literal characters");
}

TEST(Lexer, InvalidCharacters) {
    EXPECT_EQ(lexError("a $ b\n"), "t.py:1:3: error: invalid character '$' (U+0024)");
    EXPECT_EQ(lexError("a ! b\n"), "t.py:1:3: error: invalid syntax");
}

TEST(Lexer, ErrorStopsTheTokenStream) {
    Fixture fx("'abc\nx y z\n");
    Lexer lexer(fx.file, fx.diags);
    EXPECT_EQ(lexer.next().kind, TokenKind::Error);
    EXPECT_EQ(lexer.next().kind, TokenKind::EndMarker);
    EXPECT_EQ(fx.diags.errorCount(), 1u);
}

TEST(Lexer, SourceMustBeUtf8) {
    EXPECT_EQ(lexError("x = 1\ny = '\xff'\n"),
              "t.py:2:6: error: invalid UTF-8 byte sequence in source");
    EXPECT_EQ(lexError("# \xc3\n"), "t.py:1:3: error: invalid UTF-8 byte sequence in source");
    EXPECT_EQ(lexError("s = '\xed\xa0\x80'\n"),
              "t.py:1:6: error: invalid UTF-8 byte sequence in source");
    // A byte order mark is skipped.
    EXPECT_EQ(tokenKinds("\xef\xbb\xbfx\n"), "x NEWLINE ENDMARKER");
}
