//===- Dominators.h - Dominator trees --------------------------*- C++ -*-===//
///
/// \file
/// Dominator trees by the iterative algorithm of Cooper, Harvey and Kennedy
/// ("A Simple, Fast Dominance Algorithm", 2001), over a generic graph of
/// numbered nodes, plus a convenience for a function's blocks.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_DOMINATORS_H
#define KRAIT_IR_DOMINATORS_H

#include "ir/IR.h"

#include <unordered_map>
#include <vector>

namespace krait::ir {

/// Dominators of a directed graph with nodes 0..n-1 and entry node 0.
class DominatorTree {
  public:
    /// Computes the tree for `succs[i]` = successors of node i.
    explicit DominatorTree(const std::vector<std::vector<unsigned>> &succs);

    /// Number of nodes.
    unsigned size() const { return static_cast<unsigned>(idom_.size()); }
    /// True when `n` is reachable from the entry.
    bool isReachable(unsigned n) const { return idom_[n] != Undefined; }
    /// Immediate dominator of `n` (the entry is its own; `Undefined` when
    /// unreachable).
    unsigned idom(unsigned n) const { return idom_[n]; }
    /// True when `a` dominates `b` (reflexive). False when either is
    /// unreachable.
    bool dominates(unsigned a, unsigned b) const;
    /// True when `a` dominates `b` and `a != b`.
    bool strictlyDominates(unsigned a, unsigned b) const { return a != b && dominates(a, b); }
    /// Children of `n` in the dominator tree, in increasing node order.
    const std::vector<unsigned> &children(unsigned n) const { return children_[n]; }
    /// Reachable nodes in reverse post-order from the entry.
    const std::vector<unsigned> &reversePostOrder() const { return rpo_; }

    /// Marker for unreachable nodes.
    static constexpr unsigned Undefined = ~0u;

  private:
    std::vector<unsigned> idom_;
    std::vector<unsigned> rpoIndex_;
    std::vector<unsigned> rpo_;
    std::vector<std::vector<unsigned>> children_;
    // DFS intervals over the tree answer dominates() in O(1).
    std::vector<unsigned> pre_, post_;
};

/// The dominator tree of a function's blocks. Edges are terminator successors
/// plus an edge from every block to its handler.
class BlockDominators {
  public:
    /// Computes the tree for `fn` (which must have an entry block).
    explicit BlockDominators(const Function &fn);

    /// True when `a` dominates `b` (reflexive).
    bool dominates(const Block *a, const Block *b) const;
    /// Immediate dominator of `b` (null for the entry and unreachable blocks).
    Block *idom(const Block *b) const;
    /// True when `b` is reachable from the entry.
    bool isReachable(const Block *b) const;
    /// Children of `b` in the dominator tree, in layout order.
    std::vector<Block *> children(const Block *b) const;
    /// The underlying tree (node i = block i in layout order).
    const DominatorTree &tree() const { return tree_; }

  private:
    std::vector<Block *> blocks_;
    std::unordered_map<const Block *, unsigned> index_;
    DominatorTree tree_;
    unsigned indexOf(const Block *b) const { return index_.at(b); }
    static std::vector<std::vector<unsigned>> graphOf(const Function &fn);
};

} // namespace krait::ir

#endif // KRAIT_IR_DOMINATORS_H
