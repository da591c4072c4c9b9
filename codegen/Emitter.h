//===- codegen/Emitter.h - krait IR to LLVM IR ------------------*- C++ -*-===//
//
// Lowers a verified ir::Module to an llvm::Module that calls the runtime's C
// ABI (runtime/runtime.h):
//
//  - every ir::Function becomes an internal LLVM function with the code entry
//    signature `kr_value (kr_value self, kr_value *slots)`, described by a
//    `kr_code_info` constant;
//  - the module body additionally gets a start function: `krait_main` for
//    `__main__`, `krait_module_<name>` (returning the module) otherwise.
//
// Constants (the module object and its dict, str/bytes/float/big-int
// literals, names, keyword-name tuples) live in one private array of value
// words created eagerly by the start function and registered as GC roots
// before the first allocation; code loads them from there.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_CODEGEN_EMITTER_H
#define KRAIT_CODEGEN_EMITTER_H

#include "llvm/IR/DataLayout.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"

#include <memory>
#include <string>

namespace krait::ir {
class Module;
} // namespace krait::ir

namespace krait::codegen {

/// Choices that change the generated code but not its meaning.
struct EmitOptions {
    /// Inline paths for small-int arithmetic/comparisons and truth tests,
    /// falling back to the runtime call (faster, larger code).
    bool inlineFastPaths = true;
};

/// Lower `module` (already verified) into a new LLVM module for `triple` and
/// `layout`. Returns null and sets `error` ("file:line: message") when the
/// module uses a construct codegen does not support yet. The result is not
/// run through llvm::verifyModule (the caller does that).
std::unique_ptr<llvm::Module> emitLLVMModule(const ir::Module &module, llvm::LLVMContext &ctx,
                                             const std::string &triple,
                                             const llvm::DataLayout &layout, std::string &error,
                                             const EmitOptions &options = EmitOptions());

/// The LLVM symbol of the start function for a module named `name`:
/// "krait_main" for "__main__", else "krait_module_" + name with dots as '_'.
std::string moduleStartSymbol(const std::string &name);

} // namespace krait::codegen

#endif // KRAIT_CODEGEN_EMITTER_H
