//===- codegen/Compiler.cpp - the codegen facade --------------------------===//

#include "codegen/Compiler.h"

#include "codegen/Emitter.h"
#include "codegen/Linker.h"
#include "codegen/Optimizer.h"
#include "codegen/ParallelCodegen.h"
#include "codegen/PhaseTimer.h"
#include "codegen/RuntimeInlining.h"
#include "codegen/Tiering.h"
#include "ir/IR.h"
#include "ir/Verifier.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <cstring>
#include <mutex>

using namespace llvm;

namespace krait::codegen {

namespace {

/// A developer's hook into LLVM's own options: KRAIT_LLVM_ARGS="-time-passes"
/// (or any `llc`/`opt` option) applies to every module this process compiles.
void applyDeveloperLLVMArgs() {
    static std::once_flag once;
    std::call_once(once, [] {
        const char *args = std::getenv("KRAIT_LLVM_ARGS");
        if (!args || !*args) return;
        const char *argv[] = {"krait"};
        cl::ParseCommandLineOptions(1, argv, "", nullptr, "KRAIT_LLVM_ARGS");
    });
}

/// Whether to tier `module` (Tiering.h) under `mode`.
/// KRAIT_TIERING=on|off in the environment stands for --tiering/--no-tiering
/// where neither is given (to run a test suite with tiering everywhere).
bool wantsTiering(const ir::Module &module, Tiering mode) {
    if (mode == Tiering::Auto)
        if (const char *env = std::getenv("KRAIT_TIERING")) {
            if (std::strcmp(env, "on") == 0) mode = Tiering::On;
            if (std::strcmp(env, "off") == 0) mode = Tiering::Off;
        }
    if (mode != Tiering::Auto) return mode == Tiering::On;
    size_t count = 0;
    for (const auto &fn : module.functions())
        for (const auto &block : fn->blocks())
            count += block->size();
    return count >= TieringMinInstructions;
}

} // namespace

TargetSpec targetSpecFor(const CodegenOptions &opts) {
    TargetSpec spec = defaultSpecFor(opts.triple.empty() ? DefaultTriple : opts.triple);
    spec.cpu = opts.cpu;
    spec.features = opts.features;
    spec.optLevel = opts.optLevel;
    return spec;
}

bool emitModule(const ir::Module &module, const CodegenOptions &opts, const std::string &outPath,
                std::string &error) {
    std::string irErrors;
    if (!ir::verify(module, irErrors)) {
        error = "internal error: invalid IR for '" + module.path + "':\n" + irErrors;
        return false;
    }
    applyDeveloperLLVMArgs();
    TargetSpec spec = targetSpecFor(opts);
    std::unique_ptr<TargetMachine> machine = createTargetMachine(spec, error);
    if (!machine) return false;

    LLVMContext ctx;
    PhaseScope emitting("LLVM IR emission");
    EmitOptions emitOptions;
    // -O0 keeps the code a plain sequence of runtime calls (easy to debug).
    emitOptions.inlineFastPaths = opts.optLevel > 0;
    std::unique_ptr<Module> out =
        emitLLVMModule(module, ctx, spec.triple, machine->createDataLayout(), error, emitOptions);
    if (!out) return false;
    if (spec.pic) {
        out->setPICLevel(PICLevel::BigPIC);
        out->setPIELevel(PIELevel::Large);
    }
    std::string verifyErrors;
    raw_string_ostream os(verifyErrors);
    if (verifyModule(*out, &os)) {
        error = "internal error: codegen produced invalid LLVM IR for '" + module.path + "':\n" +
                os.str();
        return false;
    }
    if (opts.optLevel > 0 && wantsTiering(module, opts.tiering)) markColdFunctions(module, *out);
    emitting.stop();
    // Runtime bodies only pay off with the full inliner; below -O2 they
    // would only cost compile time.
    if (opts.optLevel >= 2 && !opts.runtimeBitcode.empty()) {
        PhaseScope importing("runtime bitcode import");
        if (!importRuntimeBodies(*out, opts.runtimeBitcode, error)) return false;
    }
    {
        PhaseScope optimizing("LLVM optimisation");
        optimizeModule(*out, machine.get(), opts.optLevel);
    }
    PhaseScope generating(opts.emit == EmitKind::LLVMIR ? "LLVM IR output" : "code generation");
    if (opts.emit == EmitKind::Object && outPath != "-") {
        unsigned partitions = codegenPartitionsFor(*out, opts.codegenJobs);
        if (partitions > 1) return emitObjectInParallel(*out, spec, partitions, outPath, error);
    }
    return emitToFile(*out, *machine, opts.emit, outPath, error);
}

bool linkExecutable(const std::string &objPath, const std::string &runtimeArchive,
                    const std::string &outPath, std::string &error) {
    LinkJob job;
    job.objects.push_back(objPath);
    job.runtimeArchive = runtimeArchive;
    job.output = outPath;
    job.pie = true; // emitModule makes PIC code for hosted triples
    return linkHosted(job, error);
}

} // namespace krait::codegen
