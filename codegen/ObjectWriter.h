//===- codegen/ObjectWriter.h - object, assembly and IR output --*- C++ -*-===//
#ifndef KRAIT_CODEGEN_OBJECTWRITER_H
#define KRAIT_CODEGEN_OBJECTWRITER_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

#include <string>

namespace krait::codegen {

/// What to write.
enum class EmitKind {
    Object,   ///< relocatable object (ELF on every supported target)
    Assembly, ///< target assembly text
    LLVMIR,   ///< textual LLVM IR (.ll)
};

/// Emit `module` as `kind` into `out`. `machine` must match the module's
/// triple and data layout (it is unused for LLVMIR). Returns false and sets
/// `error` on failure. The module is not modified except by the code
/// generator's own lowering passes.
bool emitToBuffer(llvm::Module &module, llvm::TargetMachine &machine, EmitKind kind,
                  llvm::SmallVectorImpl<char> &out, std::string &error);

/// Emit `module` as `kind` to the file `path` ("-" for stdout).
bool emitToFile(llvm::Module &module, llvm::TargetMachine &machine, EmitKind kind,
                const std::string &path, std::string &error);

} // namespace krait::codegen

#endif // KRAIT_CODEGEN_OBJECTWRITER_H
