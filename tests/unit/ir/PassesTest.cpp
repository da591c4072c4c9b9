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

TEST(SlotPromotion, LoopAccumulatorAndParameters) {
    PassManager pm;
    pm.add(createSlotPromotion());
    pm.add(createDeadCodeElimination());
    std::string error;
    auto m = parseModule(std::string(Header) + R"(func @<module>() module {
bb0:
  %0 = const.none
  return %0
}

func @f(n) locals(total, i) {
bb0:
  %0 = const.int 0
  slot.store 1, %0  ; total
  %1 = global.load "range"
  %2 = slot.load 0  ; n
  %3 = call %1, %2
  %4 = iter %3
  jump bb1
bb1:
  %5 = iter.next %4
  %6:bool = is.stop %5
  branch %6, bb3, bb2
bb2:
  slot.store 2, %5  ; i
  %7 = slot.load 1  ; total
  %8 = slot.load 2  ; i
  %9 = binary iadd, %7, %8
  slot.store 1, %9  ; total
  jump bb1
bb3:
  %10 = slot.load 1  ; total
  return %10
bb4:
  %11 = slot.load 2  ; i
  jump bb3
}
)",
                         error);
    ASSERT_TRUE(m) << error;
    pm.setVerifyEach(true);
    std::string errors;
    ASSERT_TRUE(pm.run(*m, errors)) << errors;
    PrintOptions opts;
    opts.predecessors = false;
    EXPECT_EQ(toString(*m->lookup("f"), opts), R"(func @f(n) locals(total, i) {
bb0:
  %0 = param 0  ; n
  %1 = const.int 0
  %2 = global.load "range"
  %3 = call %2, %0
  %4 = iter %3
  jump bb1
bb1:
  %5 = phi [%1, bb0], [%8, bb2]
  %6 = iter.next %4
  %7:bool = is.stop %6
  branch %7, bb3, bb2
bb2:
  %8 = binary iadd, %5, %6
  jump bb1
bb3:
  return %5
}
)");
}

TEST(SlotPromotion, KeepsSlotsThatMayBeUnboundDeletedOrNearHandlers) {
    const char *maybeUnbound = R"(func @<module>() locals(x, y) module {
bb0:
  %0 = global.load "c"
  %1:bool = truth %0
  branch %1, bb1, bb2
bb1:
  slot.store 0, %0  ; x
  slot.store 1, %0  ; y
  jump bb2
bb2:
  %2 = slot.load 0  ; x
  slot.del 1  ; y
  return %2
}
)";
    EXPECT_EQ(runOne(createSlotPromotion(), maybeUnbound), maybeUnbound);
    const char *withHandler = R"(func @<module>() locals(x) module {
bb0:
  %0 = const.none
  slot.store 0, %0  ; x
  jump bb1
bb1: (handler bb2)
  %1 = slot.load 0  ; x
  return %1
bb2:
  %2 = exc.fetch
  reraise %2
}
)";
    EXPECT_EQ(runOne(createSlotPromotion(), withHandler), withHandler);
}

TEST(SlotPromotion, DiamondGetsPhiAndDeadPhisGo) {
    PassManager pm;
    pm.add(createSlotPromotion());
    pm.add(createDeadCodeElimination());
    std::string out = runPasses(pm, R"(func @<module>() locals(x, t) module {
bb0:
  %0 = global.load "c"
  %1:bool = truth %0
  branch %1, bb1, bb2
bb1:
  %2 = const.int 1
  slot.store 0, %2  ; x
  slot.store 1, %2  ; t
  jump bb3
bb2:
  %3 = const.str "s"
  slot.store 0, %3  ; x
  jump bb3
bb3:
  %4 = slot.load 0  ; x
  return %4
}
)");
    EXPECT_EQ(out, R"(func @<module>() locals(x, t) module {
bb0:
  %0 = global.load "c"
  %1:bool = truth %0
  branch %1, bb1, bb2
bb1:
  %2 = const.int 1
  jump bb3
bb2:
  %3 = const.str "s"
  jump bb3
bb3:
  %4 = phi [%2, bb1], [%3, bb2]
  return %4
}
)");
}

TEST(SlotPromotion, LeavesGeneratorsAlone) {
    std::string error;
    auto m = parseModule(std::string(Header) + R"(func @<module>() module {
bb0:
  %0 = const.none
  return %0
}

func @g() locals(x) generator {
bb0:
  %0 = const.int 1
  slot.store 0, %0  ; x
  %1 = slot.load 0  ; x
  %2 = yield %1
  %3 = slot.load 0  ; x
  return %3
}
)",
                         error);
    ASSERT_TRUE(m) << error;
    std::string before = toString(*m);
    EXPECT_FALSE(createSlotPromotion()->run(*m->lookup("g")));
    EXPECT_EQ(toString(*m), before);
}
