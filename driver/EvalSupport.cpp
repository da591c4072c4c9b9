//===- driver/EvalSupport.cpp - linking eval/exec only when used ----------===//

#include "driver/EvalSupport.h"

#include "ir/Module.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include <algorithm>

namespace krait {

bool mentionsEval(const ir::Module &module) {
    for (const auto &fn : module.functions())
        for (const auto &block : fn->blocks())
            for (const auto &inst : block->instructions()) {
                if (inst->op != ir::Opcode::GlobalLoad && inst->op != ir::Opcode::BuiltinLoad &&
                    inst->op != ir::Opcode::NsLoad)
                    continue;
                if (inst->str == "eval" || inst->str == "exec") return true;
            }
    return false;
}

void addEvalBuiltinModules(std::vector<std::string> &builtinModules) {
    static const char *const all[] = {
#define KR_BUILTIN_MODULE(name) #name,
#include "runtime/modules.def"
    };
    for (const char *name : all)
        if (std::find(builtinModules.begin(), builtinModules.end(), name) == builtinModules.end())
            builtinModules.push_back(name);
}

bool addEvalLinkArgs(const std::string &runtimeArchive, std::vector<std::string> &linkArgs,
                     std::string &error) {
    llvm::SmallString<256> path(llvm::sys::path::parent_path(runtimeArchive));
    llvm::sys::path::append(path, kEvalArchive);
    if (!llvm::sys::fs::exists(path)) {
        error =
            "eval() and exec() are not available for this target (no " + std::string(path) + ")";
        return false;
    }
    linkArgs.push_back("-Wl,--undefined=kr_builtin_eval");
    linkArgs.push_back("-Wl,--undefined=kr_builtin_exec");
    linkArgs.push_back(std::string(path));
    linkArgs.push_back("-lstdc++");
    linkArgs.push_back("-lm");
    return true;
}

} // namespace krait
