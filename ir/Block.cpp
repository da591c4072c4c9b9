//===- Block.cpp - Basic blocks ---------------------------------------------===//

#include "ir/Block.h"

#include <cassert>

namespace krait::ir {

Instruction *Block::terminator() const {
    if (insts_.empty() || !insts_.back()->isTerminator()) return nullptr;
    return insts_.back().get();
}

std::vector<Block *> Block::successors() const {
    if (Instruction *term = terminator()) return term->blocks;
    return {};
}

std::vector<Instruction *> Block::phis() const {
    std::vector<Instruction *> result;
    for (const auto &inst : insts_) {
        if (inst->op != Opcode::Phi) break;
        result.push_back(inst.get());
    }
    return result;
}

Instruction *Block::append(std::unique_ptr<Instruction> inst) {
    return insert(insts_.size(), std::move(inst));
}

Instruction *Block::insert(size_t pos, std::unique_ptr<Instruction> inst) {
    assert(pos <= insts_.size() && "insert position out of range");
    inst->parent = this;
    Instruction *raw = inst.get();
    insts_.insert(insts_.begin() + static_cast<long>(pos), std::move(inst));
    return raw;
}

long Block::indexOf(const Instruction *inst) const {
    for (size_t i = 0; i < insts_.size(); ++i)
        if (insts_[i].get() == inst) return static_cast<long>(i);
    return -1;
}

std::unique_ptr<Instruction> Block::remove(Instruction *inst) {
    long pos = indexOf(inst);
    assert(pos >= 0 && "instruction is not in this block");
    std::unique_ptr<Instruction> owned = std::move(insts_[static_cast<size_t>(pos)]);
    insts_.erase(insts_.begin() + pos);
    owned->parent = nullptr;
    return owned;
}

} // namespace krait::ir
