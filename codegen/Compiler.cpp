//===- codegen/Compiler.cpp - the codegen facade --------------------------===//

#include "codegen/Compiler.h"

#include "codegen/Emitter.h"
#include "codegen/Linker.h"
#include "codegen/Optimizer.h"
#include "codegen/PhaseTimer.h"
#include "codegen/RuntimeInlining.h"
#include "ir/IR.h"
#include "ir/Verifier.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace krait::codegen {

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
