//===- Function.h - IR functions -------------------------------*- C++ -*-===//
///
/// \file
/// A `Function` is one Python function (or the module body, a class body, a
/// lambda, a comprehension): its parameters, its local slots and its blocks.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_FUNCTION_H
#define KRAIT_IR_FUNCTION_H

#include "frontend/SourceLocation.h"
#include "ir/Block.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace krait::ir {

class Module;

/// A function, owned by its module.
class Function {
  public:
    /// Use `Module::createFunction`.
    Function(Module *parent, std::string name, std::string symbol)
        : name(std::move(name)), symbol(std::move(symbol)), parent_(parent) {}

    /// Python name (`__name__`, tracebacks): "f", "<lambda>", "<module>"...
    std::string name;
    /// Unique name within the module, printed as `@symbol` (e.g. a qualified
    /// name "C.f.<locals>.g", with a ".N" suffix added on clashes). Set by
    /// `Module::createFunction`; do not change it afterwards.
    std::string symbol;
    /// Parameter names in slot order: positional, keyword-only, then `*args`
    /// (if `varargs`), then `**kwargs` (if `varkw`) — as `kr_code_info`.
    std::vector<std::string> params;
    unsigned nPos = 0;         ///< Positional (or keyword) parameters.
    unsigned nKwOnly = 0;      ///< Keyword-only parameters.
    unsigned nPosOnly = 0;     ///< The first `nPosOnly` positional ones are positional-only.
    bool varargs = false;      ///< Has `*args`.
    bool varkw = false;        ///< Has `**kwargs`.
    bool generator = false;    ///< Contains `yield`: calling it makes a generator.
    bool isModuleBody = false; ///< The module's top-level code.
    /// Local slots: every parameter first (same order and names as
    /// `params`), then the other locals (including slots holding cells).
    std::vector<std::string> slots;
    SourceLoc loc; ///< Position of the `def` (or 1:1 for the module body).

    /// The owning module.
    Module *parent() const { return parent_; }

    /// Sets the parameters: positional names, keyword-only names, and the
    /// optional `*args` / `**kwargs` names (empty: none). Also makes them the
    /// first slots (the slot list must still be empty).
    void setParams(const std::vector<std::string> &positional,
                   const std::vector<std::string> &kwOnly, const std::string &varargsName,
                   const std::string &varkwName);
    /// Appends a slot named `name`; returns its index.
    unsigned addSlot(const std::string &name);
    /// Number of slots.
    unsigned numSlots() const { return static_cast<unsigned>(slots.size()); }
    /// Number of parameters.
    unsigned numParams() const { return static_cast<unsigned>(params.size()); }

    /// The blocks, in layout order; the first is the entry.
    const std::vector<std::unique_ptr<Block>> &blocks() const { return blocks_; }
    /// The entry block (null when there are no blocks yet).
    Block *entry() const { return blocks_.empty() ? nullptr : blocks_.front().get(); }
    /// Appends a new empty block to the layout.
    Block *createBlock();
    /// Moves `block` to the end of the layout (e.g. to emit a loop exit after
    /// the loop body).
    void moveToEnd(Block *block);
    /// Puts the blocks in the layout order `order` (a permutation of
    /// `blocks()`); the first becomes the entry.
    void reorderBlocks(const std::vector<Block *> &order);
    /// Removes and destroys `block`. Nothing may still refer to it.
    void eraseBlock(Block *block);
    /// Position of `block` in the layout, or -1.
    long indexOf(const Block *block) const;

    /// Normal (non-exception) predecessors of every block that has one.
    std::map<const Block *, std::vector<Block *>> predecessors() const;
    /// Blocks naming `handler` as their handler.
    std::vector<Block *> handlerUsers(const Block *handler) const;

    /// Replaces every use of `from` as an operand in this function by `to`.
    void replaceAllUsesWith(Instruction *from, Instruction *to);
    /// Next unique instruction id (used by the builder).
    unsigned nextInstructionId() { return nextInstId_++; }

  private:
    Module *parent_;
    std::vector<std::unique_ptr<Block>> blocks_;
    unsigned nextBlockId_ = 0;
    unsigned nextInstId_ = 0;
};

} // namespace krait::ir

#endif // KRAIT_IR_FUNCTION_H
