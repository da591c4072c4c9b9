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

TEST(LowerErrors, ClassKeywordArguments) {
    EXPECT_EQ(firstError("x = 1\nclass C(B, metaclass=M):\n    pass\n"),
              "prog.py:2:12: error: class keyword arguments are not supported yet");
}

TEST(LowerErrors, ZeroArgumentSuperOutsideMethodBody) {
    EXPECT_EQ(firstError("class C(B):\n    def f(self):\n        return lambda: super().f()\n"),
              "prog.py:3:24: error: zero-argument super() outside a method's own body is not "
              "supported yet");
}

TEST(LowerErrors, PositionalOnlyParameters) {
    EXPECT_EQ(firstError("def f(a, /, b):\n    pass\n"),
              "prog.py:1:1: error: positional-only parameters are not supported yet");
}

TEST(LowerErrors, AsyncConstructs) {
    EXPECT_EQ(firstError("async def f():\n    await g()\n"),
              "prog.py:1:1: error: async functions are not supported yet");
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
                         "        x = 3j\n");
    ASSERT_FALSE(r->frontendFailed) << r->diagnostics();
    EXPECT_EQ(r->ir, nullptr);
    EXPECT_EQ(countText(r->diagnostics(), "error:"), 1u) << r->diagnostics();
}

TEST(LowerErrors, SeveralErrorsAllReported) {
    auto r = lowerSource("import a.b\nx = 1j\ndef f(a, /):\n    pass\n");
    ASSERT_FALSE(r->frontendFailed) << r->diagnostics();
    EXPECT_EQ(r->ir, nullptr);
    EXPECT_EQ(countText(r->diagnostics(), "error:"), 3u) << r->diagnostics();
}

} // namespace
