//===- PassManager.cpp - Running passes -------------------------------------===//

#include "ir/Verifier.h"
#include "ir/passes/Pass.h"

namespace krait::ir {

bool PassManager::run(Module &module, std::string &errors) {
    for (const auto &fn : module.functions()) {
        for (const auto &pass : passes_) {
            pass->run(*fn);
            if (!verifyEach_) continue;
            std::string problems;
            if (!verify(*fn, problems)) {
                errors += "after pass '" + std::string(pass->name()) + "':\n" + problems;
                return false;
            }
        }
    }
    return true;
}

void addDefaultPasses(PassManager &pm) {
    pm.add(createConstantFolding());
    pm.add(createUnreachableBlockElimination());
    pm.add(createBlockMerging());
    pm.add(createDeadCodeElimination());
}

} // namespace krait::ir
