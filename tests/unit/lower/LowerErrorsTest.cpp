//===- LowerErrorsTest.cpp - Unsupported constructs are positioned errors -===//

#include "LowerTestUtil.h"

#include <gtest/gtest.h>

using namespace krait;
using namespace krait::test;

namespace {

/// The first line of the diagnostics for `src` after lowering it; checks
/// that lowering (not the frontend) rejected the program.
std::string firstError(const std::string &src) {
    auto r = lowerSource(src);
    EXPECT_FALSE(r->frontendFailed) << r->diagnostics();
    EXPECT_EQ(r->ir, nullptr);
    std::string d = r->diagnostics();
    return d.substr(0, d.find('\n'));
}

TEST(LowerErrors, ClassDefinition) {
    EXPECT_EQ(firstError("x = 1\nclass C:\n    pass\n"),
              "prog.py:2:1: error: class definitions are not supported yet");
}

TEST(LowerErrors, WithStatement) {
    EXPECT_EQ(firstError("def f():\n    with open('x') as f:\n        pass\n"),
              "prog.py:2:5: error: with statements are not supported yet");
}

TEST(LowerErrors, Generators) {
    EXPECT_EQ(firstError("def g():\n    yield 1\n"),
              "prog.py:1:1: error: generators (yield) are not supported yet");
    EXPECT_EQ(firstError("x = (i for i in y)\n"),
              "prog.py:1:5: error: generator expressions are not supported yet");
}

TEST(LowerErrors, ParameterKinds) {
    EXPECT_EQ(firstError("def f(*args):\n    pass\n"),
              "prog.py:1:1: error: *args parameters are not supported yet");
    EXPECT_EQ(firstError("def f(a, *, b):\n    pass\n"),
              "prog.py:1:1: error: keyword-only parameters are not supported yet");
    EXPECT_EQ(firstError("def f(**kw):\n    pass\n"),
              "prog.py:1:1: error: **kwargs parameters are not supported yet");
}

TEST(LowerErrors, StarArgumentsInCalls) {
    EXPECT_EQ(firstError("f(1, *a)\n"), "prog.py:1:6: error: *args in calls are not supported yet");
    EXPECT_EQ(firstError("f(1, **k)\n"),
              "prog.py:1:6: error: **kwargs in calls are not supported yet");
}

TEST(LowerErrors, Decorators) {
    EXPECT_EQ(firstError("@d\ndef f():\n    pass\n"),
              "prog.py:1:2: error: decorators are not supported yet");
}

TEST(LowerErrors, AsyncFunctions) {
    EXPECT_EQ(firstError("async def f():\n    pass\n"),
              "prog.py:1:1: error: async functions are not supported yet");
}

TEST(LowerErrors, DottedAndRelativeImports) {
    EXPECT_EQ(firstError("import a.b\n"),
              "prog.py:1:8: error: dotted module names in import are not supported yet");
    EXPECT_EQ(firstError("from . import x\n"),
              "prog.py:1:1: error: relative imports are not supported yet");
}

TEST(LowerErrors, ComplexLiterals) {
    EXPECT_EQ(firstError("x = 2j\n"), "prog.py:1:5: error: complex numbers are not supported yet");
}

TEST(LowerErrors, ErrorInFinallyReportedOnce) {
    auto r = lowerSource("def f():\n    try:\n        return 1\n    finally:\n"
                         "        class C:\n            pass\n");
    ASSERT_FALSE(r->frontendFailed) << r->diagnostics();
    EXPECT_EQ(r->ir, nullptr);
    EXPECT_EQ(countText(r->diagnostics(), "error:"), 1u) << r->diagnostics();
}

TEST(LowerErrors, SeveralErrorsAllReported) {
    auto r = lowerSource("class A:\n    pass\nclass B:\n    pass\n");
    ASSERT_FALSE(r->frontendFailed) << r->diagnostics();
    EXPECT_EQ(r->ir, nullptr);
    EXPECT_EQ(countText(r->diagnostics(), "error:"), 2u) << r->diagnostics();
}

} // namespace
