//===- Instruction.cpp - Instruction helpers --------------------------------===//

#include "ir/Instruction.h"

namespace krait::ir {

Instruction *Instruction::incomingValueFor(const Block *pred) const {
    for (size_t i = 0; i < blocks.size() && i < operands.size(); ++i)
        if (blocks[i] == pred) return operands[i];
    return nullptr;
}

void Instruction::replaceOperand(Instruction *from, Instruction *to) {
    for (Instruction *&op : operands)
        if (op == from) op = to;
}

Instruction *Instruction::makeFunctionOperand(int64_t bit) const {
    if (!(imm & bit)) return nullptr;
    // Operands are in flag order; count the present ones before `bit`.
    size_t pos = 0;
    for (int64_t b = 1; b < bit; b <<= 1)
        if (imm & b) ++pos;
    return pos < operands.size() ? operands[pos] : nullptr;
}

} // namespace krait::ir
