//===- PassesTest.cpp - Constant folding, DCE, unreachable blocks -----------===//

#include "ir/Parser.h"
#include "ir/Printer.h"
#include "ir/Verifier.h"
#include "ir/passes/Pass.h"

#include <gtest/gtest.h>

using namespace krait::ir;

namespace {

const char *Header = "module \"m\" file \"m.py\"\n\n";

/// Parses `fnText` (one function), runs `pm`, verifies, and returns the
/// printed function.
std::string runPasses(PassManager &pm, const std::string &fnText) {
    std::string error;
    auto m = parseModule(Header + fnText, error);
    if (!m) return "PARSE ERROR: " + error;
    pm.setVerifyEach(true);
    std::string errors;
    if (!pm.run(*m, errors)) return "VERIFY ERROR: " + errors;
    PrintOptions opts;
    opts.predecessors = false;
    return toString(*m->body(), opts);
}

std::string runOne(std::unique_ptr<Pass> pass, const std::string &fnText) {
    PassManager pm;
    pm.add(std::move(pass));
    return runPasses(pm, fnText);
}

} // namespace

TEST(ConstantFolding, ArithmeticWithPythonSemantics) {
    std::string out = runOne(createConstantFolding(), R"(func @<module>() module {
bb0:
  %0 = const.int -7
  %1 = const.int 2
  %2 = binary floordiv, %0, %1
  %3 = binary mod, %0, %1
  %4 = binary pow, %1, %1
  %5 = binary add, %2, %4
  %6 = binary rshift, %0, %1
  %7 = binary lt, %0, %1
  %8 = unary neg, %0
  %9 = binary iadd, %8, %8
  %10 = build.tuple %2, %3, %5, %6, %7, %9
  return %10
}
)");
    EXPECT_EQ(out, R"(func @<module>() module {
bb0:
  %0 = const.int -7
  %1 = const.int 2
  %2 = const.int -4
  %3 = const.int 1
  %4 = const.int 4
  %5 = const.int 0
  %6 = const.int -2
  %7 = const.true
  %8 = const.int 7
  %9 = const.int 14
  %10 = build.tuple %2, %3, %5, %6, %7, %9
  return %10
}
)");
}

TEST(ConstantFolding, LeavesRaisingAndOverflowingOperationsAlone) {
    const char *text = R"(func @<module>() module {
bb0:
  %0 = const.int 9223372036854775807
  %1 = const.int 1
  %2 = const.int 0
  %3 = const.int -1
  %4 = binary add, %0, %1
  %5 = binary floordiv, %1, %2
  %6 = binary mod, %1, %2
  %7 = binary lshift, %1, %3
  %8 = binary pow, %0, %0
  %9 = binary truediv, %1, %1
  %10 = const.int 99999999999999999999999
  %11 = binary add, %10, %1
  %12 = build.tuple %4, %5, %6, %7, %8, %9, %11
  return %12
}
)";
    EXPECT_EQ(runOne(createConstantFolding(), text), text);
}

TEST(ConstantFolding, BranchOnConstantTruthBecomesJump) {
    std::string out = runOne(createConstantFolding(), R"(func @<module>() module {
bb0:
  %0 = const.int 0
  %1:bool = truth %0
  branch %1, bb1, bb2
bb1:
  jump bb2
bb2:
  %2 = phi [%0, bb0], [%0, bb1]
  return %2
}
)");
    EXPECT_EQ(out, R"(func @<module>() module {
bb0:
  %0 = const.int 0
  %1:bool = truth %0
  jump bb2
bb1:
  jump bb2
bb2:
  %2 = phi [%0, bb0], [%0, bb1]
  return %2
}
)");
}

TEST(UnreachableBlocks, RemovedAndPhisFixed) {
    std::string out = runOne(createUnreachableBlockElimination(), R"(func @<module>() module {
bb0:
  %0 = const.none
  jump bb2
bb1:
  %1 = const.int 1
  jump bb2
bb2:
  %2 = phi [%0, bb0], [%1, bb1]
  jump bb3
bb3: (handler bb4)
  return %2
bb4:
  %3 = exc.fetch
  reraise %3
}
)");
    EXPECT_EQ(out, R"(func @<module>() module {
bb0:
  %0 = const.none
  jump bb1
bb1:
  %1 = phi [%0, bb0]
  jump bb2
bb2: (handler bb3)
  return %1
bb3:
  %2 = exc.fetch
  reraise %2
}
)");
}

TEST(DeadCode, RemovesUnusedPureValuesKeepsEffects) {
    std::string out = runOne(createDeadCodeElimination(), R"(func @<module>() module {
bb0:
  %0 = const.int 1
  %1 = const.str "unused"
  %2 = build.tuple %0, %1
  %3 = global.load "f"
  %4 = call %3, %0
  %5 = builtin.load "print"
  %6 = const.none
  %7:bool = truth %6
  jump bb1
bb1:
  %8 = phi [%6, bb0], [%8, bb1]
  %9:bool = truth %3
  branch %9, bb1, bb2
bb2:
  return %6
}
)");
    EXPECT_EQ(out, R"(func @<module>() module {
bb0:
  %0 = const.int 1
  %1 = global.load "f"
  %2 = call %1, %0
  %3 = builtin.load "print"
  %4 = const.none
  jump bb1
bb1:
  %5:bool = truth %1
  branch %5, bb1, bb2
bb2:
  return %4
}
)");
}

TEST(PassManager, DefaultPipelineFoldsAndCleansUp) {
    PassManager pm;
    addDefaultPasses(pm);
    EXPECT_EQ(pm.size(), 4u);
    std::string out = runPasses(pm, R"(func @<module>() module {
bb0:
  %0 = const.int 6
  %1 = const.int 7
  %2 = binary mul, %0, %1
  %3 = binary eq, %2, %2
  %4:bool = truth %1
  branch %4, bb1, bb2
bb1:
  return %2
bb2:
  return %3
}
)");
    EXPECT_EQ(out, R"(func @<module>() module {
bb0:
  %0 = const.int 42
  return %0
}
)");
}

TEST(PassManager, ReportsPassThatBreaksVerification) {
    class Breaker : public Pass {
      public:
        std::string_view name() const override { return "breaker"; }
        bool run(Function &fn) override {
            fn.entry()->erase(fn.entry()->back());
            return true;
        }
    };
    PassManager pm;
    pm.add(std::make_unique<Breaker>());
    std::string out = runPasses(pm, "func @<module>() module {\nbb0:\n  unreachable\n}\n");
    EXPECT_EQ(out, "VERIFY ERROR: after pass 'breaker':\n"
                   "@<module> bb0: empty block (missing terminator)\n");
}

TEST(BlockMerging, MergesChainsButNotAcrossHandlersOrJoins) {
    std::string out = runOne(createBlockMerging(), R"(func @<module>() module {
bb0:
  %0 = const.none
  jump bb1
bb1:
  %1 = phi [%0, bb0]
  %2 = build.list %1
  jump bb2
bb2: (handler bb4)
  %3 = global.load "f"
  jump bb3
bb3: (handler bb4)
  %4 = call %3, %2
  jump bb5
bb4:
  %5 = exc.fetch
  jump bb5
bb5:
  %6 = phi [%4, bb3], [%5, bb4]
  return %6
}
)");
    EXPECT_EQ(out, R"(func @<module>() module {
bb0:
  %0 = const.none
  %1 = build.list %0
  jump bb1
bb1: (handler bb2)
  %2 = global.load "f"
  %3 = call %2, %1
  jump bb3
bb2:
  %4 = exc.fetch
  jump bb3
bb3:
  %5 = phi [%3, bb1], [%4, bb2]
  return %5
}
)");
}
