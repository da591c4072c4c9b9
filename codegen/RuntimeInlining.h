//===- codegen/RuntimeInlining.h - runtime bodies for the inliner -*- C++ -*-===//
//
// Generated code calls the runtime (kr_truthy, kr_float_new, kr_getitem...)
// through declarations, so LLVM cannot see what those calls do. Every runtime
// build also writes its code as one LLVM bitcode module beside the archive
// (lib/krait/<target>/libkrait_rt.bc). importRuntimeBodies copies the bodies
// of small runtime functions the module calls from that bitcode into the
// module as `available_externally` definitions: the inliner may inline them,
// and whatever is not inlined is dropped before code generation, so the
// object still calls (and the archive still provides) the one real
// definition. Runtime globals stay declarations: they keep one address.
//
// What is imported, by rule (no name lists):
//   - strong external definitions the module calls inside a loop (depth 1),
//     then, up to `maxDepth`, the external functions those imported bodies
//     call; calls outside loops (code that runs once: module and class
//     bodies, prologues) get a call-site `noinline` and stay calls;
//   - at most `maxInstructions` instructions, counting the internal helpers
//     and constants the body needs (which are copied as internal);
//   - never a body that reaches a mutable internal global (a `static` of
//     the runtime: a copy would be a second, different variable), an
//     internal function or constant whose address is significant (not
//     unnamed_addr), an alias, a weak or overridable definition, a variadic,
//     cold or noreturn function or one marked noinline/optnone.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_CODEGEN_RUNTIMEINLINING_H
#define KRAIT_CODEGEN_RUNTIMEINLINING_H

#include <string>
#include <vector>

namespace llvm {
class Module;
} // namespace llvm

namespace krait::codegen {

/// Limits of what importRuntimeBodies copies.
struct RuntimeInliningOptions {
    /// Largest body imported, in LLVM instructions, including the internal
    /// helpers it needs. Larger bodies would rarely be inlined by the -O2
    /// inliner anyway, and each one costs compile time.
    unsigned maxInstructions = 24;
    /// 1: only the functions the module calls; 2: also those that their
    /// imported bodies call (e.g. kr_type_of inside kr_truthy), and so on.
    unsigned maxDepth = 2;
    /// Most calls in loops that may inline an imported body, the most
    /// deeply nested loops first; the others stay calls (each inlined site
    /// costs compile time, and a large program has hundreds).
    unsigned maxLoopSites = 100;
};

/// What importRuntimeBodies did.
struct RuntimeInliningResult {
    /// The runtime functions now available for inlining, sorted.
    std::vector<std::string> imported;
};

/// Copy inline candidates from the runtime bitcode at `bitcodePath` into
/// `module` (see the file comment). The file is read once per process and
/// parsed lazily (only the candidates' bodies) into the module's context.
/// Imported code is stripped of debug information and names no CPU or
/// features: like the module's own functions, it is compiled for the target
/// machine's (the runtime was built for the same CPU; see
/// runtime/CMakeLists.txt). Returns false
/// with `error` set when the file cannot be read or was built for another
/// target (triple or data layout).
bool importRuntimeBodies(llvm::Module &module, const std::string &bitcodePath, std::string &error,
                         RuntimeInliningResult *result = nullptr,
                         const RuntimeInliningOptions &options = {});

} // namespace krait::codegen

#endif // KRAIT_CODEGEN_RUNTIMEINLINING_H
