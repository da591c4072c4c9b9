//===- Dominators.cpp - Dominator trees -------------------------------------===//
//
// Cooper, Harvey, Kennedy: "A Simple, Fast Dominance Algorithm". Nodes are
// processed in reverse post-order until the immediate dominators stop
// changing; two candidates are intersected by walking up the partial tree
// using post-order numbers.
//
//===----------------------------------------------------------------------===//

#include "ir/Dominators.h"

#include <algorithm>
#include <utility>

namespace krait::ir {

namespace {

/// Reverse post-order of the nodes reachable from 0 (iterative DFS, so deep
/// CFGs cannot overflow the stack).
std::vector<unsigned> computeRPO(const std::vector<std::vector<unsigned>> &succs) {
    std::vector<unsigned> post;
    if (succs.empty()) return post;
    std::vector<bool> seen(succs.size(), false);
    std::vector<std::pair<unsigned, size_t>> stack{{0, 0}};
    seen[0] = true;
    while (!stack.empty()) {
        auto &[node, next] = stack.back();
        if (next < succs[node].size()) {
            unsigned s = succs[node][next++];
            if (!seen[s]) {
                seen[s] = true;
                stack.push_back({s, 0});
            }
            continue;
        }
        post.push_back(node);
        stack.pop_back();
    }
    std::reverse(post.begin(), post.end());
    return post;
}

} // namespace

DominatorTree::DominatorTree(const std::vector<std::vector<unsigned>> &succs) {
    const unsigned n = static_cast<unsigned>(succs.size());
    idom_.assign(n, Undefined);
    rpoIndex_.assign(n, Undefined);
    children_.assign(n, {});
    pre_.assign(n, 0);
    post_.assign(n, 0);
    if (n == 0) return;

    rpo_ = computeRPO(succs);
    for (unsigned i = 0; i < rpo_.size(); ++i)
        rpoIndex_[rpo_[i]] = i;
    std::vector<std::vector<unsigned>> preds(n);
    for (unsigned from = 0; from < n; ++from)
        if (rpoIndex_[from] != Undefined)
            for (unsigned to : succs[from])
                preds[to].push_back(from);

    auto intersect = [&](unsigned a, unsigned b) {
        while (a != b) {
            while (rpoIndex_[a] > rpoIndex_[b])
                a = idom_[a];
            while (rpoIndex_[b] > rpoIndex_[a])
                b = idom_[b];
        }
        return a;
    };

    idom_[0] = 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (size_t i = 1; i < rpo_.size(); ++i) {
            unsigned node = rpo_[i];
            unsigned newIdom = Undefined;
            for (unsigned p : preds[node]) {
                if (idom_[p] == Undefined) continue;
                newIdom = newIdom == Undefined ? p : intersect(p, newIdom);
            }
            if (newIdom != idom_[node]) {
                idom_[node] = newIdom;
                changed = true;
            }
        }
    }

    for (unsigned node = 1; node < n; ++node)
        if (idom_[node] != Undefined && node != 0) children_[idom_[node]].push_back(node);

    // Number the tree in DFS pre/post order: a dominates b iff b's interval
    // nests inside a's.
    unsigned clock = 0;
    std::vector<std::pair<unsigned, size_t>> stack{{0, 0}};
    pre_[0] = clock++;
    while (!stack.empty()) {
        auto &[node, next] = stack.back();
        if (next < children_[node].size()) {
            unsigned c = children_[node][next++];
            pre_[c] = clock++;
            stack.push_back({c, 0});
            continue;
        }
        post_[node] = clock++;
        stack.pop_back();
    }
}

bool DominatorTree::dominates(unsigned a, unsigned b) const {
    if (!isReachable(a) || !isReachable(b)) return false;
    return pre_[a] <= pre_[b] && post_[b] <= post_[a];
}

std::vector<std::vector<unsigned>> BlockDominators::graphOf(const Function &fn) {
    std::unordered_map<const Block *, unsigned> index;
    for (const auto &b : fn.blocks())
        index.emplace(b.get(), static_cast<unsigned>(index.size()));
    std::vector<std::vector<unsigned>> succs(fn.blocks().size());
    for (const auto &b : fn.blocks()) {
        auto &list = succs[index.at(b.get())];
        auto add = [&](const Block *to) {
            auto it = index.find(to);
            if (it != index.end()) list.push_back(it->second);
        };
        for (const Block *s : b->successors())
            add(s);
        if (b->handler) add(b->handler);
    }
    return succs;
}

BlockDominators::BlockDominators(const Function &fn) : tree_(graphOf(fn)) {
    for (const auto &b : fn.blocks()) {
        index_.emplace(b.get(), static_cast<unsigned>(blocks_.size()));
        blocks_.push_back(b.get());
    }
}

bool BlockDominators::dominates(const Block *a, const Block *b) const {
    return tree_.dominates(indexOf(a), indexOf(b));
}

Block *BlockDominators::idom(const Block *b) const {
    unsigned i = indexOf(b);
    if (i == 0 || !tree_.isReachable(i)) return nullptr;
    return blocks_[tree_.idom(i)];
}

bool BlockDominators::isReachable(const Block *b) const {
    return tree_.isReachable(indexOf(b));
}

std::vector<Block *> BlockDominators::children(const Block *b) const {
    std::vector<Block *> out;
    for (unsigned c : tree_.children(indexOf(b)))
        out.push_back(blocks_[c]);
    return out;
}

} // namespace krait::ir
