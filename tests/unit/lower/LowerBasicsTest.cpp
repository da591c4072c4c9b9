//===- LowerBasicsTest.cpp - Expressions, names, functions ----------------===//

#include "LowerTestUtil.h"

#include "ir/lower/IntLiteral.h"

#include <gtest/gtest.h>

using namespace krait;
using namespace krait::test;
using ir::BinaryOp;
using ir::Opcode;


namespace {

const ir::Function &body(const Lowered &r) {
    return *r.ir->body();
}

TEST(IntLiteral, ConvertsBasesExactly) {
    EXPECT_EQ(lower::digitsToDecimal("ff", 16), "255");
    EXPECT_EQ(lower::digitsToDecimal("FF", 16), "255");
    EXPECT_EQ(lower::digitsToDecimal("17", 8), "15");
    EXPECT_EQ(lower::digitsToDecimal("101", 2), "5");
    EXPECT_EQ(lower::digitsToDecimal("0", 16), "0");
    EXPECT_EQ(lower::digitsToDecimal("000", 10), "0");
    EXPECT_EQ(lower::digitsToDecimal("10000000000000000", 16), "18446744073709551616");
    EXPECT_EQ(lower::digitsToDecimal("123456789012345678901234567890", 10),
              "123456789012345678901234567890");
    EXPECT_EQ(lower::digitsToDecimal("1000000000", 10), "1000000000");
    EXPECT_EQ(lower::digitsToDecimal("12", 2), "");
}

TEST(LowerBasics, ModuleLevelNamesAreGlobals) {
    LOWER_OK(r, "x = 1\nprint(x)\n");
    const ir::Function &m = body(*r);
    EXPECT_TRUE(m.isModuleBody);
    EXPECT_EQ(m.name, "<module>");
    EXPECT_EQ(countOps(m, Opcode::GlobalStore), 1u);
    EXPECT_EQ(countOps(m, Opcode::GlobalLoad), 2u); // print (falls back to builtins) and x
    EXPECT_EQ(countOps(m, Opcode::Call), 1u);
    EXPECT_EQ(countOps(m, Opcode::SlotLoad), 0u);
    EXPECT_NE(r->text.find("global.load \"print\""), std::string::npos) << r->text;
    EXPECT_EQ(countOps(m, Opcode::Return), 1u);
}

TEST(LowerBasics, IntLiteralsBecomeDecimalDigits) {
    LOWER_OK(r, "a = 0xff\nb = 0o17\nc = 0b101\nd = 0x1_0000_0000_0000_0000\n"
                "e = 123456789012345678901234567890\n");
    EXPECT_NE(r->text.find("const.int 255"), std::string::npos) << r->text;
    EXPECT_NE(r->text.find("const.int 15"), std::string::npos);
    EXPECT_NE(r->text.find("const.int 5"), std::string::npos);
    EXPECT_NE(r->text.find("const.int 18446744073709551616"), std::string::npos);
    EXPECT_NE(r->text.find("const.int 123456789012345678901234567890"), std::string::npos);
}

TEST(LowerBasics, OtherConstants) {
    LOWER_OK(r, "x = (1.5, 's', b'b', True, False, None, ...)\n");
    const ir::Function &m = body(*r);
    EXPECT_EQ(countOps(m, Opcode::ConstFloat), 1u);
    EXPECT_EQ(countOps(m, Opcode::ConstStr), 1u);
    EXPECT_EQ(countOps(m, Opcode::ConstBytes), 1u);
    EXPECT_EQ(countOps(m, Opcode::ConstTrue), 1u);
    EXPECT_EQ(countOps(m, Opcode::ConstFalse), 1u);
    EXPECT_EQ(countOps(m, Opcode::ConstEllipsis), 1u);
    EXPECT_EQ(countOps(m, Opcode::BuildTuple), 1u);
}

TEST(LowerBasics, FunctionWithDefaults) {
    LOWER_OK(r, "def f(a, b=2, c=3):\n    return a + b\n");
    const ir::Function &m = body(*r);
    EXPECT_EQ(countOps(m, Opcode::MakeFunction), 1u);
    EXPECT_EQ(countOps(m, Opcode::BuildTuple), 1u); // the defaults, at def time
    EXPECT_NE(r->text.find("defaults"), std::string::npos) << r->text;
    const ir::Function *f = r->function("f");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->params, (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(f->nPos, 3u);
    EXPECT_EQ(countOps(*f, Opcode::Param), 3u);
    EXPECT_EQ(countOps(*f, Opcode::SlotStore), 3u);
    EXPECT_EQ(countOps(*f, Opcode::SlotLoad), 2u);
    EXPECT_EQ(countBinary(*f, BinaryOp::Add), 1u);
    EXPECT_EQ(countOps(*f, Opcode::Return), 1u);
    EXPECT_EQ(countOps(*f, Opcode::ConstNone), 0u); // no implicit return after `return`
}

TEST(LowerBasics, ImplicitReturnNoneAndBareReturn) {
    LOWER_OK(r, "def f():\n    pass\ndef g(x):\n    if x:\n        return\n    x = 2\n");
    const ir::Function *f = r->function("f");
    ASSERT_TRUE(f);
    EXPECT_EQ(countOps(*f, Opcode::ConstNone), 1u);
    EXPECT_EQ(countOps(*f, Opcode::Return), 1u);
    const ir::Function *g = r->function("g");
    ASSERT_TRUE(g);
    EXPECT_EQ(countOps(*g, Opcode::Return), 2u);
    EXPECT_EQ(countOps(*g, Opcode::ConstNone), 2u);
}

TEST(LowerBasics, LocalsAreSlotsGlobalsByName) {
    LOWER_OK(r, "def f():\n    y = 1\n    return y + z\ndef g():\n    global G\n    G = 1\n");
    const ir::Function *f = r->function("f");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->slots, (std::vector<std::string>{"y"}));
    EXPECT_EQ(countOps(*f, Opcode::SlotStore), 1u);
    EXPECT_EQ(countOps(*f, Opcode::SlotLoad), 1u);
    EXPECT_EQ(countOps(*f, Opcode::GlobalLoad), 1u);
    const ir::Function *g = r->function("g");
    ASSERT_TRUE(g);
    EXPECT_EQ(countOps(*g, Opcode::GlobalStore), 1u);
    EXPECT_TRUE(g->slots.empty());
}

TEST(LowerBasics, BoolOpYieldsTheDecidingOperand) {
    LOWER_OK(r, "x = a or b and c\n");
    const ir::Function &m = body(*r);
    EXPECT_EQ(countOps(m, Opcode::Phi), 2u);
    EXPECT_EQ(countOps(m, Opcode::Truth), 2u);
    EXPECT_EQ(countOps(m, Opcode::Box), 0u); // values, not bools
}

TEST(LowerBasics, ChainedComparisonEvaluatesMiddleOnce) {
    LOWER_OK(r, "r = a < f() <= c\n");
    const ir::Function &m = body(*r);
    EXPECT_EQ(countOps(m, Opcode::Call), 1u);
    EXPECT_EQ(countBinary(m, BinaryOp::Lt), 1u);
    EXPECT_EQ(countBinary(m, BinaryOp::Le), 1u);
    EXPECT_EQ(countOps(m, Opcode::Phi), 1u);
    EXPECT_EQ(countOps(m, Opcode::Branch), 1u); // stop after the first false
}

TEST(LowerBasics, ComparisonOperators) {
    LOWER_OK(r, "r = (a == b, a != b, a is b, a is not b, a in b, a not in b, a > b, a >= b)\n");
    const ir::Function &m = body(*r);
    for (BinaryOp op : {BinaryOp::Eq, BinaryOp::Ne, BinaryOp::Is, BinaryOp::IsNot, BinaryOp::In,
                        BinaryOp::NotIn, BinaryOp::Gt, BinaryOp::Ge})
        EXPECT_EQ(countBinary(m, op), 1u) << ir::binaryOpName(op);
}

TEST(LowerBasics, UnaryAndBinaryOperators) {
    LOWER_OK(r, "r = (-a, +a, ~a, not a, a - b, a * b, a @ b, a / b, a // b, a % b, a ** b,\n"
                "     a << b, a >> b, a | b, a ^ b, a & b)\n");
    const ir::Function &m = body(*r);
    EXPECT_EQ(countOps(m, Opcode::Unary), 4u);
    EXPECT_NE(r->text.find("unary not"), std::string::npos) << r->text;
    for (BinaryOp op : {BinaryOp::Sub, BinaryOp::Mul, BinaryOp::MatMul, BinaryOp::TrueDiv,
                        BinaryOp::FloorDiv, BinaryOp::Mod, BinaryOp::Pow, BinaryOp::LShift,
                        BinaryOp::RShift, BinaryOp::Or, BinaryOp::Xor, BinaryOp::And})
        EXPECT_EQ(countBinary(m, op), 1u) << ir::binaryOpName(op);
}

TEST(LowerBasics, ConditionalExpression) {
    LOWER_OK(r, "x = a if c else b\n");
    const ir::Function &m = body(*r);
    EXPECT_EQ(countOps(m, Opcode::Phi), 1u);
    EXPECT_EQ(countOps(m, Opcode::Branch), 1u);
}

TEST(LowerBasics, CallsWithKeywords) {
    LOWER_OK(r, "f(1, 2)\ng(1, k=2, j=3)\n");
    const ir::Function &m = body(*r);
    EXPECT_EQ(countOps(m, Opcode::Call), 1u);
    EXPECT_EQ(countOps(m, Opcode::CallKw), 1u);
    EXPECT_NE(r->text.find("[\"k\", \"j\"]"), std::string::npos) << r->text;
}

TEST(LowerBasics, AttributesSubscriptsSlices) {
    LOWER_OK(r, "a.b = c[1:2]\nx = y[::2]\nz = y[1, 2:]\ndel a[0], a.b, x\n");
    const ir::Function &m = body(*r);
    EXPECT_EQ(countOps(m, Opcode::SetAttr), 1u);
    EXPECT_EQ(countOps(m, Opcode::GetItem), 3u);
    EXPECT_EQ(countOps(m, Opcode::BuildSlice), 3u);
    EXPECT_EQ(countOps(m, Opcode::DelItem), 1u);
    EXPECT_EQ(countOps(m, Opcode::DelAttr), 1u);
    EXPECT_EQ(countOps(m, Opcode::GlobalDel), 1u);
}

TEST(LowerBasics, Displays) {
    LOWER_OK(r, "t = (1, 2)\nl = [1]\nd = {1: 2, 3: 4}\ns = {1, 2}\ne = ()\nf = {}\n");
    const ir::Function &m = body(*r);
    EXPECT_EQ(countOps(m, Opcode::BuildTuple), 2u);
    EXPECT_EQ(countOps(m, Opcode::BuildList), 1u);
    EXPECT_EQ(countOps(m, Opcode::BuildDict), 2u);
    EXPECT_EQ(countOps(m, Opcode::BuildSet), 1u);
}

TEST(LowerBasics, StarredDisplaysAndDictUnpacking) {
    LOWER_OK(r, "t = (1, *a, 2)\nl = [*a]\nd = {1: 2, **m, 3: 4}\n");
    const ir::Function &m = body(*r);
    EXPECT_EQ(countOps(m, Opcode::ListExtend), 2u);
    EXPECT_EQ(countOps(m, Opcode::TupleFrom), 1u);
    EXPECT_EQ(countOps(m, Opcode::DictUpdate), 1u);
    EXPECT_EQ(countOps(m, Opcode::SetItem), 1u);
}

TEST(LowerBasics, FStrings) {
    LOWER_OK(r, "s = f\"a{x!r:>{w}}b{y}\"\n");
    const ir::Function &m = body(*r);
    EXPECT_EQ(countOps(m, Opcode::Format), 3u); // x, y, and w inside the spec
    EXPECT_EQ(countOps(m, Opcode::BuildString), 2u);
}

TEST(LowerBasics, AugmentedAssignmentEvaluatesTargetOnce) {
    LOWER_OK(r, "a[i()] += 1\nb().c *= 2\nn -= 1\n");
    const ir::Function &m = body(*r);
    EXPECT_EQ(countOps(m, Opcode::Call), 2u);
    EXPECT_EQ(countOps(m, Opcode::GetItem), 1u);
    EXPECT_EQ(countOps(m, Opcode::SetItem), 1u);
    EXPECT_EQ(countOps(m, Opcode::GetAttr), 1u);
    EXPECT_EQ(countOps(m, Opcode::SetAttr), 1u);
    EXPECT_EQ(countBinary(m, BinaryOp::IAdd), 1u);
    EXPECT_EQ(countBinary(m, BinaryOp::IMul), 1u);
    EXPECT_EQ(countBinary(m, BinaryOp::ISub), 1u);
}

TEST(LowerBasics, UnpackingAssignment) {
    LOWER_OK(r, "a, (b, c) = t\n[d, *e, f] = t\n");
    const ir::Function &m = body(*r);
    EXPECT_EQ(countOps(m, Opcode::Unpack), 2u);
    EXPECT_EQ(countOps(m, Opcode::UnpackEx), 1u);
    EXPECT_EQ(countOps(m, Opcode::Extract), 7u);
    EXPECT_EQ(countOps(m, Opcode::GlobalStore), 6u);
}

TEST(LowerBasics, ChainedAssignmentEvaluatesOnce) {
    LOWER_OK(r, "a = b[0] = f()\n");
    const ir::Function &m = body(*r);
    EXPECT_EQ(countOps(m, Opcode::Call), 1u);
    EXPECT_EQ(countOps(m, Opcode::GlobalStore), 1u);
    EXPECT_EQ(countOps(m, Opcode::SetItem), 1u);
}

TEST(LowerBasics, Imports) {
    LOWER_OK(r, "import gc\nimport os as o\nfrom math import sqrt, pi as PI\n");
    const ir::Function &m = body(*r);
    EXPECT_EQ(countOps(m, Opcode::Import), 3u);
    EXPECT_EQ(countOps(m, Opcode::ImportFrom), 2u);
    EXPECT_NE(r->text.find("global.store \"o\""), std::string::npos) << r->text;
    EXPECT_NE(r->text.find("global.store \"PI\""), std::string::npos) << r->text;
}

TEST(LowerBasics, Lambda) {
    LOWER_OK(r, "f = lambda x, y=1: x + y\n");
    const ir::Function *l = r->function("<lambda>");
    ASSERT_TRUE(l);
    EXPECT_EQ(l->params.size(), 2u);
    EXPECT_EQ(countOps(*l, Opcode::Return), 1u);
    EXPECT_EQ(countOps(body(*r), Opcode::MakeFunction), 1u);
}

TEST(LowerBasics, WalrusStores) {
    LOWER_OK(r, "if (n := f()) > 1:\n    print(n)\n");
    EXPECT_EQ(countOps(body(*r), Opcode::GlobalStore), 1u);
}

TEST(LowerBasics, ClosuresUseCells) {
    LOWER_OK(r, "def outer(a):\n    x = 1\n    def inner():\n        nonlocal x\n"
                "        x = x + a\n        return x\n    return inner\n");
    const ir::Function *outer = r->function("outer");
    const ir::Function *inner = r->function("inner");
    ASSERT_TRUE(outer && inner);
    EXPECT_EQ(countOps(*outer, Opcode::CellNew), 2u); // the parameter a and x
    EXPECT_NE(r->functionText("outer").find("closure"), std::string::npos) << r->text;
    EXPECT_EQ(countOps(*inner, Opcode::ClosureCell), 2u);
    EXPECT_EQ(countOps(*inner, Opcode::CellStore), 1u);
    EXPECT_EQ(countOps(*inner, Opcode::CellLoad), 3u);
}

TEST(LowerBasics, ListComprehensionIsANestedFunction) {
    LOWER_OK(r, "def f(xs, k):\n    return [x * k for x in xs if x]\n");
    const ir::Function *f = r->function("f");
    const ir::Function *comp = r->function("<listcomp>");
    ASSERT_TRUE(f && comp);
    EXPECT_EQ(countOps(*f, Opcode::Iter), 1u);
    EXPECT_EQ(countOps(*f, Opcode::Call), 1u);
    EXPECT_EQ(countOps(*comp, Opcode::ListAppend), 1u);
    EXPECT_EQ(countOps(*comp, Opcode::IterNext), 1u);
    EXPECT_EQ(countOps(*comp, Opcode::CellLoad), 1u); // k, from f
}

TEST(LowerBasics, DictAndSetComprehensions) {
    LOWER_OK(r, "d = {k: v for k, v in items for w in v}\ns = {x for x in y}\n");
    const ir::Function *dc = r->function("<dictcomp>");
    const ir::Function *sc = r->function("<setcomp>");
    ASSERT_TRUE(dc && sc);
    EXPECT_EQ(countOps(*dc, Opcode::IterNext), 2u);
    EXPECT_EQ(countOps(*dc, Opcode::SetItem), 1u);
    EXPECT_EQ(countOps(*sc, Opcode::SetAdd), 1u);
}

TEST(LowerBasics, LocationsFollowTheSource) {
    LOWER_OK(r, "x = 1\n\ny = f(\n  x)\n");
    const ir::Function &m = body(*r);
    bool sawCall = false;
    for (const auto &block : m.blocks())
        for (const auto &inst : block->instructions())
            if (inst->op == Opcode::Call) {
                sawCall = true;
                EXPECT_EQ(inst->loc.line, 3u);
            }
    EXPECT_TRUE(sawCall);
}

} // namespace
