//===- LowerErrorsTest.cpp - Unsupported constructs are positioned errors -===//

#include "LowerTestUtil.h"
#include "ir/lower/Lowering.h"

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

TEST(LowerErrors, ZeroArgumentSuperOutsideMethodBody) {
    EXPECT_EQ(firstError("class C(B):\n    def f(self):\n        return lambda: super().f()\n"),
              "prog.py:3:24: error: zero-argument super() outside a method's own body is not "
              "supported yet");
}

TEST(LowerFunctions, PositionalOnlyParameters) {
    // The IR signature marks where the positional-only parameters end.
    LOWER_OK(r, "def f(a, b=1, /, c=2, *, d):\n    pass\n");
    EXPECT_NE(r->text.find("(a, b, /, c, *, d)"), std::string::npos) << r->text;
}

TEST(LowerErrors, AsyncComprehensions) {
    EXPECT_EQ(firstError("async def f(y):\n    return (x async for x in y)\n"),
              "prog.py:2:15: error: asynchronous generator expressions are not supported yet");
    EXPECT_EQ(firstError("async def f(y):\n    return (await x for x in y)\n"),
              "prog.py:2:12: error: 'await' inside a generator expression is not supported yet");
}

TEST(LowerAsync, CoroutinesAreGenerators) {
    // As in MicroPython: an async def is a generator function and `await`
    // is `yield from`; async for/with await __anext__/__aenter__/__aexit__.
    LOWER_OK(r, "async def f(g, m):\n    x = await g()\n    async for i in x:\n        pass\n"
                "    async with m:\n        pass\n");
    EXPECT_NE(r->text.find("yield.from"), std::string::npos) << r->text;
    EXPECT_NE(r->text.find("\"__aiter__\""), std::string::npos) << r->text;
    EXPECT_NE(r->text.find("\"__anext__\""), std::string::npos) << r->text;
    EXPECT_NE(r->text.find("\"StopAsyncIteration\""), std::string::npos) << r->text;
    EXPECT_NE(r->text.find("\"__aenter__\""), std::string::npos) << r->text;
    EXPECT_NE(r->text.find("\"__aexit__\""), std::string::npos) << r->text;
}

TEST(LowerImports, DottedAndRelativeImports) {
    // `import a.b` imports the submodule, then binds the package a.
    auto r = lowerSource("import a.b\nimport a.b as c\n");
    ASSERT_TRUE(r->ir) << r->diagnostics();
    EXPECT_NE(r->text.find("import \"a.b\""), std::string::npos) << r->text;
    EXPECT_NE(r->text.find("import \"a\""), std::string::npos) << r->text;
    EXPECT_NE(r->text.find("global.store \"c\""), std::string::npos) << r->text;
    // Outside a package a relative import names ".x": ImportError at run time.
    r = lowerSource("from .m import x\n");
    ASSERT_TRUE(r->ir) << r->diagnostics();
    EXPECT_NE(r->text.find("import \".m\""), std::string::npos) << r->text;
}

TEST(LowerImports, RelativeImportNames) {
    EXPECT_EQ(resolveImportName("pkg", 1, ""), "pkg");
    EXPECT_EQ(resolveImportName("pkg", 1, "mod"), "pkg.mod");
    EXPECT_EQ(resolveImportName("pkg.sub", 2, ""), "pkg");
    EXPECT_EQ(resolveImportName("pkg.sub", 2, "x.y"), "pkg.x.y");
    EXPECT_EQ(resolveImportName("pkg", 2, "x"), "");
    EXPECT_EQ(resolveImportName("", 1, "x"), "");
    EXPECT_EQ(resolveImportName("", 0, "a.b"), "a.b");
}

TEST(LowerErrors, ErrorInFinallyReportedOnce) {
    // The finally body is lowered once per exit path; its error shows once.
    auto r = lowerSource("async def f(z):\n    try:\n        return 1\n    finally:\n"
                         "        x = (y async for y in z)\n");
    ASSERT_FALSE(r->frontendFailed) << r->diagnostics();
    EXPECT_EQ(r->ir, nullptr);
    EXPECT_EQ(countText(r->diagnostics(), "error:"), 1u) << r->diagnostics();
}

TEST(LowerErrors, SeveralErrorsAllReported) {
    auto r = lowerSource("async def f(z):\n    a = (y async for y in z)\n"
                         "    b = (y async for y in z)\n    return (y async for y in z)\n");
    ASSERT_FALSE(r->frontendFailed) << r->diagnostics();
    EXPECT_EQ(r->ir, nullptr);
    EXPECT_EQ(countText(r->diagnostics(), "error:"), 3u) << r->diagnostics();
}

} // namespace
