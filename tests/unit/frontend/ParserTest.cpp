//===- ParserTest.cpp - One test per grammar form -------------------------===//

#include "TestUtil.h"

#include <gtest/gtest.h>

using namespace krait;
using namespace krait::test;

// --- Atoms and literals ------------------------------------------------------

TEST(Parser, NameAndConstants) {
    EXPECT_EQ(parseDump("x\nNone\nTrue\nFalse\n...\n"),
              "(Expr (Name x))\n(Expr None)\n(Expr True)\n(Expr False)\n(Expr ...)");
}

TEST(Parser, Numbers) {
    EXPECT_EQ(parseDump("12; 0xff; 0o17; 0b101; 1.5; 2j; 99999999999999999999999\n"),
              "(Expr (Int 12))\n(Expr (Int 0xff))\n(Expr (Int 0o17))\n(Expr (Int 0b101))\n"
              "(Expr (Float 1.5))\n(Expr (Imag 2j))\n(Expr (Int 99999999999999999999999))");
}

TEST(Parser, AdjacentStringsConcatenate) {
    EXPECT_EQ(parseDump("'a' \"b\" '''c'''\n"), "(Expr (Str \"abc\"))");
    EXPECT_EQ(parseDump("b'a' b'b'\n"), "(Expr (Bytes b\"ab\"))");
}

TEST(Parser, FStrings) {
    EXPECT_EQ(parseDump("f'a{x}b'\n"),
              "(Expr (JoinedStr (Str \"a\") (FormattedValue (Name x)) (Str \"b\")))");
    EXPECT_EQ(parseDump("f'{x!r} {y!s:>10}'\n"),
              "(Expr (JoinedStr (FormattedValue (Name x) !r) (Str \" \") (FormattedValue (Name y) "
              "!s (JoinedStr (Str \">10\")))))");
    EXPECT_EQ(parseDump("f'{x:{w}.{p}f}'\n"),
              "(Expr (JoinedStr (FormattedValue (Name x) (JoinedStr (FormattedValue (Name w)) "
              "(Str \".\") (FormattedValue (Name p)) (Str \"f\")))))");
    EXPECT_EQ(parseDump("f'{{}}{a[1]}\\n'\n"),
              "(Expr (JoinedStr (Str \"{}\") (FormattedValue (Subscript (Name a) (Int 1))) "
              "(Str \"\\n\")))");
    EXPECT_EQ(parseDump("'x' f'{1+2}' 'y'\n"),
              "(Expr (JoinedStr (Str \"x\") (FormattedValue (BinOp + (Int 1) (Int 2))) (Str "
              "\"y\")))");
    EXPECT_EQ(parseDump("f'{a!=b}'\n"),
              "(Expr (JoinedStr (FormattedValue (Compare (Name a) != (Name b)))))");
    EXPECT_EQ(parseDump("f'{ {1: 2}[1] }'\n"),
              "(Expr (JoinedStr (FormattedValue (Subscript (Dict ((Int 1) (Int 2))) (Int 1)))))");
    EXPECT_EQ(parseDump("rf'\\d{x}'\n"),
              "(Expr (JoinedStr (Str \"\\\\d\") (FormattedValue (Name x))))");
    EXPECT_EQ(parseDump("f'{x,y}'\n"),
              "(Expr (JoinedStr (FormattedValue (Tuple (Name x) (Name y)))))");
}

TEST(Parser, FStringSelfDocumentingExpressions) {
    EXPECT_EQ(parseDump("f'{x=}'\n"),
              "(Expr (JoinedStr (Str \"x=\") (FormattedValue (Name x) !r)))");
    EXPECT_EQ(parseDump("f'{a + b = }'\n"),
              "(Expr (JoinedStr (Str \"a + b = \") (FormattedValue (BinOp + (Name a) (Name b)) "
              "!r)))");
    EXPECT_EQ(parseDump("f'{arg=!s} {w=:>4}'\n"),
              "(Expr (JoinedStr (Str \"arg=\") (FormattedValue (Name arg) !s) (Str \" w=\") "
              "(FormattedValue (Name w) (JoinedStr (Str \">4\")))))");
    // Comparisons are not the '=' marker.
    EXPECT_EQ(parseDump("f'{a==b}{a<=b}'\n"),
              "(Expr (JoinedStr (FormattedValue (Compare (Name a) == (Name b))) (FormattedValue "
              "(Compare (Name a) <= (Name b)))))");
    EXPECT_EQ(parseDump("f'{f(a=1)}'\n"),
              "(Expr (JoinedStr (FormattedValue (Call (Name f) (kw a (Int 1))))))");
}

TEST(Parser, FStringConcatenatedWithBracedLiteralUsesMicroPythonFormat) {
    // MicroPython turns the whole concatenation into one str.format template,
    // so "a{}a" f"{x}" fails at run time with IndexError, as documented.
    EXPECT_EQ(parseDump("\"a{}a\" f\"{x}\"\n"),
              "(Expr (Call (Attribute (Str \"a{}a{}\") format) (Name x)))");
    EXPECT_EQ(parseDump("f\"{x!r:>{w}}\" \"a{}b{{\"\n"),
              "(Expr (Call (Attribute (Str \"{!r:>{}}a{}b{{\") format) (Name x) (Name w)))");
    // Braces that are text of the f-string part itself stay escaped.
    EXPECT_EQ(parseDump("f\"{{{x}}}\" \"{}\"\n"),
              "(Expr (Call (Attribute (Str \"{{{}}}{}\") format) (Name x)))");
    // Without braces in the plain parts, an ordinary JoinedStr.
    EXPECT_EQ(parseDump("\"aa\" f\"{x}\"\n"),
              "(Expr (JoinedStr (Str \"aa\") (FormattedValue (Name x))))");
}

TEST(Parser, FStringFieldPositionsPointIntoTheSource) {
    Fixture fx("s = f'ab{ xyz }'\n");
    auto m = parseModule(fx.file, fx.diags);
    ASSERT_TRUE(m);
    auto *assign = ast::cast<ast::Assign>(m->body[0].get());
    auto *js = ast::cast<ast::JoinedStr>(assign->value.get());
    auto *fv = ast::cast<ast::FormattedValue>(js->values[1].get());
    EXPECT_EQ(fv->range.begin.col, 9u);
    EXPECT_EQ(fv->value->range.begin.col, 11u);
    EXPECT_EQ(fv->value->range.end.col, 14u);
}

TEST(Parser, Containers) {
    EXPECT_EQ(parseDump("(); (1,); (1, 2); [1, *a]; {1, 2}; {}; {1: 2, **d}; (x)\n"),
              "(Expr (Tuple))\n(Expr (Tuple (Int 1)))\n(Expr (Tuple (Int 1) (Int 2)))\n"
              "(Expr (List (Int 1) (Starred (Name a))))\n(Expr (Set (Int 1) (Int 2)))\n"
              "(Expr (Dict))\n(Expr (Dict ((Int 1) (Int 2)) (** (Name d))))\n(Expr (Name x))");
}

TEST(Parser, Comprehensions) {
    EXPECT_EQ(parseDump("[x for x in a if x if y for z in x]\n"),
              "(Expr (ListComp (Name x) (for (Name x store) (Name a) (if (Name x)) (if (Name y))) "
              "(for (Name z store) (Name x))))");
    EXPECT_EQ(parseDump("{x for x, in a}\n"),
              "(Expr (SetComp (Name x) (for (Tuple (Name x store) store) (Name a))))");
    EXPECT_EQ(parseDump("{k: v for k, v in d}\n"),
              "(Expr (DictComp (Name k) (Name v) (for (Tuple (Name k store) (Name v store) store) "
              "(Name d))))");
    EXPECT_EQ(parseDump("(x async for x in a)\n"),
              "(Expr (GeneratorExp (Name x) (async-for (Name x store) (Name a))))");
    EXPECT_EQ(parseDump("f(x for x in a)\n"),
              "(Expr (Call (Name f) (GeneratorExp (Name x) (for (Name x store) (Name a)))))");
    EXPECT_EQ(parseDump("[x for x in a if (y := x)]\n"),
              "(Expr (ListComp (Name x) (for (Name x store) (Name a) (if (NamedExpr (Name y store) "
              "(Name x))))))");
}

// --- Operators ------------------------------------------------------------------

TEST(Parser, BinaryPrecedence) {
    EXPECT_EQ(parseDump("a + b * c - d\n"),
              "(Expr (BinOp - (BinOp + (Name a) (BinOp * (Name b) (Name c))) (Name d)))");
    EXPECT_EQ(parseDump("a | b ^ c & d << e + f @ g // h % i / j\n"),
              "(Expr (BinOp | (Name a) (BinOp ^ (Name b) (BinOp & (Name c) (BinOp << (Name d) "
              "(BinOp + (Name e) (BinOp / (BinOp % (BinOp // (BinOp @ (Name f) (Name g)) (Name h)) "
              "(Name i)) (Name j))))))))");
}

TEST(Parser, PowerIsRightAssociativeAndBindsTighterThanUnary) {
    EXPECT_EQ(parseDump("-a ** -b ** c\n"),
              "(Expr (UnaryOp - (BinOp ** (Name a) (UnaryOp - (BinOp ** (Name b) (Name c))))))");
    EXPECT_EQ(parseDump("~+x\n"), "(Expr (UnaryOp ~ (UnaryOp + (Name x))))");
}

TEST(Parser, BoolOpsAndNot) {
    EXPECT_EQ(parseDump("a or b and not c or d\n"),
              "(Expr (BoolOp or (Name a) (BoolOp and (Name b) (UnaryOp not (Name c))) (Name d)))");
}

TEST(Parser, ChainedComparisons) {
    EXPECT_EQ(parseDump("a < b <= c == d != e > f >= g\n"),
              "(Expr (Compare (Name a) < (Name b) <= (Name c) == (Name d) != (Name e) > (Name f) "
              ">= (Name g)))");
    EXPECT_EQ(parseDump("a in b not in c is d is not e\n"),
              "(Expr (Compare (Name a) in (Name b) not in (Name c) is (Name d) is not (Name e)))");
}

TEST(Parser, ConditionalExpression) {
    EXPECT_EQ(parseDump("a if b else c if d else e\n"),
              "(Expr (IfExp (Name b) (Name a) (IfExp (Name d) (Name c) (Name e))))");
}

TEST(Parser, Lambda) {
    EXPECT_EQ(parseDump("lambda: 0\n"), "(Expr (Lambda (args) (Int 0)))");
    EXPECT_EQ(parseDump("lambda a, /, b=1, *c, d, e=2, **f: a\n"),
              "(Expr (Lambda (args a / b=(Int 1) *c d e=(Int 2) **f) (Name a)))");
    EXPECT_EQ(parseDump("lambda *, k: k\n"), "(Expr (Lambda (args * k) (Name k)))");
}

TEST(Parser, NamedExpression) {
    EXPECT_EQ(parseDump("if (n := len(a)) > 10: pass\n"),
              "(If (Compare (NamedExpr (Name n store) (Call (Name len) (Name a))) > (Int 10))\n"
              "  (body\n    (Pass)))");
    EXPECT_EQ(parseDump("while x := f(): pass\n"),
              "(While (NamedExpr (Name x store) (Call (Name f)))\n  (body\n    (Pass)))");
}

// --- Trailers -------------------------------------------------------------------

TEST(Parser, CallsWithStarsAndKeywords) {
    EXPECT_EQ(parseDump("print(*a, sep='')\n"),
              "(Expr (Call (Name print) (Starred (Name a)) (kw sep (Str \"\"))))");
    EXPECT_EQ(parseDump("f(a, *b, c=1, *d, **e, g=2)\n"),
              "(Expr (Call (Name f) (Name a) (Starred (Name b)) (Starred (Name d)) (kw c (Int 1)) "
              "(kw ** (Name e)) (kw g (Int 2))))");
    EXPECT_EQ(parseDump("f()(1,)\n"), "(Expr (Call (Call (Name f)) (Int 1)))");
}

TEST(Parser, AttributesAndSubscripts) {
    EXPECT_EQ(parseDump("a.b.c[1][2]\n"),
              "(Expr (Subscript (Subscript (Attribute (Attribute (Name a) b) c) (Int 1)) (Int "
              "2)))");
}

TEST(Parser, Slices) {
    EXPECT_EQ(parseDump("a[1:2]; a[:]; a[::2]; a[1:2:3]; a[:-1]\n"),
              "(Expr (Subscript (Name a) (Slice (Int 1) (Int 2) _)))\n"
              "(Expr (Subscript (Name a) (Slice _ _ _)))\n"
              "(Expr (Subscript (Name a) (Slice _ _ (Int 2))))\n"
              "(Expr (Subscript (Name a) (Slice (Int 1) (Int 2) (Int 3))))\n"
              "(Expr (Subscript (Name a) (Slice _ (UnaryOp - (Int 1)) _)))");
    EXPECT_EQ(parseDump("a[1:2, ::3]; a[1, 2]; a[1,]\n"),
              "(Expr (Subscript (Name a) (Tuple (Slice (Int 1) (Int 2) _) (Slice _ _ (Int 3)))))\n"
              "(Expr (Subscript (Name a) (Tuple (Int 1) (Int 2))))\n"
              "(Expr (Subscript (Name a) (Tuple (Int 1))))");
}

TEST(Parser, AwaitAndYield) {
    EXPECT_EQ(parseDump("async def f():\n    await g()\n    x = yield\n    y = yield 1, 2\n"
                        "    yield from z\n"),
              "(AsyncFunctionDef f (args)\n  (body\n    (Expr (Await (Call (Name g))))\n"
              "    (Assign (Name x store) (Yield))\n"
              "    (Assign (Name y store) (Yield (Tuple (Int 1) (Int 2))))\n"
              "    (Expr (YieldFrom (Name z)))))");
}

// --- Simple statements ----------------------------------------------------------

TEST(Parser, Assignments) {
    EXPECT_EQ(parseDump("a = b = 1\n"), "(Assign (Name a store) (Name b store) (Int 1))");
    EXPECT_EQ(parseDump("a, *b = c\n"),
              "(Assign (Tuple (Name a store) (Starred (Name b store) store) store) (Name c))");
    EXPECT_EQ(parseDump("[a, (b, c)] = x.y[0] = z\n"),
              "(Assign (List (Name a store) (Tuple (Name b store) (Name c store) store) store) "
              "(Subscript (Attribute (Name x) y) (Int 0) store) (Name z))");
    EXPECT_EQ(parseDump("x = *a, *b\n"),
              "(Assign (Name x store) (Tuple (Starred (Name a)) (Starred (Name b))))");
}

TEST(Parser, AugmentedAssignments) {
    EXPECT_EQ(parseDump("a += 1; a.b -= 2; a[0] *= 3; a @= b; a /= b; a //= b; a %= b\n"
                        "a **= b; a <<= b; a >>= b; a &= b; a |= b; a ^= b\n"),
              "(AugAssign (Name a store) += (Int 1))\n"
              "(AugAssign (Attribute (Name a) b store) -= (Int 2))\n"
              "(AugAssign (Subscript (Name a) (Int 0) store) *= (Int 3))\n"
              "(AugAssign (Name a store) @= (Name b))\n(AugAssign (Name a store) /= (Name b))\n"
              "(AugAssign (Name a store) //= (Name b))\n(AugAssign (Name a store) %= (Name b))\n"
              "(AugAssign (Name a store) **= (Name b))\n(AugAssign (Name a store) <<= (Name b))\n"
              "(AugAssign (Name a store) >>= (Name b))\n(AugAssign (Name a store) &= (Name b))\n"
              "(AugAssign (Name a store) |= (Name b))\n(AugAssign (Name a store) ^= (Name b))");
}

TEST(Parser, AnnotatedAssignments) {
    EXPECT_EQ(parseDump("x: int\ny: list = []\n(z): int = 1\na.b: int\n"),
              "(AnnAssign (Name x store) (Name int))\n"
              "(AnnAssign (Name y store) (Name list) (List))\n"
              "(AnnAssign (Name z store) (Name int) (Int 1) not-simple)\n"
              "(AnnAssign (Attribute (Name a) b store) (Name int) not-simple)");
}

TEST(Parser, Delete) {
    EXPECT_EQ(parseDump("del a, b.c, d[1]\n"),
              "(Delete (Name a del) (Attribute (Name b) c del) (Subscript (Name d) (Int 1) del))");
}

TEST(Parser, DeleteTupleForms) {
    EXPECT_EQ(parseDump("del (a), [b, c]\ndel (a, b)\ndel a,\n"),
              "(Delete (Name a del) (List (Name b del) (Name c del) del))\n"
              "(Delete (Tuple (Name a del) (Name b del) del))\n(Delete (Name a del))");
}

TEST(Parser, PassBreakContinueReturn) {
    EXPECT_EQ(parseDump("def f():\n    while 1:\n        break\n        continue\n    return\n"
                        "    return 1, 2\n    pass\n"),
              "(FunctionDef f (args)\n  (body\n    (While (Int 1)\n      (body\n        (Break)\n"
              "        (Continue)))\n    (Return)\n    (Return (Tuple (Int 1) (Int 2)))\n"
              "    (Pass)))");
}

TEST(Parser, Raise) {
    EXPECT_EQ(parseDump("raise\nraise E\nraise E('x') from None\n"),
              "(Raise)\n(Raise (Name E))\n(Raise (Call (Name E) (Str \"x\")) (from None))");
}

TEST(Parser, GlobalNonlocal) {
    EXPECT_EQ(parseDump("global a, b\ndef f():\n    nonlocal c\n"),
              "(Global a b)\n(FunctionDef f (args)\n  (body\n    (Nonlocal c)))");
}

TEST(Parser, Assert) {
    EXPECT_EQ(parseDump("assert x\nassert x, 'm'\n"),
              "(Assert (Name x))\n(Assert (Name x) (Str \"m\"))");
}

TEST(Parser, Imports) {
    EXPECT_EQ(parseDump("import a\nimport a.b.c as d, e\n"), "(Import a)\n(Import a.b.c as d, e)");
    EXPECT_EQ(parseDump("from a.b import c\nfrom . import x\nfrom .. a import *\n"
                        "from ...p import (q as r, s,)\nfrom .... import t\n"),
              "(ImportFrom a.b import c)\n(ImportFrom . import x)\n(ImportFrom ..a import *)\n"
              "(ImportFrom ...p import q as r, s)\n(ImportFrom .... import t)");
}

TEST(Parser, SemicolonSeparatedStatements) {
    EXPECT_EQ(parseDump("a = 1; b = 2;\n"),
              "(Assign (Name a store) (Int 1))\n(Assign (Name b store) (Int 2))");
}

// --- Compound statements -----------------------------------------------------

TEST(Parser, IfElifElse) {
    EXPECT_EQ(parseDump("if a:\n    x\nelif b:\n    y\nelse:\n    z\n"),
              "(If (Name a)\n  (body\n    (Expr (Name x)))\n  (orelse\n    (If (Name b)\n"
              "      (body\n        (Expr (Name y)))\n      (orelse\n        (Expr (Name z))))))");
}

TEST(Parser, WhileElse) {
    EXPECT_EQ(parseDump("while a: x\nelse: y\n"),
              "(While (Name a)\n  (body\n    (Expr (Name x)))\n  (orelse\n    (Expr (Name y))))");
}

TEST(Parser, ForElseAndAsyncFor) {
    EXPECT_EQ(parseDump("for i, (j, k) in a, b:\n    pass\nelse:\n    pass\n"),
              "(For (Tuple (Name i store) (Tuple (Name j store) (Name k store) store) store) "
              "(Tuple (Name a) (Name b))\n  (body\n    (Pass))\n  (orelse\n    (Pass)))");
    EXPECT_EQ(parseDump("async def f():\n    async for x in y: pass\n"),
              "(AsyncFunctionDef f (args)\n  (body\n    (AsyncFor (Name x store) (Name y)\n"
              "      (body\n        (Pass)))))");
}

TEST(Parser, Try) {
    EXPECT_EQ(parseDump("try:\n    a\nexcept E as e:\n    b\nexcept (F, G):\n    c\nexcept:\n"
                        "    d\nelse:\n    f\nfinally:\n    g\n"),
              "(Try\n  (body\n    (Expr (Name a)))\n  (except (Name E) as e\n    (Expr (Name b)))\n"
              "  (except (Tuple (Name F) (Name G))\n    (Expr (Name c)))\n  (except\n"
              "    (Expr (Name d)))\n  (orelse\n    (Expr (Name f)))\n  (finally\n"
              "    (Expr (Name g))))");
    EXPECT_EQ(parseDump("try: a\nfinally: b\n"),
              "(Try\n  (body\n    (Expr (Name a)))\n  (finally\n    (Expr (Name b))))");
}

TEST(Parser, With) {
    EXPECT_EQ(parseDump("with a as b, c, d() as (e, f): pass\n"),
              "(With ((Name a) as (Name b store)) ((Name c)) ((Call (Name d)) as (Tuple (Name e "
              "store) (Name f store) store))\n  (body\n    (Pass)))");
    EXPECT_EQ(parseDump("with (a as b,\n      c as d,): pass\n"),
              "(With ((Name a) as (Name b store)) ((Name c) as (Name d store))\n  (body\n"
              "    (Pass)))");
    EXPECT_EQ(parseDump("with (a, b): pass\n"),
              "(With ((Name a)) ((Name b))\n  (body\n    (Pass)))");
    // Ordinary parenthesized expressions are still expressions.
    EXPECT_EQ(parseDump("with (a) as b, (c)(): pass\n"),
              "(With ((Name a) as (Name b store)) ((Call (Name c)))\n  (body\n    (Pass)))");
    EXPECT_EQ(parseDump("async def f():\n    async with a: pass\n"),
              "(AsyncFunctionDef f (args)\n  (body\n    (AsyncWith ((Name a))\n      (body\n"
              "        (Pass)))))");
}

TEST(Parser, FunctionDefinitions) {
    EXPECT_EQ(parseDump("@d1\n@d2.x(1)\ndef f(a, b: int = 1, /, c=2, *args: str, d, e=3, "
                        "**kw) -> bool:\n    pass\n"),
              "(FunctionDef f (args a b:(Name int)=(Int 1) / c=(Int 2) *args:(Name str) d "
              "e=(Int 3) **kw) (decorators (Name d1) (Call (Attribute (Name d2) x) (Int 1))) "
              "(returns (Name bool))\n  (body\n    (Pass)))");
    EXPECT_EQ(parseDump("def f(*, a): pass\n"), "(FunctionDef f (args * a)\n  (body\n    (Pass)))");
    EXPECT_EQ(parseDump("@d\nasync def f(): pass\n"),
              "(AsyncFunctionDef f (args) (decorators (Name d))\n  (body\n    (Pass)))");
}

TEST(Parser, ClassDefinitions) {
    EXPECT_EQ(parseDump("@dec\nclass C(A, *B, metaclass=M, **kw):\n    x = 1\n"
                        "    def m(self): pass\n"),
              "(ClassDef C (bases (Name A) (Starred (Name B)) (kw metaclass (Name M)) (kw ** (Name "
              "kw))) (decorators (Name dec))\n  (body\n    (Assign (Name x store) (Int 1))\n"
              "    (FunctionDef m (args self)\n      (body\n        (Pass)))))");
    EXPECT_EQ(parseDump("class C: pass\nclass D(): pass\n"),
              "(ClassDef C\n  (body\n    (Pass)))\n(ClassDef D\n  (body\n    (Pass)))");
}

TEST(Parser, NestedBlocksAndBlankLines) {
    EXPECT_EQ(parseDump("def f():\n\n    if x:\n        # c\n        return 1\n\n    return 2\n"),
              "(FunctionDef f (args)\n  (body\n    (If (Name x)\n      (body\n"
              "        (Return (Int 1))))\n    (Return (Int 2))))");
}

TEST(Parser, SourceRanges) {
    Fixture fx("x = foo(1,\n        2)\n");
    auto m = parseModule(fx.file, fx.diags);
    ASSERT_TRUE(m);
    const auto &r = m->body[0]->range;
    EXPECT_EQ(r.begin.line, 1u);
    EXPECT_EQ(r.begin.col, 1u);
    EXPECT_EQ(r.end.line, 2u);
    EXPECT_EQ(r.end.col, 11u);
    auto *assign = ast::cast<ast::Assign>(m->body[0].get());
    EXPECT_EQ(assign->value->range.begin.col, 5u);
}

TEST(Parser, Docstring) {
    Fixture fx("'''doc'''\nx = 1\n");
    auto m = parseModule(fx.file, fx.diags);
    ASSERT_TRUE(m);
    const ast::Constant *doc = ast::docstring(m->body);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->text, "doc");
}

TEST(Parser, EmptyModule) {
    EXPECT_EQ(parseDump(""), "");
    EXPECT_EQ(parseDump("\n\n# only a comment\n"), "");
}
