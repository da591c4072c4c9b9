//===- LowerFeaturesTest.cpp - Classes, with, generators, star calls ------===//

#include "LowerTestUtil.h"

#include <gtest/gtest.h>

using namespace krait;
using namespace krait::test;
using ir::Opcode;


namespace {

size_t callsOfGlobal(const ir::Function &fn, const std::string &name) {
    size_t n = 0;
    for (const auto &block : fn.blocks())
        for (const auto &inst : block->instructions())
            n += inst->op == Opcode::Call && !inst->operands.empty() &&
                 inst->operands[0]->op == Opcode::GlobalLoad && inst->operands[0]->str == name;
    return n;
}

TEST(LowerFeatures, ClassBodyIsAFunctionOverTheNamespace) {
    LOWER_OK(r, "class C(B):\n    x = 1\n    def m(self):\n        return x\n    y = x\n");
    const ir::Function &m = *r->ir->body();
    EXPECT_EQ(countOps(m, Opcode::MakeClass), 1u);
    EXPECT_EQ(countOps(m, Opcode::BuildDict), 1u);
    EXPECT_NE(r->text.find("make.class \"C\""), std::string::npos) << r->text;
    const ir::Function *body = r->function("C");
    ASSERT_TRUE(body);
    EXPECT_EQ(body->params.size(), 1u);
    // __module__, __qualname__, x, m, y.
    EXPECT_EQ(countOps(*body, Opcode::NsStore), 5u);
    EXPECT_EQ(countOps(*body, Opcode::NsLoad), 1u);
    const ir::Function *method = r->function("m");
    ASSERT_TRUE(method);
    EXPECT_EQ(method->symbol, "C.m");
    EXPECT_EQ(countOps(*method, Opcode::GlobalLoad), 1u); // class names are not visible
}

TEST(LowerFeatures, MethodsCaptureThroughTheClass) {
    LOWER_OK(r, "def f(v):\n    class C:\n        def get(self):\n            return v\n"
                "    return C\n");
    const ir::Function *f = r->function("f");
    const ir::Function *get = r->function("get");
    ASSERT_TRUE(f && get);
    EXPECT_EQ(countOps(*f, Opcode::CellNew), 1u);
    EXPECT_EQ(countOps(*get, Opcode::CellLoad), 1u);
}

TEST(LowerFeatures, DecoratorsApplyInnermostFirst) {
    LOWER_OK(r, "@a\n@b(1)\ndef f():\n    pass\n@c\nclass K:\n    pass\n");
    const ir::Function &m = *r->ir->body();
    EXPECT_EQ(countOps(m, Opcode::Call), 5u); // b(1), b-result(f), a(..), K body, c(K)
    // The decorator expressions are evaluated before the function is made.
    bool sawMake = false, loadAfterMake = false;
    for (const auto &block : m.blocks())
        for (const auto &inst : block->instructions()) {
            if (inst->op == Opcode::MakeFunction && inst->callee && inst->callee->name == "f")
                sawMake = true;
            if (sawMake && inst->op == Opcode::GlobalLoad && (inst->str == "a" || inst->str == "b"))
                loadAfterMake = true;
        }
    EXPECT_TRUE(sawMake);
    EXPECT_FALSE(loadAfterMake);
}

TEST(LowerFeatures, AllParameterKinds) {
    LOWER_OK(r, "def f(a, b=1, *args, k, j=2, **kw):\n    return (a, b, args, k, j, kw)\n");
    const ir::Function *f = r->function("f");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->params, (std::vector<std::string>{"a", "b", "k", "j", "args", "kw"}));
    EXPECT_EQ(f->nPos, 2u);
    EXPECT_EQ(f->nKwOnly, 2u);
    EXPECT_TRUE(f->varargs);
    EXPECT_TRUE(f->varkw);
    EXPECT_NE(r->text.find("kwdefaults"), std::string::npos) << r->text;
}

TEST(LowerFeatures, StarCalls) {
    LOWER_OK(r, "f(1, *a, 2, k=3, **m)\ng(*a)\n");
    const ir::Function &m = *r->ir->body();
    EXPECT_EQ(countOps(m, Opcode::CallEx), 2u);
    EXPECT_EQ(countOps(m, Opcode::DictUpdate), 1u);
    EXPECT_EQ(countOps(m, Opcode::TupleFrom), 2u);
}

TEST(LowerFeatures, WithCallsExitOnEveryPath) {
    LOWER_OK(r, "def f(m):\n    with m as x:\n        if x:\n            return 1\n"
                "        g()\n    h()\n");
    const ir::Function *f = r->function("f");
    ASSERT_TRUE(f);
    EXPECT_EQ(countText(r->functionText("f"), "\"__exit__\""), 1u) << r->text;
    EXPECT_EQ(countText(r->functionText("f"), "\"__enter__\""), 1u) << r->text;
    // __exit__(None, None, None) on return and fall-through; (type, e, None)
    // on an exception, which is re-raised unless __exit__ returns true.
    size_t exitCalls = 0;
    for (const auto &block : f->blocks())
        for (const auto &inst : block->instructions())
            exitCalls += inst->op == Opcode::Call && inst->operands[0]->op == Opcode::GetAttr &&
                         inst->operands[0]->str == "__exit__";
    EXPECT_EQ(exitCalls, 3u);
    EXPECT_EQ(countOps(*f, Opcode::Reraise), 1u);
    EXPECT_EQ(callsOfGlobal(*f, "h"), 1u);
}

TEST(LowerFeatures, Generators) {
    LOWER_OK(r, "def g(n):\n    x = yield n\n    yield from x\n    return 1\n"
                "e = (i * 2 for i in range(3) if i)\n");
    const ir::Function *g = r->function("g");
    ASSERT_TRUE(g);
    EXPECT_TRUE(g->generator);
    EXPECT_EQ(countOps(*g, Opcode::Yield), 1u);
    EXPECT_EQ(countOps(*g, Opcode::YieldFrom), 1u);
    const ir::Function *ge = r->function("<genexpr>");
    ASSERT_TRUE(ge);
    EXPECT_TRUE(ge->generator);
    EXPECT_EQ(countOps(*ge, Opcode::Yield), 1u);
}

TEST(LowerFeatures, ZeroArgumentSuperUsesTheClassCell) {
    LOWER_OK(r, "class B(A):\n    def f(self):\n        return super().f()\n"
                "    def g(self):\n        return super().g()\n    def h(self):\n"
                "        return 1\n");
    const ir::Function &m = *r->ir->body();
    EXPECT_EQ(countOps(m, Opcode::CellStore), 1u); // the class, once made
    const ir::Function *body = r->function("B");
    ASSERT_TRUE(body);
    EXPECT_EQ(countOps(*body, Opcode::CellNew), 1u);
    EXPECT_EQ(countText(r->functionText("B"), "closure"), 2u) << r->text; // f and g, not h
    const ir::Function *f = r->function("f");
    ASSERT_TRUE(f);
    EXPECT_EQ(countOps(*f, Opcode::ClosureCell), 1u);
    EXPECT_NE(r->functionText("f").find("builtin.load \"super\""), std::string::npos);
}

TEST(LowerFeatures, StarredSetDisplay) {
    LOWER_OK(r, "s = {1, *a}\n");
    EXPECT_NE(r->text.find("builtin.load \"set\""), std::string::npos) << r->text;
}

} // namespace

TEST(LowerFeatures, ClassKeywordArgumentsRaiseAtRunTime) {
    // MicroPython's class builder takes no keywords: a TypeError when run.
    LOWER_OK(r, "x = 1\nclass C(B, metaclass=M):\n    pass\n");
    std::string text = r->functionText("<module>");
    EXPECT_NE(text.find("builtin.load \"TypeError\""), std::string::npos) << text;
    EXPECT_NE(text.find("function doesn't take keyword arguments"), std::string::npos) << text;
    EXPECT_EQ(text.find("make.class"), std::string::npos) << text;
}

TEST(LowerFeatures, LocalsIsGlobalsOutsideClassBodies) {
    // MicroPython has no dict of a function's locals: both calls give the module dict.
    LOWER_OK(r, "def f():\n    x = 1\n    return locals(), globals()\n"
                "class C:\n    y = locals()\n");
    EXPECT_EQ(countOps(*r->function("f"), Opcode::Globals), 2u);
    EXPECT_EQ(r->functionText("f").find("global.load \"locals\""), std::string::npos);
    // In a class body locals() is the class namespace being built.
    EXPECT_EQ(countOps(*r->function("C"), Opcode::Globals), 0u);
    EXPECT_EQ(r->functionText("C").find("locals"), std::string::npos) << r->functionText("C");
}
