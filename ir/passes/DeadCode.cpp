//===- DeadCode.cpp - Dead instructions and unreachable blocks --------------===//

#include "ir/passes/Pass.h"

#include <unordered_set>

namespace krait::ir {

namespace {

/// True when removing an unused `inst` cannot change behaviour: it neither
/// raises nor writes anything. `exc.fetch` clears the pending exception and
/// must stay first in its handler.
bool isRemovableWhenUnused(const Instruction &inst) {
    switch (inst.op) {
    case Opcode::ConstInt:
    case Opcode::ConstFloat:
    case Opcode::ConstComplex:
    case Opcode::ConstStr:
    case Opcode::ConstBytes:
    case Opcode::ConstNone:
    case Opcode::Globals:
    case Opcode::ConstTrue:
    case Opcode::ConstFalse:
    case Opcode::ConstEllipsis:
    case Opcode::Param:
    case Opcode::CellNew:
    case Opcode::ClosureCell:
    case Opcode::Box:
    case Opcode::BuildTuple:
    case Opcode::BuildList:
    case Opcode::BuildSlice:
    case Opcode::Extract:
    case Opcode::IsStop:
    case Opcode::MakeFunction:
    case Opcode::BuildString:
    case Opcode::Phi:
        return true;
    case Opcode::Truth:
        // The truth of a literal never raises (it is a built-in type).
        return isConstant(inst.operand(0)->op);
    default:
        return false;
    }
}

/// Mark and sweep: every instruction that cannot be removed is live, and so
/// is every operand of a live instruction; the rest goes. Unlike counting
/// uses, this also removes cycles of dead phis (loop variables nobody reads).
class DeadCodeElimination : public Pass {
  public:
    std::string_view name() const override { return "dce"; }

    bool run(Function &fn) override {
        std::unordered_set<const Instruction *> live;
        std::vector<const Instruction *> work;
        for (const auto &b : fn.blocks())
            for (const auto &inst : b->instructions())
                if (!isRemovableWhenUnused(*inst) && live.insert(inst.get()).second)
                    work.push_back(inst.get());
        while (!work.empty()) {
            const Instruction *inst = work.back();
            work.pop_back();
            for (const Instruction *op : inst->operands)
                if (op && live.insert(op).second) work.push_back(op);
        }

        bool changed = false;
        for (const auto &b : fn.blocks()) {
            std::vector<Instruction *> dead;
            for (const auto &inst : b->instructions())
                if (!live.count(inst.get())) dead.push_back(inst.get());
            for (Instruction *inst : dead)
                b->erase(inst);
            changed |= !dead.empty();
        }
        return changed;
    }
};

class UnreachableBlockElimination : public Pass {
  public:
    std::string_view name() const override { return "unreachable"; }

    bool run(Function &fn) override {
        if (!fn.entry()) return false;
        std::unordered_set<const Block *> reachable{fn.entry()};
        std::vector<const Block *> work{fn.entry()};
        while (!work.empty()) {
            const Block *b = work.back();
            work.pop_back();
            std::vector<Block *> next = b->successors();
            if (b->handler) next.push_back(b->handler);
            for (Block *s : next)
                if (reachable.insert(s).second) work.push_back(s);
        }
        std::vector<Block *> dead;
        for (const auto &b : fn.blocks())
            if (!reachable.count(b.get())) dead.push_back(b.get());
        if (dead.empty()) return false;

        std::unordered_set<const Block *> deadSet(dead.begin(), dead.end());
        for (const auto &b : fn.blocks()) {
            if (deadSet.count(b.get())) continue;
            for (Instruction *phi : b->phis())
                dropIncoming(*phi, deadSet);
        }
        for (Block *b : dead)
            fn.eraseBlock(b);
        return true;
    }

  private:
    static void dropIncoming(Instruction &phi, const std::unordered_set<const Block *> &dead) {
        size_t out = 0;
        for (size_t i = 0; i < phi.operands.size(); ++i) {
            if (dead.count(phi.blocks[i])) continue;
            phi.operands[out] = phi.operands[i];
            phi.blocks[out] = phi.blocks[i];
            ++out;
        }
        phi.operands.resize(out);
        phi.blocks.resize(out);
    }
};

} // namespace

std::unique_ptr<Pass> createDeadCodeElimination() {
    return std::make_unique<DeadCodeElimination>();
}

std::unique_ptr<Pass> createUnreachableBlockElimination() {
    return std::make_unique<UnreachableBlockElimination>();
}

} // namespace krait::ir
