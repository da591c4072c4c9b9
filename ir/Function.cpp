//===- Function.cpp - IR functions ------------------------------------------===//

#include "ir/Function.h"

#include <algorithm>
#include <cassert>
#include <unordered_map>

namespace krait::ir {

void Function::setParams(const std::vector<std::string> &positional,
                         const std::vector<std::string> &kwOnly, const std::string &varargsName,
                         const std::string &varkwName) {
    assert(slots.empty() && "parameters must be set before other slots");
    params = positional;
    params.insert(params.end(), kwOnly.begin(), kwOnly.end());
    nPos = static_cast<unsigned>(positional.size());
    nKwOnly = static_cast<unsigned>(kwOnly.size());
    varargs = !varargsName.empty();
    varkw = !varkwName.empty();
    if (varargs) params.push_back(varargsName);
    if (varkw) params.push_back(varkwName);
    slots = params;
}

unsigned Function::addSlot(const std::string &name) {
    slots.push_back(name);
    return static_cast<unsigned>(slots.size() - 1);
}

Block *Function::createBlock() {
    blocks_.push_back(std::make_unique<Block>(this, nextBlockId_++));
    return blocks_.back().get();
}

long Function::indexOf(const Block *block) const {
    // From the back: callers mostly ask about recently created blocks.
    for (size_t i = blocks_.size(); i-- > 0;)
        if (blocks_[i].get() == block) return static_cast<long>(i);
    return -1;
}

void Function::reorderBlocks(const std::vector<Block *> &order) {
    assert(order.size() == blocks_.size() && "the new order must list every block");
    std::unordered_map<const Block *, size_t> rank;
    for (size_t i = 0; i < order.size(); ++i)
        rank.emplace(order[i], i);
    assert(rank.size() == blocks_.size() && "duplicate block in the new order");
    std::sort(blocks_.begin(), blocks_.end(),
              [&](const auto &a, const auto &b) { return rank.at(a.get()) < rank.at(b.get()); });
}

void Function::moveToEnd(Block *block) {
    long pos = indexOf(block);
    assert(pos >= 0 && "block is not in this function");
    std::unique_ptr<Block> owned = std::move(blocks_[static_cast<size_t>(pos)]);
    blocks_.erase(blocks_.begin() + pos);
    blocks_.push_back(std::move(owned));
}

void Function::eraseBlock(Block *block) {
    long pos = indexOf(block);
    assert(pos >= 0 && "block is not in this function");
    blocks_.erase(blocks_.begin() + pos);
}

std::map<const Block *, std::vector<Block *>> Function::predecessors() const {
    std::map<const Block *, std::vector<Block *>> preds;
    for (const auto &block : blocks_) {
        for (Block *succ : block->successors()) {
            auto &list = preds[succ];
            // A branch with both targets equal is one edge.
            if (std::find(list.begin(), list.end(), block.get()) == list.end())
                list.push_back(block.get());
        }
    }
    return preds;
}

std::vector<Block *> Function::handlerUsers(const Block *handler) const {
    std::vector<Block *> users;
    for (const auto &block : blocks_)
        if (block->handler == handler) users.push_back(block.get());
    return users;
}

void Function::replaceAllUsesWith(Instruction *from, Instruction *to) {
    for (const auto &block : blocks_)
        for (const auto &inst : block->instructions())
            inst->replaceOperand(from, to);
}

} // namespace krait::ir
