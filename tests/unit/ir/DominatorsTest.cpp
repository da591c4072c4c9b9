//===- DominatorsTest.cpp - Dominator trees on known graphs -----------------===//

#include "ir/Dominators.h"
#include "ir/Parser.h"

#include <gtest/gtest.h>

using namespace krait::ir;

TEST(DominatorTree, Diamond) {
    // 0 -> 1, 2; 1 -> 3; 2 -> 3
    DominatorTree dom({{1, 2}, {3}, {3}, {}});
    EXPECT_EQ(dom.idom(1), 0u);
    EXPECT_EQ(dom.idom(2), 0u);
    EXPECT_EQ(dom.idom(3), 0u);
    EXPECT_TRUE(dom.dominates(0, 3));
    EXPECT_FALSE(dom.dominates(1, 3));
    EXPECT_TRUE(dom.dominates(3, 3));
    EXPECT_FALSE(dom.strictlyDominates(3, 3));
    EXPECT_EQ(dom.children(0), (std::vector<unsigned>{1, 2, 3}));
}

TEST(DominatorTree, LoopWithExit) {
    // 0 -> 1; 1 -> 2, 4; 2 -> 3; 3 -> 1; 4 -> (exit)
    DominatorTree dom({{1}, {2, 4}, {3}, {1}, {}});
    EXPECT_EQ(dom.idom(1), 0u);
    EXPECT_EQ(dom.idom(2), 1u);
    EXPECT_EQ(dom.idom(3), 2u);
    EXPECT_EQ(dom.idom(4), 1u);
    EXPECT_TRUE(dom.dominates(1, 3));
    EXPECT_FALSE(dom.dominates(2, 4));
    EXPECT_EQ(dom.reversePostOrder().front(), 0u);
    EXPECT_EQ(dom.reversePostOrder().size(), 5u);
}

TEST(DominatorTree, IrreducibleAndUnreachable) {
    // The classic example from Cooper-Harvey-Kennedy (figure 4), renumbered:
    // 0 -> 1, 2; 1 -> 3; 2 -> 4; 3 -> 4; 4 -> 3; node 5 unreachable.
    DominatorTree dom({{1, 2}, {3}, {4}, {4}, {3}, {0}});
    EXPECT_EQ(dom.idom(3), 0u);
    EXPECT_EQ(dom.idom(4), 0u);
    EXPECT_FALSE(dom.isReachable(5));
    EXPECT_FALSE(dom.dominates(5, 0));
    EXPECT_FALSE(dom.dominates(0, 5));
}

TEST(DominatorTree, FiveNodeExampleFromPaper) {
    // Figure 2 of the paper: nodes 5..1 map to 0..4 here.
    // 5->4, 5->3; 4->1; 3->2; 1->2; 2->1.
    DominatorTree dom({{1, 2}, {4}, {3}, {4}, {3}});
    for (unsigned n = 1; n < 5; ++n)
        EXPECT_EQ(dom.idom(n), 0u) << n;
}

TEST(DominatorTree, DeepChainDoesNotRecurse) {
    const unsigned n = 200000;
    std::vector<std::vector<unsigned>> succs(n);
    for (unsigned i = 0; i + 1 < n; ++i)
        succs[i].push_back(i + 1);
    DominatorTree dom(succs);
    EXPECT_EQ(dom.idom(n - 1), n - 2);
    EXPECT_TRUE(dom.dominates(0, n - 1));
    EXPECT_TRUE(dom.dominates(n / 2, n - 1));
    EXPECT_FALSE(dom.dominates(n - 1, n / 2));
}

TEST(BlockDominators, HandlerEdgesCount) {
    std::string error;
    auto m = parseModule(R"(module "m" file "m.py"
func @<module>() module {
bb0:
  %0 = const.none
  jump bb1
bb1: (handler bb3)
  %1 = global.load "f"
  %2 = call %1
  jump bb2
bb2:
  return %0
bb3:
  %3 = exc.fetch
  reraise %3
}
)",
                         error);
    ASSERT_TRUE(m) << error;
    const Function &fn = *m->body();
    BlockDominators dom(fn);
    Block *b0 = fn.blocks()[0].get(), *b1 = fn.blocks()[1].get(), *b2 = fn.blocks()[2].get(),
          *b3 = fn.blocks()[3].get();
    EXPECT_TRUE(dom.dominates(b1, b3));
    EXPECT_TRUE(dom.dominates(b1, b2));
    EXPECT_FALSE(dom.dominates(b2, b3));
    EXPECT_EQ(dom.idom(b3), b1);
    EXPECT_EQ(dom.idom(b0), nullptr);
    EXPECT_EQ(dom.children(b1), (std::vector<Block *>{b2, b3}));
    EXPECT_TRUE(dom.isReachable(b3));
}
