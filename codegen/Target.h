//===- codegen/Target.h - LLVM target setup ---------------------*- C++ -*-===//
//
// Registers the LLVM back ends krait supports (X86, ARM, RISCV) and creates a
// TargetMachine for a triple/CPU/feature string.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_CODEGEN_TARGET_H
#define KRAIT_CODEGEN_TARGET_H

#include "llvm/Target/TargetMachine.h"

#include <memory>
#include <string>

namespace krait::codegen {

/// The triple used when none is given: hosted x86-64 Linux.
inline constexpr const char *DefaultTriple = "x86_64-unknown-linux-gnu";

/// What to build code for.
struct TargetSpec {
    std::string triple = DefaultTriple; ///< LLVM target triple
    std::string cpu;                    ///< e.g. "cortex-m4"; empty: the triple's default
    std::string features;               ///< e.g. "+m,+a,+c"; empty: the CPU's default
    unsigned optLevel = 2;              ///< 0..3, the code generator's level
    /// Position-independent code (PIE executables on hosted targets). Bare
    /// metal uses static relocation.
    bool pic = true;
};

/// Register the X86, ARM and RISCV targets with LLVM. Idempotent and
/// thread-safe.
void initializeTargets();

/// Whether the triple names an OS (Linux...) rather than bare metal.
bool isHostedTriple(const std::string &triple);

/// The spec for `triple` with the relocation model krait uses there: PIC for
/// hosted triples, static for bare metal.
TargetSpec defaultSpecFor(const std::string &triple);

/// Create a TargetMachine for `spec`. Returns null and sets `error` when the
/// triple is unknown to the registered back ends.
std::unique_ptr<llvm::TargetMachine> createTargetMachine(const TargetSpec &spec,
                                                         std::string &error);

} // namespace krait::codegen

#endif // KRAIT_CODEGEN_TARGET_H
