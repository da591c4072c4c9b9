//===- ListKinds.h - Element kinds of lists, whole program ------*- C++ -*-===//
///
/// \file
/// Proves, for the whole program, that some lists only ever hold exact floats
/// (or only exact ints), and types their item reads `a[i]` accordingly
/// (ListKinds.cpp describes the analysis). Runs after inferProgramTypes.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_PASSES_LISTKINDS_H
#define KRAIT_IR_PASSES_LISTKINDS_H

#include "ir/IR.h"

#include <string>
#include <vector>

namespace krait::ir {

/// Types `getitem`s of lists whose every element is proven an exact float
/// (int) `float` (`int`), and the arithmetic that follows from them. Run
/// after inferProgramTypes on all modules of the program. False with
/// `errors` when the verifier rejects the result.
bool inferListKinds(const std::vector<Module *> &modules, std::string &errors);

} // namespace krait::ir

#endif // KRAIT_IR_PASSES_LISTKINDS_H
