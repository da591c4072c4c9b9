//===- BlockMerging.cpp - Merging straight-line block chains ----------------===//
//
// `B: ... jump C` where C's only predecessor is B, C is neither the entry nor
// a handler, and B and C have the same handler: C's instructions move to the
// end of B (C's phis have the single input from B and are replaced by it),
// and later phis naming C as incoming block name B instead.
//
//===----------------------------------------------------------------------===//

#include "ir/passes/Pass.h"

#include <unordered_set>

namespace krait::ir {

namespace {

class BlockMerging : public Pass {
  public:
    std::string_view name() const override { return "merge-blocks"; }

    bool run(Function &fn) override {
        bool changed = false;
        for (bool again = true; again;) {
            again = false;
            auto preds = fn.predecessors();
            std::unordered_set<const Block *> handlers;
            for (const auto &b : fn.blocks())
                if (b->handler) handlers.insert(b->handler);
            for (const auto &b : fn.blocks()) {
                Block *next = mergeable(fn, *b, preds, handlers);
                if (!next) continue;
                merge(fn, *b, *next);
                changed = again = true;
                break; // The predecessor map is stale now.
            }
        }
        return changed;
    }

  private:
    static Block *mergeable(const Function &fn, const Block &b,
                            std::map<const Block *, std::vector<Block *>> &preds,
                            const std::unordered_set<const Block *> &handlers) {
        Instruction *term = b.terminator();
        if (!term || term->op != Opcode::Jump) return nullptr;
        Block *next = term->blocks[0];
        if (next == &b || next == fn.entry() || handlers.count(next) || next->handler != b.handler)
            return nullptr;
        const auto &p = preds[next];
        return p.size() == 1 && p[0] == &b ? next : nullptr;
    }

    static void merge(Function &fn, Block &b, Block &next) {
        b.erase(b.back());
        while (!next.empty()) {
            std::unique_ptr<Instruction> inst = next.remove(next.front());
            if (inst->op == Opcode::Phi) {
                fn.replaceAllUsesWith(inst.get(), inst->operands.front());
                continue;
            }
            b.append(std::move(inst));
        }
        for (Block *succ : b.successors())
            for (Instruction *phi : succ->phis())
                for (Block *&in : phi->blocks)
                    if (in == &next) in = &b;
        fn.eraseBlock(&next);
    }
};

} // namespace

std::unique_ptr<Pass> createBlockMerging() {
    return std::make_unique<BlockMerging>();
}

} // namespace krait::ir
