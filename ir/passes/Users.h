//===- ir/passes/Users.h - Who uses each value ------------------*- C++ -*-===//
//
// The whole-program facts ask "is this value only called / tested / printed?"
// several times; the IR keeps no use lists, so each analysis builds this map.
//
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_PASSES_USERS_H
#define KRAIT_IR_PASSES_USERS_H

#include "ir/IR.h"

#include <cstddef>
#include <unordered_map>
#include <utility>
#include <vector>

namespace krait::ir {

/// Each value's users, as (user, operand index) pairs.
using Users =
    std::unordered_map<const Instruction *, std::vector<std::pair<const Instruction *, size_t>>>;

/// Records `inst` as a user of each of its operands.
inline void recordUses(Users &users, const Instruction &inst) {
    for (size_t i = 0; i < inst.numOperands(); ++i)
        users[inst.operand(i)].push_back({&inst, i});
}

} // namespace krait::ir

#endif // KRAIT_IR_PASSES_USERS_H
