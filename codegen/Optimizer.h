//===- codegen/Optimizer.h - the LLVM optimisation pipeline -----*- C++ -*-===//
#ifndef KRAIT_CODEGEN_OPTIMIZER_H
#define KRAIT_CODEGEN_OPTIMIZER_H

#include "llvm/IR/Function.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

namespace krait::codegen {

/// Marks `f` as code that runs once per program (a module's constant
/// initialiser, a module body, a class body). `optimizeModule` compiles such a
/// function without optimisation when it has no loop: its speed does not
/// matter, and optimising it (with every fast path inlined) costs compile time
/// in proportion to the program's size.
void markRunOnce(llvm::Function &f);

/// Marks `f` as cold: no loop of the program reaches it (Tiering.h).
/// `optimizeModule` compiles it without optimisation, as run-once code
/// without loops, but leaves it in place in the module.
void markCold(llvm::Function &f);

/// Run the optimisation pipeline for `optLevel` (0..3; above 3 is 3) over
/// `module` with the new pass manager: LLVM's default per-module pipelines,
/// except at 2, where krait's trimmed copy of LLVM's O2 runs (Optimizer.cpp).
/// `machine` (may be null) supplies target cost models. Level 0 runs the O0
/// pipeline (always-inline only).
/// Functions marked by `markRunOnce` that have no cycle in their control flow
/// and those marked by `markCold` become `optnone` (the code generator then
/// selects them with FastISel).
void optimizeModule(llvm::Module &module, llvm::TargetMachine *machine, unsigned optLevel);

} // namespace krait::codegen

#endif // KRAIT_CODEGEN_OPTIMIZER_H
