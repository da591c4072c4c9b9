//===- SlotPromotion.cpp - Promoting local slots to SSA values --------------===//
//
// Classic SSA construction (Cytron et al.): phis at the iterated dominance
// frontier of the stores, then renaming along the dominator tree.
//
// Only what keeps Python's semantics without extra checks is promoted:
//  - non-generator functions without handler blocks (an exception edge leaves a block in
//    the middle, so a value live into a handler would need phis the IR does
//    not have);
//  - slots never deleted (`slot.del`) and definitely assigned before every
//    load (parameters are assigned at entry), so no load can raise
//    UnboundLocalError.
// Phis whose inputs are undefined on some path can only be dead (no load
// reads them); they get a `const.none` placeholder and DCE removes them.
//
//===----------------------------------------------------------------------===//

#include "ir/Builder.h"
#include "ir/Dominators.h"
#include "ir/passes/Pass.h"

#include <unordered_map>
#include <unordered_set>

namespace krait::ir {

namespace {

class SlotPromotion : public Pass {
  public:
    std::string_view name() const override { return "promote-slots"; }

    bool run(Function &fn) override {
        // The pass object is reused for every function of a module.
        fn_ = &fn;
        index_.clear();
        phiSlot_.clear();
        replace_.clear();
        // Generators keep their locals in slots: the frame that survives a
        // `yield` is codegen's business, SSA values across it would not be.
        if (!fn.entry() || fn.generator) return false;
        for (const auto &b : fn.blocks())
            if (b->handler) return false;
        // Phis need an input from every predecessor; unreachable ones would
        // get none from the renaming walk.
        bool changed = createUnreachableBlockElimination()->run(fn);
        for (const auto &b : fn.blocks())
            index_.emplace(b.get(), static_cast<unsigned>(index_.size()));

        BlockDominators dom(fn);
        std::vector<bool> promote = promotableSlots(dom);
        bool any = false;
        for (bool p : promote)
            any |= p;
        if (!any) return changed;

        placePhis(dom, promote);
        rename(dom, promote);
        return true;
    }

  private:
    using Bits = std::vector<bool>;

    Block *block(unsigned i) const { return fn_->blocks()[i].get(); }

    /// Slots that are never deleted and definitely assigned at every load
    /// (forward must-analysis over reachable blocks).
    std::vector<bool> promotableSlots(const BlockDominators &dom) {
        const unsigned nSlots = fn_->numSlots();
        const unsigned nBlocks = static_cast<unsigned>(fn_->blocks().size());
        std::vector<bool> promote(nSlots, true);
        for (const auto &b : fn_->blocks())
            for (const auto &inst : b->instructions())
                if (inst->op == Opcode::SlotDel && inst->index() < nSlots)
                    promote[inst->index()] = false;

        // in[b]: slots definitely assigned on entry to b. Start from "all"
        // (the top of the must-lattice) everywhere but the entry.
        std::vector<Bits> in(nBlocks, Bits(nSlots, true));
        for (unsigned s = 0; s < nSlots; ++s)
            in[0][s] = s < fn_->numParams();
        auto preds = fn_->predecessors();
        const auto &rpo = dom.tree().reversePostOrder();
        for (bool changed = true; changed;) {
            changed = false;
            for (unsigned bi : rpo) {
                if (bi == 0) continue;
                Bits meet(nSlots, true);
                for (const Block *p : preds[block(bi)]) {
                    unsigned pi = index_.at(p);
                    if (!dom.isReachable(p)) continue;
                    Bits out = outOf(pi, in[pi]);
                    for (unsigned s = 0; s < nSlots; ++s)
                        meet[s] = meet[s] && out[s];
                }
                if (meet != in[bi]) {
                    in[bi] = std::move(meet);
                    changed = true;
                }
            }
        }
        for (unsigned bi : rpo) {
            Bits assigned = in[bi];
            for (const auto &inst : block(bi)->instructions()) {
                if (inst->index() >= nSlots) continue;
                if (inst->op == Opcode::SlotStore)
                    assigned[inst->index()] = true;
                else if (inst->op == Opcode::SlotLoad && !assigned[inst->index()])
                    promote[inst->index()] = false;
            }
        }
        return promote;
    }

    Bits outOf(unsigned bi, Bits in) const {
        for (const auto &inst : block(bi)->instructions())
            if (inst->op == Opcode::SlotStore && inst->index() < in.size())
                in[inst->index()] = true;
        return in;
    }

    /// Phis at the iterated dominance frontier of each promoted slot's
    /// definitions (its stores, and the entry for parameters).
    void placePhis(const BlockDominators &dom, const std::vector<bool> &promote) {
        const DominatorTree &tree = dom.tree();
        const unsigned nBlocks = static_cast<unsigned>(fn_->blocks().size());
        // Dominance frontiers (Cooper, Harvey, Kennedy, figure 5).
        std::vector<std::vector<unsigned>> frontier(nBlocks);
        auto preds = fn_->predecessors();
        for (unsigned b = 0; b < nBlocks; ++b) {
            const auto &ps = preds[block(b)];
            if (ps.size() < 2 || !tree.isReachable(b)) continue;
            for (const Block *p : ps) {
                unsigned runner = index_.at(p);
                if (!tree.isReachable(runner)) continue;
                while (runner != tree.idom(b)) {
                    auto &f = frontier[runner];
                    if (f.empty() || f.back() != b) f.push_back(b);
                    runner = tree.idom(runner);
                }
            }
        }

        for (unsigned s = 0; s < promote.size(); ++s) {
            if (!promote[s]) continue;
            std::vector<unsigned> work;
            std::unordered_set<unsigned> queued;
            if (s < fn_->numParams()) work.push_back(0);
            for (unsigned b = 0; b < nBlocks; ++b)
                for (const auto &inst : block(b)->instructions())
                    if (inst->op == Opcode::SlotStore && inst->index() == s) {
                        work.push_back(b);
                        break;
                    }
            queued.insert(work.begin(), work.end());
            std::unordered_set<unsigned> hasPhi;
            while (!work.empty()) {
                unsigned b = work.back();
                work.pop_back();
                for (unsigned f : frontier[b]) {
                    if (!hasPhi.insert(f).second) continue;
                    IRBuilder builder(block(f));
                    Instruction *phi = builder.phi(Type::object());
                    phiSlot_[phi] = s;
                    if (queued.insert(f).second) work.push_back(f);
                }
            }
        }
    }

    /// Follows load replacements to the defining value.
    Instruction *resolve(Instruction *v) const {
        for (auto it = replace_.find(v); it != replace_.end(); it = replace_.find(v))
            v = it->second;
        return v;
    }

    void rename(const BlockDominators &dom, const std::vector<bool> &promote) {
        const unsigned nSlots = fn_->numSlots();
        Block *entry = fn_->entry();
        // Initial values: parameters at entry; a placeholder for the rest
        // (only ever reaching dead phis, see the file comment).
        IRBuilder builder(entry);
        std::vector<Instruction *> initial(nSlots, nullptr);
        size_t insertAt = entry->phis().size();
        for (unsigned s = 0; s < nSlots; ++s) {
            if (!promote[s]) continue;
            auto inst = std::make_unique<Instruction>(
                s < fn_->numParams() ? Opcode::Param : Opcode::ConstNone,
                s < fn_->numParams() ? Type::object() : Type::none());
            inst->imm = s < fn_->numParams() ? s : 0;
            inst->id = fn_->nextInstructionId();
            inst->loc = fn_->loc;
            initial[s] = entry->insert(insertAt++, std::move(inst));
        }

        std::vector<Instruction *> dead;
        // Iterative pre-order walk of the dominator tree; each frame carries
        // the current value of every slot on entry to its block.
        std::vector<std::pair<Block *, std::vector<Instruction *>>> stack{{entry, initial}};
        while (!stack.empty()) {
            auto [b, current] = std::move(stack.back());
            stack.pop_back();
            for (const auto &inst : b->instructions()) {
                Instruction *i = inst.get();
                if (i->op == Opcode::Phi) {
                    auto it = phiSlot_.find(i);
                    if (it != phiSlot_.end()) current[it->second] = i;
                    continue;
                }
                if ((i->op != Opcode::SlotLoad && i->op != Opcode::SlotStore) ||
                    i->index() >= nSlots || !promote[i->index()])
                    continue;
                if (i->op == Opcode::SlotStore)
                    current[i->index()] = resolve(i->operand(0));
                else
                    replace_[i] = current[i->index()];
                dead.push_back(i);
            }
            for (Block *succ : b->successors())
                for (Instruction *phi : succ->phis()) {
                    auto it = phiSlot_.find(phi);
                    if (it != phiSlot_.end() && !phi->incomingValueFor(b))
                        IRBuilder::addIncoming(phi, current[it->second], b);
                }
            std::vector<Block *> kids = dom.children(b);
            for (auto k = kids.rbegin(); k != kids.rend(); ++k)
                stack.push_back({*k, current});
        }

        for (const auto &b : fn_->blocks())
            for (const auto &inst : b->instructions())
                for (Instruction *&op : inst->operands)
                    op = resolve(op);
        for (Instruction *i : dead)
            i->parent->erase(i);
    }

    Function *fn_ = nullptr;
    std::unordered_map<const Block *, unsigned> index_;
    std::unordered_map<const Instruction *, unsigned> phiSlot_;
    std::unordered_map<Instruction *, Instruction *> replace_;
};

} // namespace

std::unique_ptr<Pass> createSlotPromotion() {
    return std::make_unique<SlotPromotion>();
}

} // namespace krait::ir
