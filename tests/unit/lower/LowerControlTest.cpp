//===- LowerControlTest.cpp - Branches, loops, exceptions -----------------===//

#include "LowerTestUtil.h"

#include <gtest/gtest.h>

using namespace krait;
using namespace krait::test;
using ir::BinaryOp;
using ir::Opcode;

namespace {

/// Number of `global.load "name"` in `fn`: how many copies of code calling
/// `name()` the lowering emitted.
size_t loadsOf(const ir::Function &fn, const std::string &name) {
    size_t n = 0;
    for (const auto &block : fn.blocks())
        for (const auto &inst : block->instructions())
            n += inst->op == Opcode::GlobalLoad && inst->str == name;
    return n;
}

/// The handler of the block holding the first call of global `name`.
const ir::Block *handlerOfCall(const ir::Function &fn, const std::string &name) {
    for (const auto &block : fn.blocks())
        for (const auto &inst : block->instructions())
            if (inst->op == Opcode::Call && !inst->operands.empty() &&
                inst->operands[0]->op == Opcode::GlobalLoad && inst->operands[0]->str == name)
                return block->handler;
    return nullptr;
}

TEST(LowerControl, IfElifElse) {
    LOWER_OK(r, "if a:\n    f()\nelif b and not c:\n    g()\nelse:\n    h()\nk()\n");
    const ir::Function &m = *r->ir->body();
    EXPECT_EQ(countOps(m, Opcode::Truth), 3u);
    EXPECT_EQ(countOps(m, Opcode::Branch), 3u);
    EXPECT_EQ(countOps(m, Opcode::Phi), 0u); // conditions short-circuit by branching
    EXPECT_EQ(countOps(m, Opcode::Unary), 0u);
    EXPECT_EQ(countOps(m, Opcode::Call), 4u);
}

TEST(LowerControl, ChainedComparisonInCondition) {
    LOWER_OK(r, "if a < f() < c:\n    g()\n");
    const ir::Function &m = *r->ir->body();
    EXPECT_EQ(loadsOf(m, "f"), 1u);
    EXPECT_EQ(countBinary(m, BinaryOp::Lt), 2u);
    EXPECT_EQ(countOps(m, Opcode::Phi), 0u);
}

TEST(LowerControl, WhileElseBreakContinue) {
    LOWER_OK(r, "while a:\n    if b:\n        break\n    if c:\n        continue\n    f()\n"
                "else:\n    g()\nh()\n");
    const ir::Function &m = *r->ir->body();
    EXPECT_EQ(loadsOf(m, "g"), 1u);
    EXPECT_EQ(loadsOf(m, "h"), 1u);
}

TEST(LowerControl, WhileTrueWithoutBreakMakesRestDead) {
    LOWER_OK(r, "def f():\n    while True:\n        g()\n    h()\n");
    const ir::Function *f = r->function("f");
    ASSERT_TRUE(f);
    EXPECT_EQ(loadsOf(*f, "h"), 0u);
    EXPECT_EQ(countOps(*f, Opcode::Return), 0u);
}

TEST(LowerControl, ForElse) {
    LOWER_OK(r, "for x in y:\n    if x:\n        break\nelse:\n    g()\n");
    const ir::Function &m = *r->ir->body();
    EXPECT_EQ(countOps(m, Opcode::Iter), 1u);
    EXPECT_EQ(countOps(m, Opcode::IterNext), 1u);
    EXPECT_EQ(countOps(m, Opcode::IsStop), 1u);
    EXPECT_EQ(loadsOf(m, "g"), 1u);
}

TEST(LowerControl, ForWithTupleTarget) {
    LOWER_OK(r, "def f(d):\n    for k, v in d:\n        print(k, v)\n");
    const ir::Function *f = r->function("f");
    ASSERT_TRUE(f);
    EXPECT_EQ(countOps(*f, Opcode::Unpack), 1u);
}

TEST(LowerControl, TryExceptTypedTupleAndBare) {
    LOWER_OK(r, "try:\n    f()\nexcept ValueError as e:\n    print(e)\n"
                "except (TypeError, KeyError):\n    pass\nexcept:\n    g()\n");
    const ir::Function &m = *r->ir->body();
    EXPECT_EQ(countOps(m, Opcode::ExcFetch), 2u); // the try's handler + the `as e` cleanup
    EXPECT_EQ(countOps(m, Opcode::ExcMatch), 2u);
    // `e` is unbound on the normal and exceptional exits of its handler.
    EXPECT_EQ(countOps(m, Opcode::GlobalDel), 2u);
    const ir::Block *h = handlerOfCall(m, "f");
    ASSERT_TRUE(h);
    EXPECT_EQ(h->front()->op, Opcode::ExcFetch);
    EXPECT_EQ(handlerOfCall(m, "g"), nullptr); // handler code is not protected by itself
}

TEST(LowerControl, UnmatchedExceptionIsReraised) {
    LOWER_OK(r, "try:\n    f()\nexcept ValueError:\n    pass\n");
    const ir::Function &m = *r->ir->body();
    EXPECT_EQ(countOps(m, Opcode::Reraise), 1u);
}

TEST(LowerControl, TryElseIsNotProtected) {
    LOWER_OK(r, "try:\n    f()\nexcept ValueError:\n    pass\nelse:\n    g()\n");
    const ir::Function &m = *r->ir->body();
    EXPECT_NE(handlerOfCall(m, "f"), nullptr);
    EXPECT_EQ(handlerOfCall(m, "g"), nullptr);
}

TEST(LowerControl, FinallyDuplicatedOnEveryExit) {
    LOWER_OK(r, "def f(c):\n    try:\n        if c:\n            return g()\n"
                "    finally:\n        h()\n    k()\n");
    const ir::Function *f = r->function("f");
    ASSERT_TRUE(f);
    // Return path, fall-through path, exception path.
    EXPECT_EQ(loadsOf(*f, "h"), 3u);
    EXPECT_EQ(loadsOf(*f, "g"), 1u);
    EXPECT_EQ(countOps(*f, Opcode::Reraise), 1u);
    // The finally code runs outside the try's protection.
    EXPECT_EQ(handlerOfCall(*f, "h"), nullptr);
    const ir::Block *hg = handlerOfCall(*f, "g");
    ASSERT_TRUE(hg);
    EXPECT_EQ(hg->front()->op, Opcode::ExcFetch);
}

TEST(LowerControl, ReturnInTryOnlyRunsFinallyTwice) {
    LOWER_OK(r, "def f():\n    try:\n        return g()\n    finally:\n        h()\n");
    const ir::Function *f = r->function("f");
    ASSERT_TRUE(f);
    EXPECT_EQ(loadsOf(*f, "h"), 2u); // return path and exception path
    EXPECT_EQ(countOps(*f, Opcode::Return), 1u);
}

TEST(LowerControl, BreakAndContinueCrossFinally) {
    LOWER_OK(r, "for x in y:\n    try:\n        if x:\n            break\n"
                "        if x > 1:\n            continue\n    finally:\n        h()\n");
    const ir::Function &m = *r->ir->body();
    EXPECT_EQ(loadsOf(m, "h"), 4u); // break, continue, fall-through, exception
}

TEST(LowerControl, NestedFinallyRunsInnermostFirst) {
    LOWER_OK(r, "def f():\n    try:\n        try:\n            return 1\n        finally:\n"
                "            a()\n    finally:\n        b()\n");
    const ir::Function *f = r->function("f");
    ASSERT_TRUE(f);
    EXPECT_EQ(loadsOf(*f, "a"), 2u); // return, exception
    EXPECT_EQ(loadsOf(*f, "b"), 2u); // return, exception (nothing falls through)
}

TEST(LowerControl, ReturnInFinallyOverridesException) {
    LOWER_OK(r, "def f():\n    try:\n        g()\n    finally:\n        return 1\n");
    const ir::Function *f = r->function("f");
    ASSERT_TRUE(f);
    EXPECT_EQ(countOps(*f, Opcode::Reraise), 0u);
    EXPECT_EQ(countOps(*f, Opcode::Return), 2u);
}

TEST(LowerControl, BareRaise) {
    LOWER_OK(r, "try:\n    f()\nexcept:\n    raise\n");
    EXPECT_EQ(countOps(*r->ir->body(), Opcode::Reraise), 1u);
    LOWER_OK(r2, "def f():\n    raise\n");
    const ir::Function *f = r2->function("f");
    ASSERT_TRUE(f);
    EXPECT_NE(r2->functionText("f").find("builtin.load \"RuntimeError\""), std::string::npos)
        << r2->text;
    EXPECT_EQ(countOps(*f, Opcode::Raise), 1u);
}

TEST(LowerControl, RaiseForms) {
    LOWER_OK(r, "def f(c):\n    if c:\n        raise ValueError\n"
                "    raise KeyError('k') from c\n");
    const ir::Function *f = r->function("f");
    ASSERT_TRUE(f);
    EXPECT_EQ(countOps(*f, Opcode::Raise), 1u);
    EXPECT_EQ(countOps(*f, Opcode::RaiseFrom), 1u);
    EXPECT_EQ(countOps(*f, Opcode::Return), 0u);
}

TEST(LowerControl, Assert) {
    LOWER_OK(r, "assert x\nassert y, 'msg'\n");
    const ir::Function &m = *r->ir->body();
    EXPECT_EQ(countOps(m, Opcode::AssertFail), 2u);
    size_t withMsg = 0;
    for (const auto &block : m.blocks())
        for (const auto &inst : block->instructions())
            if (inst->op == Opcode::AssertFail) withMsg += inst->operands.size();
    EXPECT_EQ(withMsg, 1u);
}

TEST(LowerControl, DeadCodeAfterReturnIsDropped) {
    LOWER_OK(r, "def f():\n    return 1\n    g()\n");
    const ir::Function *f = r->function("f");
    ASSERT_TRUE(f);
    EXPECT_EQ(loadsOf(*f, "g"), 0u);
}

TEST(LowerControl, HandlerInsideLoopWithContinue) {
    LOWER_OK(r, "for x in y:\n    try:\n        f(x)\n    except ValueError as e:\n"
                "        continue\n    finally:\n        g()\n");
    const ir::Function &m = *r->ir->body();
    // finally: fall-through, exception, and the continue out of the handler.
    EXPECT_EQ(loadsOf(m, "g"), 3u);
}

} // namespace

namespace {

TEST(LowerControl, ConstantConditionsDropDeadCode) {
    LOWER_OK(r, "if False and f():\n    g()\nwhile 0 or True:\n    h()\n");
    const ir::Function &m = *r->ir->body();
    EXPECT_EQ(loadsOf(m, "f"), 0u);
    EXPECT_EQ(loadsOf(m, "g"), 0u);
    EXPECT_EQ(loadsOf(m, "h"), 1u);
}

TEST(LowerControl, WalrusInComprehensionBindsOutside) {
    LOWER_OK(r, "def f(xs):\n    t = 0\n    r = [(t := t + v) for v in xs]\n    return t\n");
    const ir::Function *comp = r->function("<listcomp>");
    ASSERT_TRUE(comp);
    EXPECT_EQ(countOps(*comp, Opcode::CellStore), 1u);
}

} // namespace
