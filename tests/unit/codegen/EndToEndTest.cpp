//===- tests/unit/codegen/EndToEndTest.cpp - emit, link, run --------------===//
//
// Compiles IR modules to objects, links them with mock_runtime.c's archive
// through linkExecutable (clang-19 + lld) and runs them. This checks the
// generated calling convention, tagging, exception paths, tracebacks and
// the recursion limit on real hardware.
//
//===----------------------------------------------------------------------===//

#include "TestPrograms.h"

#include "codegen/Compiler.h"
#include "codegen/Linker.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"

#include <gtest/gtest.h>

using namespace krait;
using namespace krait::codegen;

namespace {

struct RunResult {
    int status = -1;
    std::string output; ///< stdout
    std::string errors; ///< stderr
};

/// Build `mod` at `optLevel` into an executable with the mock runtime and run
/// it, capturing stdout. Fails the test on any build error.
RunResult buildAndRun(const ir::Module &mod, unsigned optLevel, const std::string &tag,
                      const std::string &runtime = KRAIT_MOCK_RUNTIME) {
    RunResult result;
    std::string base = ::testing::TempDir() + "krait_cg_e2e_" + tag + std::to_string(optLevel);
    CodegenOptions opts;
    opts.optLevel = optLevel;
    opts.emit = EmitKind::Object;
    std::string error;
    if (!emitModule(mod, opts, base + ".o", error)) {
        ADD_FAILURE() << error;
        return result;
    }
    if (!linkExecutable(base + ".o", runtime, base + ".exe", error)) {
        ADD_FAILURE() << error;
        return result;
    }
    std::string outPath = base + ".out", errPath = base + ".err";
    // The redirection does not truncate: start from empty files.
    llvm::sys::fs::remove(outPath);
    llvm::sys::fs::remove(errPath);
    std::optional<llvm::StringRef> redirects[] = {std::nullopt, llvm::StringRef(outPath),
                                                  llvm::StringRef(errPath)};
    std::string exe = base + ".exe";
    result.status = llvm::sys::ExecuteAndWait(exe, {exe}, std::nullopt, redirects, 60);
    auto buffer = llvm::MemoryBuffer::getFile(outPath);
    if (buffer) result.output = (*buffer)->getBuffer().str();
    buffer = llvm::MemoryBuffer::getFile(errPath);
    if (buffer) result.errors = (*buffer)->getBuffer().str();
    return result;
}

bool toolsPresent() {
    return !findTool({"clang-19", "clang"}).empty() && !findTool({"ld.lld-19", "ld.lld"}).empty();
}

TEST(EndToEnd, ProgramRunsAtEveryOptimisationLevel) {
    if (!toolsPresent()) GTEST_SKIP() << "clang-19 / ld.lld-19 not installed";
    auto mod = test::makeProgram();
    for (unsigned level : {0u, 2u}) {
        RunResult r = buildAndRun(*mod, level, "prog");
        EXPECT_EQ(r.status, 0) << "O" << level << "\n" << r.output;
        EXPECT_EQ(r.output, "610\ncaught\n7!\n") << "O" << level;
        // -O0 binds every call in the runtime; -O2 calls the module's own
        // functions directly once the guard has checked the callee.
        unsigned long generic = 0;
        ASSERT_EQ(std::sscanf(r.errors.c_str(), "generic calls: %lu", &generic), 1) << r.errors;
        if (level == 0)
            EXPECT_GT(generic, 1000u);
        else
            EXPECT_EQ(generic, 0u);
    }
}

TEST(EndToEnd, ClosuresAndStarCalls) {
    if (!toolsPresent()) GTEST_SKIP() << "clang-19 / ld.lld-19 not installed";
    auto mod = test::makeClosureProgram();
    for (unsigned level : {0u, 2u}) {
        RunResult r = buildAndRun(*mod, level, "closure");
        EXPECT_EQ(r.status, 0) << "O" << level << "\n" << r.output;
        EXPECT_EQ(r.output, "15\n7\n") << "O" << level;
    }
}

TEST(EndToEnd, SmallIntFastPathsAndOverflow) {
    if (!toolsPresent()) GTEST_SKIP() << "clang-19 / ld.lld-19 not installed";
    auto mod = test::makeArithmetic();
    // -O0 calls the runtime for everything; -O2 takes the inline paths (and
    // constant-folds them), and must print the same.
    for (unsigned level : {0u, 2u}) {
        RunResult r = buildAndRun(*mod, level, "arith");
        EXPECT_EQ(r.status, 1) << "O" << level;
        EXPECT_EQ(r.output, "-12 -12 -14 True False\nuncaught OverflowError: big int needed "
                            "(1 traceback entries, innermost line 2)\n")
            << "O" << level;
    }
}

TEST(EndToEnd, UncaughtRecursionErrorEscapesWithTraceback) {
    if (!toolsPresent()) GTEST_SKIP() << "clang-19 / ld.lld-19 not installed";
    auto mod = test::makeUncaughtRecursion();
    RunResult r = buildAndRun(*mod, 1, "deep");
    EXPECT_EQ(r.status, 1) << r.output;
    // One entry per frame: at least hundreds, innermost at `deep`'s call line.
    unsigned entries = 0, line = 0;
    ASSERT_EQ(std::sscanf(r.output.c_str(),
                          "uncaught RuntimeError: maximum recursion depth exceeded (%u traceback "
                          "entries, innermost line %u)",
                          &entries, &line),
              2)
        << r.output;
    EXPECT_GT(entries, 100u);
    EXPECT_EQ(line, 6u);
}

TEST(EndToEnd, MissingRuntimeArchiveIsALinkError) {
    if (!toolsPresent()) GTEST_SKIP() << "clang-19 / ld.lld-19 not installed";
    auto mod = test::makeAddPrint();
    std::string base = ::testing::TempDir() + "krait_cg_e2e_missing";
    CodegenOptions opts;
    std::string error;
    ASSERT_TRUE(emitModule(*mod, opts, base + ".o", error)) << error;
    EXPECT_FALSE(linkExecutable(base + ".o", base + "-no-such-runtime.a", base + ".exe", error));
    EXPECT_NE(error.find("link failed"), std::string::npos) << error;
}

// The same programs against the real runtime (libkrait_rt.a), when the build
// has it: the output must be Python's.
#ifdef KRAIT_REAL_RUNTIME
bool realRuntimePresent() {
    return toolsPresent() && llvm::sys::fs::exists(KRAIT_REAL_RUNTIME);
}

TEST(RealRuntime, ProgramsPrintWhatPythonPrints) {
    if (!realRuntimePresent()) GTEST_SKIP() << "libkrait_rt.a not built";
    struct Case {
        std::unique_ptr<ir::Module> mod;
        const char *tag, *expected;
    } cases[] = {
        {test::makeProgram(), "rt_prog", "610\ncaught\n7!\n"},
        {test::makeClosureProgram(), "rt_closure", "15\n7\n"},
        {test::makeArithmetic(), "rt_arith", "-12 -12 -14 True False\n4611686018427387904\n"},
        {test::makeCompositeProgram(), "rt_composite",
         "1 [2, 3, 4] 5\n1-2\n3.50'x'\n4\nunbound\n(1, 2, 3)\n"},
    };
    for (Case &c : cases)
        for (unsigned level : {0u, 2u}) {
            RunResult r = buildAndRun(*c.mod, level, c.tag, KRAIT_REAL_RUNTIME);
            EXPECT_EQ(r.status, 0) << c.tag << " O" << level << "\n" << r.errors;
            EXPECT_EQ(r.output, c.expected) << c.tag << " O" << level;
        }
}

TEST(RealRuntime, RecursionLimitRaisesRuntimeError) {
    if (!realRuntimePresent()) GTEST_SKIP() << "libkrait_rt.a not built";
    auto mod = test::makeUncaughtRecursion();
    RunResult r = buildAndRun(*mod, 2, "rt_deep", KRAIT_REAL_RUNTIME);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.errors.find("File \"deep.py\", line 6, in deep"), std::string::npos) << r.errors;
    llvm::StringRef errors(r.errors);
    EXPECT_TRUE(errors.ends_with("RuntimeError: maximum recursion depth exceeded\n"))
        << errors.take_back(300).str();
}
#endif

} // namespace
