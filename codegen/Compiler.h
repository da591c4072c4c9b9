//===- codegen/Compiler.h - the codegen facade the driver calls -*- C++ -*-===//
//
// Two calls cover the back end:
//
//   codegen::CodegenOptions opts;          // x86-64 Linux, -O2, object file
//   opts.emit = codegen::EmitKind::Object;
//   if (!codegen::emitModule(irModule, opts, "prog.o", error)) ...
//   if (!codegen::linkExecutable("prog.o", "libkrait_rt.a", "prog", error)) ...
//
// emitModule verifies the IR, lowers it to LLVM IR (codegen/Emitter.h),
// checks that with llvm::verifyModule, optimises it and writes the requested
// file. Every failure is reported through `error`, never by crashing.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_CODEGEN_COMPILER_H
#define KRAIT_CODEGEN_COMPILER_H

#include "codegen/ObjectWriter.h"
#include "codegen/Target.h"

#include <string>

namespace krait::ir {
class Module;
} // namespace krait::ir

namespace krait::codegen {

/// Whether cold functions are compiled without optimisation (Tiering.h).
enum class Tiering { Auto, On, Off };

/// Tiering::Auto tiers modules with at least this many IR instructions. A
/// smaller module compiles in a fraction of a second, where tiering would
/// save little and listings of small examples would show unoptimised code.
constexpr unsigned TieringMinInstructions = 1000;

/// How to compile one module.
struct CodegenOptions {
    std::string triple = DefaultTriple; ///< target triple; empty means DefaultTriple
    std::string cpu;                    ///< target CPU; empty: the triple's default
    std::string features;               ///< target features, e.g. "+m,+c"
    unsigned optLevel = 2;              ///< 0..3
    EmitKind emit = EmitKind::Object;   ///< what emitModule writes
    /// The runtime's bitcode (libkrait_rt.bc beside the archive): at -O2 and
    /// -O3 the bodies of the small runtime functions the module calls are
    /// imported from it for inlining (RuntimeInlining.h). Empty: none.
    std::string runtimeBitcode;
    /// At -O1 and above, whether the main module's functions that no loop
    /// reaches are compiled without optimisation (Tiering.h): Auto does it
    /// for modules of at least TieringMinInstructions IR instructions.
    Tiering tiering = Tiering::Auto;
    /// Code generation partitions for an object file (ParallelCodegen.h):
    /// 0 = automatic (2 for big modules), 1 = the module whole, N = split in
    /// N parts code-generated at once.
    unsigned codegenJobs = 0;
};

/// The target machine description for `opts`: its triple, CPU, features
/// and optimisation level, with krait's relocation model for the triple.
/// Every object of one program must be built from the same spec (the float
/// ABI of a hard-float Cortex-M depends on the CPU's features).
TargetSpec targetSpecFor(const CodegenOptions &opts);

/// Compile `module` and write it to `outPath` as `opts.emit` ("-" writes to
/// stdout). Hosted triples get position-independent code (PIE links), bare
/// metal static code. Returns false with a one-line-per-problem `error` on
/// invalid IR, an unsupported construct, an unknown target or an I/O error.
bool emitModule(const ir::Module &module, const CodegenOptions &opts, const std::string &outPath,
                std::string &error);

/// Link `objPath` with the runtime archive into the hosted (x86-64 Linux) PIE
/// executable `outPath`, using clang-19 as the driver and ld.lld-19. Returns
/// false with the reason (and the command line) in `error`.
bool linkExecutable(const std::string &objPath, const std::string &runtimeArchive,
                    const std::string &outPath, std::string &error);

} // namespace krait::codegen

#endif // KRAIT_CODEGEN_COMPILER_H
