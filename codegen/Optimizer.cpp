//===- codegen/Optimizer.cpp - the LLVM optimisation pipeline -------------===//

#include "codegen/Optimizer.h"

#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/Analysis/LoopAnalysisManager.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Passes/PassBuilder.h"

using namespace llvm;

namespace krait::codegen {

void optimizeModule(Module &module, TargetMachine *machine, unsigned optLevel) {
    LoopAnalysisManager lam;
    FunctionAnalysisManager fam;
    CGSCCAnalysisManager cgam;
    ModuleAnalysisManager mam;

    PipelineTuningOptions tuning;
    tuning.LoopUnrolling = optLevel >= 2;
    tuning.LoopVectorization = optLevel >= 2;
    tuning.SLPVectorization = optLevel >= 2;
    PassBuilder builder(machine, tuning);
    builder.registerModuleAnalyses(mam);
    builder.registerCGSCCAnalyses(cgam);
    builder.registerFunctionAnalyses(fam);
    builder.registerLoopAnalyses(lam);
    builder.crossRegisterProxies(lam, fam, cgam, mam);

    ModulePassManager passes;
    switch (optLevel) {
    case 0:
        passes = builder.buildO0DefaultPipeline(OptimizationLevel::O0);
        break;
    case 1:
        passes = builder.buildPerModuleDefaultPipeline(OptimizationLevel::O1);
        break;
    case 2:
        passes = builder.buildPerModuleDefaultPipeline(OptimizationLevel::O2);
        break;
    default:
        passes = builder.buildPerModuleDefaultPipeline(OptimizationLevel::O3);
        break;
    }
    passes.run(module, mam);
}

} // namespace krait::codegen
