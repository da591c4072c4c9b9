//===- ParserErrorTest.cpp - Syntax errors, positions and messages --------===//

#include "TestUtil.h"

#include <gtest/gtest.h>

using namespace krait;
using namespace krait::test;

TEST(ParserErrors, FullMessageWithCaret) {
    EXPECT_EQ(errorsOf("x = 1\nif x\n    pass\n"), "t.py:2:5: error: expected ':'\nif x\n    ^\n");
    EXPECT_EQ(errorsOf("def f():\n\treturn 1 +\n"),
              "t.py:2:12: error: invalid syntax\n\treturn 1 +\n\t          ^\n");
}

TEST(ParserErrors, StopsAtFirstError) {
    Fixture fx("x = = 1\ny = = 2\n");
    EXPECT_FALSE(parseModule(fx.file, fx.diags));
    EXPECT_EQ(fx.diags.errorCount(), 1u);
}

TEST(ParserErrors, FirstErrorInSourceOrderWins) {
    // The syntax error at '2' comes before the bad escape in the string.
    EXPECT_EQ(firstError("1 2 '\\x'\n"), "t.py:1:3: error: invalid syntax");
}

TEST(ParserErrors, InvalidSyntax) {
    EXPECT_EQ(firstError("x = = 1\n"), "t.py:1:5: error: invalid syntax");
    EXPECT_EQ(firstError("a b\n"), "t.py:1:3: error: invalid syntax");
    EXPECT_EQ(firstError("x := 1\n"), "t.py:1:3: error: invalid syntax");
    EXPECT_EQ(firstError("def f(:\n"), "t.py:1:7: error: invalid syntax");
    EXPECT_EQ(firstError("import\n"), "t.py:1:7: error: invalid syntax");
}

TEST(ParserErrors, Indentation) {
    EXPECT_EQ(firstError("x = 1\n    y = 2\n"), "t.py:2:5: error: unexpected indent");
    EXPECT_EQ(firstError("if x:\ny = 2\n"), "t.py:2:1: error: expected an indented block");
    EXPECT_EQ(firstError("if x:\n    a\n  b\n"),
              "t.py:3:3: error: unindent does not match any outer indentation level");
}

TEST(ParserErrors, Brackets) {
    EXPECT_EQ(firstError("x = (1,\n"), "t.py:1:5: error: '(' was never closed");
    EXPECT_EQ(firstError("f(a,\n  [b,\n"), "t.py:2:3: error: '[' was never closed");
    EXPECT_EQ(firstError("x = [1, 2)\n"),
              "t.py:1:10: error: closing parenthesis ')' does not match opening parenthesis '['");
    EXPECT_EQ(firstError("x = {1,\n  2]\n"),
              "t.py:2:4: error: closing parenthesis ']' does not match opening parenthesis '{' "
              "on line 1");
    EXPECT_EQ(firstError("x = )\n"), "t.py:1:5: error: unmatched ')'");
    EXPECT_EQ(firstError("x = (1))\n"), "t.py:1:8: error: unmatched ')'");
}

TEST(ParserErrors, InvalidTargets) {
    EXPECT_EQ(firstError("1 = x\n"), "t.py:1:1: error: cannot assign to literal");
    EXPECT_EQ(firstError("f() = x\n"), "t.py:1:1: error: cannot assign to function call");
    EXPECT_EQ(firstError("a + b = x\n"), "t.py:1:1: error: cannot assign to expression");
    EXPECT_EQ(firstError("None = 1\n"), "t.py:1:1: error: cannot assign to None");
    EXPECT_EQ(firstError("x, 2 = y\n"), "t.py:1:4: error: cannot assign to literal");
    EXPECT_EQ(firstError("a < b = 1\n"), "t.py:1:1: error: cannot assign to comparison");
    EXPECT_EQ(firstError("[x for x in y] = 1\n"),
              "t.py:1:1: error: cannot assign to list comprehension");
    EXPECT_EQ(firstError("for 1 in x: pass\n"), "t.py:1:5: error: cannot assign to literal");
    EXPECT_EQ(firstError("del f()\n"), "t.py:1:5: error: cannot delete function call");
    EXPECT_EQ(firstError("*a = b\n"),
              "t.py:1:1: error: starred assignment target must be in a list or tuple");
    EXPECT_EQ(firstError("*a, *b = c\n"),
              "t.py:1:5: error: multiple starred expressions in assignment");
    EXPECT_EQ(firstError("a, b += 1\n"),
              "t.py:1:1: error: 'tuple' is an illegal expression for augmented assignment");
    EXPECT_EQ(firstError("(a, b): int\n"),
              "t.py:1:1: error: only single target (not tuple) can be annotated");
    EXPECT_EQ(firstError("f(x) := 1\n"), "t.py:1:6: error: invalid syntax");
    EXPECT_EQ(firstError("(f(x) := 1)\n"),
              "t.py:1:2: error: cannot use assignment expressions with this expression");
}

TEST(ParserErrors, Starred) {
    EXPECT_EQ(firstError("*a\n"), "t.py:1:1: error: can't use starred expression here");
    EXPECT_EQ(firstError("x = *a\n"), "t.py:1:5: error: can't use starred expression here");
    EXPECT_EQ(firstError("print((*a))\n"), "t.py:1:8: error: can't use starred expression here");
}

TEST(ParserErrors, Arguments) {
    EXPECT_EQ(firstError("f(a=1, b)\n"),
              "t.py:1:8: error: positional argument follows keyword argument");
    EXPECT_EQ(firstError("f(**a, b)\n"),
              "t.py:1:8: error: positional argument follows keyword argument unpacking");
    EXPECT_EQ(firstError("f(**a, *b)\n"),
              "t.py:1:8: error: iterable argument unpacking follows keyword argument unpacking");
    EXPECT_EQ(firstError("f(a=1, a=2)\n"), "t.py:1:8: error: keyword argument repeated: a");
    EXPECT_EQ(firstError("f(a.b=1)\n"),
              "t.py:1:3: error: expression cannot contain assignment, perhaps you meant \"==\"?");
    EXPECT_EQ(firstError("f(x for x in y, 1)\n"),
              "t.py:1:3: error: Generator expression must be parenthesized");
}

TEST(ParserErrors, Parameters) {
    EXPECT_EQ(firstError("def f(a=1, b): pass\n"),
              "t.py:1:12: error: non-default argument follows default argument");
    EXPECT_EQ(firstError("def f(a, a): pass\n"),
              "t.py:1:10: error: duplicate argument 'a' in function definition");
    EXPECT_EQ(firstError("def f(*): pass\n"),
              "t.py:1:7: error: named arguments must follow bare *");
    EXPECT_EQ(firstError("def f(**k, a): pass\n"),
              "t.py:1:12: error: arguments cannot follow var-keyword argument");
    EXPECT_EQ(firstError("lambda x=1, y: 0\n"),
              "t.py:1:13: error: non-default argument follows default argument");
}

TEST(ParserErrors, LoopControlOutsideLoop) {
    EXPECT_EQ(firstError("break\n"), "t.py:1:1: error: 'break' outside loop");
    EXPECT_EQ(firstError("while 1:\n    def f():\n        continue\n"),
              "t.py:3:9: error: 'continue' not properly in loop");
}

TEST(ParserErrors, TryStatements) {
    EXPECT_EQ(firstError("try:\n    pass\nx = 1\n"),
              "t.py:3:1: error: expected 'except' or 'finally' block");
    EXPECT_EQ(firstError("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n"),
              "t.py:3:1: error: default 'except:' must be last");
}

TEST(ParserErrors, Imports) {
    EXPECT_EQ(firstError("from x import a,\n"),
              "t.py:1:17: error: trailing comma not allowed without surrounding parentheses");
    EXPECT_EQ(firstError("from import a\n"), "t.py:1:6: error: invalid syntax");
}

TEST(ParserErrors, Strings) {
    EXPECT_EQ(firstError("x = 'a' b'b'\n"),
              "t.py:1:9: error: cannot mix bytes and nonbytes literals");
}

TEST(ParserErrors, FStrings) {
    // MicroPython finds the end of a field by counting brackets, ignoring quotes.
    EXPECT_EQ(firstError("print(f\"{'hello { world'}\")\n"), "t.py:1:9: error: invalid syntax");
    EXPECT_EQ(firstError("print(f\"{'hello ] world'}\")\n"), "t.py:1:9: error: invalid syntax");
    // No ascii() in MicroPython: !a is a syntax error.
    EXPECT_EQ(firstError("f\"{'unicode text'!a}\"\n"), "t.py:1:18: error: invalid syntax");
    EXPECT_EQ(firstError("f'{x!z}'\n"), "t.py:1:5: error: f-string: invalid conversion character");
    EXPECT_EQ(firstError("f'{}'\n"), "t.py:1:4: error: f-string: empty expression not allowed");
    EXPECT_EQ(firstError("f'a}'\n"), "t.py:1:4: error: f-string: single '}' is not allowed");
    EXPECT_EQ(firstError("f'{x'\n"), "t.py:1:3: error: invalid syntax");
    EXPECT_EQ(firstError("f'{a # b}'\n"),
              "t.py:1:6: error: f-string expression part cannot include '#'");
    EXPECT_EQ(errorsOf("f'{\"#\"}'\n"), "");
    // Errors inside a field point into the field.
    EXPECT_EQ(firstError("f'{1 +}'\n"), "t.py:1:7: error: invalid syntax");
    EXPECT_EQ(firstError("s = f'''\n{a b}'''\n"), "t.py:2:4: error: invalid syntax");
}

TEST(ParserErrors, NestingLimitsInsteadOfStackOverflow) {
    EXPECT_EQ(firstError("x = " + std::string(300, '(') + "1" + std::string(300, ')') + "\n"),
              "t.py:1:205: error: too many nested parentheses");
    EXPECT_EQ(firstError("x = " + std::string(5000, '-') + "1\n"),
              "t.py:1:1003: error: too many nested expressions");
    std::string src;
    for (int i = 0; i < 120; ++i)
        src += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
    EXPECT_EQ(firstError(src), "t.py:102:102: error: too many levels of indentation");
    // Reasonable nesting is fine.
    EXPECT_EQ(errorsOf("x = " + std::string(100, '[') + std::string(100, ']') + "\n"), "");
}

TEST(ParserErrors, InvalidUtf8FailsTheParse) {
    Fixture fx("x = 1\n\x80\n");
    EXPECT_FALSE(parseModule(fx.file, fx.diags));
    EXPECT_EQ(fx.diags.errorCount(), 1u);
}
