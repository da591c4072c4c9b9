//===- codegen/ParallelCodegen.h - code generation on several threads -*- C++ -*-===//
//
// Instruction selection and register allocation are most of an -O2 compile
// and work one function at a time, so a big optimised module is split into
// partitions: its functions are dealt out by estimated cost, the first
// partition is code-generated from the module itself on the calling thread,
// each other one on a thread of its own from the module's bitcode (an
// LLVMContext is not thread-safe; only that partition's bodies are read), and
// the objects are joined into the one relocatable object the caller asked
// for (`ld.lld -r`). The output depends only on the module and the partition
// count, never on the machine's thread count or on timing.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_CODEGEN_PARALLELCODEGEN_H
#define KRAIT_CODEGEN_PARALLELCODEGEN_H

#include "codegen/Target.h"

#include "llvm/IR/Module.h"

#include <string>

namespace krait::codegen {

/// Modules with fewer LLVM instructions than this are code-generated whole:
/// splitting, the bitcode round trip and the extra link cost more than a
/// second thread saves.
constexpr unsigned ParallelCodegenMinInstructions = 20000;

/// How many partitions to split `module` into when asked for `jobs`
/// (0 = automatic: 2 for a module of at least ParallelCodegenMinInstructions
/// instructions, else 1). A result of 1 means: do not split.
unsigned codegenPartitionsFor(const llvm::Module &module, unsigned jobs);

/// Write `module` (already optimised) as one relocatable object at `path`,
/// code-generating `partitions` (>= 2) parts at once for the target `spec`.
/// Locals are renamed after the module so that the hidden symbols the split
/// introduces cannot collide with another module's. Returns false with
/// `error` set on failure; `module` is left in an unspecified state.
bool emitObjectInParallel(llvm::Module &module, const TargetSpec &spec, unsigned partitions,
                          const std::string &path, std::string &error);

} // namespace krait::codegen

#endif // KRAIT_CODEGEN_PARALLELCODEGEN_H
