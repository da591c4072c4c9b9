//===- Verifier.h - Checking IR well-formedness ----------------*- C++ -*-===//
///
/// \file
/// Checks every rule of docs/IR.md ("Verifier rules"). Messages name the
/// function symbol, the block and the printed instruction, one per line.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_VERIFIER_H
#define KRAIT_IR_VERIFIER_H

#include "ir/IR.h"

#include <string>

namespace krait::ir {

/// Verifies every function of `module`. Returns true when valid; otherwise
/// appends one line per problem to `errors`.
bool verify(const Module &module, std::string &errors);
/// Verifies one function (its module is used for `make.function` checks).
bool verify(const Function &fn, std::string &errors);

} // namespace krait::ir

#endif // KRAIT_IR_VERIFIER_H
