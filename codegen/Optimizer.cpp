//===- codegen/Optimizer.cpp - the LLVM optimisation pipeline -------------===//
//
// -O1 and -O3 run LLVM's default pipelines. -O2 (the default) runs LLVM 19's
// O2 pipeline without the passes that measured as pure compile-time cost on
// krait's IR (docs/PERFORMANCE.md, "Compile time"): the vectorisers (krait's
// loops call the runtime), interprocedural constant propagation (code
// functions are called through function objects), and the repeated
// InstCombine, jump-threading and peephole runs that found nothing left to do.
//
//===----------------------------------------------------------------------===//

#include "codegen/Optimizer.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/Analysis/LoopAnalysisManager.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Passes/StandardInstrumentations.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

using namespace llvm;

namespace krait::codegen {

namespace {

/// The string attributes `markRunOnce` and `markCold` set; `optimizeModule`
/// removes them.
constexpr const char *RunOnceAttr = "krait-run-once";
constexpr const char *ColdAttr = "krait-cold";

/// Whether the control flow of `f` has a cycle: an iterative depth-first
/// search that finds an edge back to a block still on the path.
bool hasCycle(const Function &f) {
    enum State : uint8_t { Unseen, OnPath, Done };
    DenseMap<const BasicBlock *, State> state;
    SmallVector<std::pair<const BasicBlock *, unsigned>, 32> path;
    path.push_back({&f.getEntryBlock(), 0});
    state[&f.getEntryBlock()] = OnPath;
    while (!path.empty()) {
        auto &[block, next] = path.back();
        const Instruction *term = block->getTerminator();
        unsigned count = term ? term->getNumSuccessors() : 0;
        if (next == count) {
            state[block] = Done;
            path.pop_back();
            continue;
        }
        const BasicBlock *succ = term->getSuccessor(next++);
        State &s = state[succ];
        if (s == OnPath) return true;
        if (s == Unseen) {
            s = OnPath;
            path.push_back({succ, 0});
        }
    }
    return false;
}

/// Run-once functions without loops are not worth optimising: `optnone`
/// skips the optimisation pipeline and makes instruction selection use
/// FastISel. A run-once function with a loop (a module body's `for`) may be
/// where the program spends its time, so it is optimised as usual.
/// The unoptimised functions move to the end of the module, so that
/// `--emit=asm|llvm` listings show the program's functions first, in source
/// order, as when the run-once code was inlined into the start function.
/// Cold functions (Tiering.h) are compiled the same way but stay in place.
void lowerRunOnceFunctions(Module &module, unsigned optLevel) {
    SmallVector<Function *, 16> once;
    for (Function &f : module) {
        bool runOnce = f.hasFnAttribute(RunOnceAttr);
        bool cold = f.hasFnAttribute(ColdAttr);
        if (!runOnce && !cold) continue;
        f.removeFnAttr(RunOnceAttr);
        f.removeFnAttr(ColdAttr);
        if (optLevel == 0 || f.isDeclaration() || hasCycle(f)) continue;
        // optnone requires noinline and excludes the size attributes.
        f.removeFnAttr(Attribute::AlwaysInline);
        f.removeFnAttr(Attribute::InlineHint);
        f.removeFnAttr(Attribute::MinSize);
        f.removeFnAttr(Attribute::OptimizeForSize);
        f.addFnAttr(Attribute::NoInline);
        f.addFnAttr(Attribute::OptimizeNone);
        if (runOnce) once.push_back(&f);
    }
    for (Function *f : once) {
        f->removeFromParent();
        module.getFunctionList().push_back(f);
    }
}

/// krait's -O2 pipeline in LLVM's textual form: LLVM 19's O2 (as
/// `opt -passes='default<O2>' -print-pipeline-passes` prints it) minus the
/// passes listed in the file comment. Each removal was measured on
/// bench/compile/app.py (instructions executed by `krait build`) and on every
/// benchmark (instructions executed by the program, which must not grow).
std::string kraitO2Pipeline() {
    const std::string ic = "instcombine<max-iterations=1;no-use-loop-info;no-verify-fixpoint>";
    const std::string cfgCommon = "bonus-inst-threshold=1;no-forward-switch-cond;";
    const std::string cfgEarly = "simplifycfg<" + cfgCommon +
                                 "no-switch-range-to-icmp;no-switch-to-lookup;keep-loops;"
                                 "no-hoist-common-insts;no-sink-common-insts;speculate-blocks;"
                                 "simplify-cond-branch;no-speculate-unpredictables>";
    const std::string cfg = "simplifycfg<" + cfgCommon +
                            "switch-range-to-icmp;no-switch-to-lookup;keep-loops;"
                            "no-hoist-common-insts;no-sink-common-insts;speculate-blocks;"
                            "simplify-cond-branch;no-speculate-unpredictables>";
    const std::string cfgSink = "simplifycfg<" + cfgCommon +
                                "switch-range-to-icmp;no-switch-to-lookup;keep-loops;"
                                "hoist-common-insts;sink-common-insts;speculate-blocks;"
                                "simplify-cond-branch;no-speculate-unpredictables>";
    const std::string cfgLate = "simplifycfg<bonus-inst-threshold=1;forward-switch-cond;"
                                "switch-range-to-icmp;switch-to-lookup;no-keep-loops;"
                                "hoist-common-insts;sink-common-insts;speculate-blocks;"
                                "simplify-cond-branch;no-speculate-unpredictables>";
    // Early cleanup: slots become SSA values before the inliner looks at them.
    std::string early = "annotation2metadata,forceattrs,inferattrs,coro-early,"
                        "function<eager-inv>(lower-expect," +
                        cfgEarly + ",sroa<modify-cfg>,early-cse<>),globalopt," +
                        "function<eager-inv>(mem2reg," + ic + "," + cfg + ")," +
                        "always-inline,require<globals-aa>,function(invalidate<aa>),"
                        "require<profile-summary>,";
    // The function simplification run on each SCC, after the inliner: SROA,
    // CSE, loop canonicalisation and LICM, GVN (redundant loads of constants
    // and type words), then one round of jump threading for the fast paths'
    // repeated tag tests.
    std::string simplify =
        "function<eager-inv;no-rerun>(sroa<modify-cfg>,early-cse<memssa>," + cfg +
        ",tailcallelim," + cfg +
        ",loop-mssa(loop-instsimplify,loop-simplifycfg,licm<no-allowspeculation>,"
        "loop-rotate<header-duplication;no-prepare-for-lto>,licm<allowspeculation>,"
        "simple-loop-unswitch<no-nontrivial;trivial>)," +
        cfg + "," + ic +
        ",loop(loop-idiom,indvars,simple-loop-unswitch<no-nontrivial;trivial>,loop-deletion,"
        "loop-unroll-full),sroa<modify-cfg>,gvn<>,sccp," +
        ic +
        ",jump-threading,correlated-propagation,adce,memcpyopt,dse,"
        "loop-mssa(licm<allowspeculation>),coro-elide," +
        cfgSink + ")";
    std::string inliner =
        "cgscc(devirt<4>(inline,function-attrs<skip-non-recursive-function-attrs>," + simplify +
        ",function-attrs,function(require<should-not-run-function-passes>),"
        "coro-split)),";
    // Late: no vectorisers; one InstCombine after unrolling.
    std::string late = "deadargelim,coro-cleanup,globalopt,globaldce,elim-avail-extern,"
                       "rpo-function-attrs,recompute-globalsaa,"
                       "function<eager-inv>(lower-constant-intrinsics,"
                       "loop(loop-rotate<header-duplication;no-prepare-for-lto>,loop-deletion)," +
                       ic + "," + cfgLate + ",loop-unroll<O2>,sroa<preserve-cfg>," + ic +
                       ",loop-mssa(licm<allowspeculation>)),globaldce,constmerge";
    return early + inliner + late;
}

/// The pipeline for `optLevel`.
ModulePassManager buildPipeline(PassBuilder &builder, unsigned optLevel) {
    switch (optLevel) {
    case 0:
        return builder.buildO0DefaultPipeline(OptimizationLevel::O0);
    case 1:
        return builder.buildPerModuleDefaultPipeline(OptimizationLevel::O1);
    case 2: {
        ModulePassManager passes;
        Error err = builder.parsePassPipeline(passes, kraitO2Pipeline());
        if (!err) return passes;
        // Only a krait bug gets here; LLVM's own O2 still compiles correctly.
        errs() << "krait: internal error: the -O2 pass pipeline: " << toString(std::move(err))
               << "\n";
        return builder.buildPerModuleDefaultPipeline(OptimizationLevel::O2);
    }
    default:
        return builder.buildPerModuleDefaultPipeline(OptimizationLevel::O3);
    }
}

} // namespace

void markRunOnce(Function &f) {
    f.addFnAttr(RunOnceAttr);
}

void markCold(Function &f) {
    f.addFnAttr(ColdAttr);
}

void optimizeModule(Module &module, TargetMachine *machine, unsigned optLevel) {
    lowerRunOnceFunctions(module, optLevel);

    LoopAnalysisManager lam;
    FunctionAnalysisManager fam;
    CGSCCAnalysisManager cgam;
    ModuleAnalysisManager mam;

    PipelineTuningOptions tuning;
    tuning.LoopUnrolling = optLevel >= 2;
    tuning.LoopVectorization = optLevel >= 2;
    tuning.SLPVectorization = optLevel >= 2;
    // The standard instrumentations serve LLVM's own options when a
    // developer passes them (KRAIT_LLVM_ARGS="-time-passes", Compiler.cpp).
    PassInstrumentationCallbacks callbacks;
    StandardInstrumentations instrumentations(module.getContext(), /*DebugLogging=*/false);
    instrumentations.registerCallbacks(callbacks, &mam);
    PassBuilder builder(machine, tuning, std::nullopt, &callbacks);
    builder.registerModuleAnalyses(mam);
    builder.registerCGSCCAnalyses(cgam);
    builder.registerFunctionAnalyses(fam);
    builder.registerLoopAnalyses(lam);
    builder.crossRegisterProxies(lam, fam, cgam, mam);

    ModulePassManager passes = buildPipeline(builder, optLevel);
    passes.run(module, mam);
}

} // namespace krait::codegen
