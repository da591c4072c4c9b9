//===- driver/BuiltinUse.cpp - on-demand builtins a program names ---------===//

#include "driver/BuiltinUse.h"
#include "driver/Program.h"

#include "ir/Module.h"

#include <algorithm>
#include <set>

namespace krait {

namespace {

/// One on-demand builtin: its Python name and its runtime symbol.
struct OnDemandBuiltin {
    const char *name;
    const char *symbol;
};

const OnDemandBuiltin kOnDemand[] = {
#define KR_BUILTIN_ON_DEMAND_FUNCTION(name, symbol) {#name, #symbol},
#define KR_BUILTIN_ON_DEMAND_TYPE(name) {#name, "kr_type_" #name},
#include "runtime/builtins.def"
};

/// Names the module loads from its globals or the builtins. A global load
/// counts too: lowering emits one for a name that may be either, and
/// linking a builtin the program shadows costs only size.
void collectLoadedNames(const ir::Module &module, std::set<std::string> &names) {
    for (const auto &fn : module.functions())
        for (const auto &block : fn->blocks())
            for (const auto &inst : block->instructions())
                if (inst->op == ir::Opcode::GlobalLoad || inst->op == ir::Opcode::BuiltinLoad ||
                    inst->op == ir::Opcode::NsLoad)
                    names.insert(inst->str);
}

} // namespace

std::vector<std::string> usedOnDemandBuiltins(const Program &program) {
    std::set<std::string> names;
    for (const ProgramModule &m : program.modules)
        if (m.ir) collectLoadedNames(*m.ir, names);
    std::vector<std::string> used;
    for (const OnDemandBuiltin &b : kOnDemand)
        if (names.count(b.name)) used.push_back(b.name);
    return used;
}

void addAllOnDemandBuiltins(std::vector<std::string> &names) {
    for (const OnDemandBuiltin &b : kOnDemand)
        if (std::find(names.begin(), names.end(), b.name) == names.end()) names.push_back(b.name);
}

std::string onDemandBuiltinSymbol(const std::string &name) {
    for (const OnDemandBuiltin &b : kOnDemand)
        if (name == b.name) return b.symbol;
    return {};
}

} // namespace krait
