//===- Block.h - Basic blocks ----------------------------------*- C++ -*-===//
///
/// \file
/// A `Block` is a list of instructions ending in one terminator, with an
/// optional exception handler block.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_BLOCK_H
#define KRAIT_IR_BLOCK_H

#include "ir/Instruction.h"

#include <memory>
#include <vector>

namespace krait::ir {

class Function;

/// A basic block, owned by its function.
class Block {
  public:
    /// Use `Function::createBlock`.
    Block(Function *parent, unsigned id) : parent_(parent), id_(id) {}

    /// The owning function.
    Function *parent() const { return parent_; }
    /// Unique id within the function (creation order; the printer renumbers).
    unsigned id() const { return id_; }

    /// Where control goes when an instruction of this block raises; null:
    /// out of the function.
    Block *handler = nullptr;

    /// The instructions, in order.
    const std::vector<std::unique_ptr<Instruction>> &instructions() const { return insts_; }
    /// Number of instructions.
    size_t size() const { return insts_.size(); }
    /// True when the block has no instruction.
    bool empty() const { return insts_.empty(); }
    /// First instruction (must not be empty).
    Instruction *front() const { return insts_.front().get(); }
    /// Last instruction (must not be empty).
    Instruction *back() const { return insts_.back().get(); }
    /// Instruction `i`.
    Instruction *at(size_t i) const { return insts_[i].get(); }

    /// The last instruction if it is a terminator, else null.
    Instruction *terminator() const;
    /// True when the block ends in a terminator.
    bool isTerminated() const { return terminator() != nullptr; }
    /// The terminator's successor blocks (empty when unterminated). The
    /// handler is not included.
    std::vector<Block *> successors() const;
    /// The leading `phi` instructions.
    std::vector<Instruction *> phis() const;

    /// Appends `inst`, taking ownership; returns it.
    Instruction *append(std::unique_ptr<Instruction> inst);
    /// Inserts `inst` before position `pos` (0..size()); returns it.
    Instruction *insert(size_t pos, std::unique_ptr<Instruction> inst);
    /// Position of `inst` in this block, or -1.
    long indexOf(const Instruction *inst) const;
    /// Removes `inst` from the block and returns it (the caller decides
    /// whether to keep it alive).
    std::unique_ptr<Instruction> remove(Instruction *inst);
    /// Removes and destroys `inst`.
    void erase(Instruction *inst) { remove(inst); }

  private:
    Function *parent_;
    unsigned id_;
    std::vector<std::unique_ptr<Instruction>> insts_;
};

} // namespace krait::ir

#endif // KRAIT_IR_BLOCK_H
