//===- codegen/Optimizer.h - the LLVM optimisation pipeline -----*- C++ -*-===//
#ifndef KRAIT_CODEGEN_OPTIMIZER_H
#define KRAIT_CODEGEN_OPTIMIZER_H

#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

namespace krait::codegen {

/// Run LLVM's default per-module pipeline at `optLevel` (0..3; above 3 is 3)
/// over `module` with the new pass manager. `machine` (may be null) supplies
/// target cost models. Level 0 runs the O0 pipeline (always-inline only).
void optimizeModule(llvm::Module &module, llvm::TargetMachine *machine, unsigned optLevel);

} // namespace krait::codegen

#endif // KRAIT_CODEGEN_OPTIMIZER_H
