//===- Optimize.cpp - The IR optimisation pipeline of the driver -----------===//
//
// What `krait build -O1..3` runs on every module between lowering and codegen:
// SSA construction first (later passes and codegen see values instead of slot
// traffic), then the clean-ups. -O0 runs nothing, so `--emit=ir -O0` shows
// the lowering's output.
//
//===----------------------------------------------------------------------===//

#include "ir/passes/Pass.h"

namespace krait::ir {

void addPipelineForLevel(PassManager &pm, unsigned optLevel) {
    if (optLevel == 0) return;
    pm.add(createSlotPromotion());
    addDefaultPasses(pm);
    pm.add(createTypeInference());
}

bool optimizeModule(Module &module, unsigned optLevel, std::string &errors) {
    PassManager pm;
    addPipelineForLevel(pm, optLevel);
    // Verification is cheap next to LLVM's work, and a pass bug caught here
    // names the pass instead of surfacing as a miscompile.
    pm.setVerifyEach(true);
    return pm.run(module, errors);
}

} // namespace krait::ir
