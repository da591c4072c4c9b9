//===- ProgramFacts.cpp - What the whole program proves about names --------===//
//
// One scan over every instruction of the program collects the ways a name can
// be bound or reached: global stores and deletes per module, attribute stores
// and loads by name, `from m import NAME`, and the reflective operations that
// defeat any reasoning about names (eval/exec, globals(), setattr(),
// __dict__, `import builtins`). The facts follow from those sets; see
// ProgramFacts.h for their definitions.
//
//===----------------------------------------------------------------------===//

#include "ir/passes/ProgramFacts.h"
#include "ir/passes/Users.h"

#include <unordered_map>

namespace krait::ir {

namespace {

/// Names whose use (as a value, anywhere) lets a program bind or delete
/// arbitrary module-level names, or replace builtins.
bool rebindsNames(std::string_view name) {
    return name == "eval" || name == "exec" || name == "globals" || name == "locals" ||
           name == "vars" || name == "setattr" || name == "delattr" || name == "__import__" ||
           name == "compile";
}

/// Blocks of `fn` that lie on a cycle (reachable from themselves through
/// successors and handler edges): code there may run more than once.
std::set<const Block *> blocksOnCycles(const Function &fn) {
    auto next = [](const Block *bb) {
        std::vector<const Block *> out;
        for (Block *s : bb->successors())
            out.push_back(s);
        if (bb->handler) out.push_back(bb->handler);
        return out;
    };
    std::set<const Block *> cyclic;
    for (const auto &start : fn.blocks()) {
        std::set<const Block *> seen;
        std::vector<const Block *> work = next(start.get());
        while (!work.empty()) {
            const Block *bb = work.back();
            work.pop_back();
            if (bb == start.get()) {
                cyclic.insert(bb);
                break;
            }
            if (!seen.insert(bb).second) continue;
            for (const Block *s : next(bb))
                work.push_back(s);
        }
    }
    return cyclic;
}

/// The single store binding `name`, when there is exactly one.
const Instruction *onlyStore(const std::map<std::string, std::vector<const Instruction *>> &stores,
                             const std::string &name) {
    auto it = stores.find(name);
    if (it == stores.end() || it->second.size() != 1) return nullptr;
    return it->second.front();
}

} // namespace

ProgramFacts::ProgramFacts(const std::vector<const Module *> &modules) : modules_(modules) {
    for (const Module *m : modules_)
        compiledModules_.insert(m->name);
    for (const Module *m : modules_)
        scan(*m);
    for (const Module *m : modules_)
        findStable(*m);
    for (const Module *m : modules_)
        findCallOnly(*m);
    findKindFacts();
    findMethodCalls();
}

void ProgramFacts::findMethodCalls() {
    if (reflective_ || everythingDynamic_ || !attributesKnown_) return;
    Users users;
    for (const Module *m : modules_)
        for (const auto &fn : m->functions())
            for (const auto &bb : fn->blocks())
                for (const auto &inst : bb->instructions())
                    recordUses(users, *inst);
    // The calls of each attribute name, and the names that escape: a
    // `getattr` used otherwise (a bound method stored, passed, returned), a
    // class body reading the def as a value (`alias = m`).
    std::map<std::string, std::vector<const Instruction *>> sites;
    std::set<std::string> escaped;
    std::map<const Function *, const Instruction *> defs; // the make.function
    for (const Module *m : modules_)
        for (const auto &fn : m->functions())
            for (const auto &bb : fn->blocks())
                for (const auto &inst : bb->instructions()) {
                    if (inst->op == Opcode::NsLoad) escaped.insert(inst->str);
                    if (inst->op == Opcode::MakeFunction && inst->callee)
                        defs[inst->callee] = inst.get();
                    if (inst->op != Opcode::GetAttr) continue;
                    for (auto [user, index] : users[inst.get()]) {
                        if (user->op == Opcode::Call && index == 0)
                            sites[inst->str].push_back(user);
                        else
                            escaped.insert(inst->str);
                    }
                }
    for (const auto &[name, fns] : methodDefs_) {
        if (escaped.count(name) || !methodFamily(name)) continue;
        for (const Function *fn : fns) {
            auto def = defs.find(fn);
            if (def == defs.end() || users[def->second].size() != 1 ||
                def->second->defaultsOperand() || fn->generator || fn->varargs || fn->varkw ||
                fn->nKwOnly != 0 || fn->nPos == 0)
                continue;
            std::vector<MethodCall> calls;
            for (const Instruction *call : sites[name]) {
                size_t nargs = call->numOperands() - 1;
                if (nargs + 1 == fn->nPos)
                    calls.push_back({call, 0});
                else if (nargs == fn->nPos)
                    calls.push_back({call, 1});
            }
            methodCalls_[fn] = std::move(calls);
        }
    }
}

void ProgramFacts::scan(const Module &module) {
    ModuleInfo &mi = info_[&module];
    for (const auto &fn : module.functions())
        for (const auto &bb : fn->blocks())
            for (const auto &inst : bb->instructions()) {
                switch (inst->op) {
                case Opcode::GlobalStore:
                    mi.stores[inst->str].push_back(inst.get());
                    globalBinds_.insert(inst->str);
                    break;
                case Opcode::GlobalDel:
                    mi.deleted.insert(inst->str);
                    globalBinds_.insert(inst->str);
                    break;
                case Opcode::Globals:
                    mi.dynamic = true;
                    break;
                case Opcode::ImportStar:
                    // Binds names nobody lists, and exports the module's.
                    mi.dynamic = true;
                    reflective_ = true;
                    break;
                case Opcode::GlobalLoad:
                case Opcode::BuiltinLoad:
                case Opcode::NsLoad:
                    if (rebindsNames(inst->str)) everythingDynamic_ = true;
                    if (inst->str == "getattr") reflective_ = true;
                    break;
                case Opcode::SetAttr:
                case Opcode::DelAttr:
                    attrStored_.insert(inst->str);
                    break;
                case Opcode::GetAttr:
                    attrLoaded_.insert(inst->str);
                    if (inst->str == "__dict__") everythingDynamic_ = true;
                    break;
                case Opcode::ImportFrom:
                    importedFrom_.insert(inst->str);
                    break;
                case Opcode::Import:
                    if (inst->str == "builtins") builtinsModule_ = true;
                    break;
                default:
                    break;
                }
            }
}

void ProgramFacts::findStable(const Module &module) {
    ModuleInfo &mi = info_[&module];
    if (everythingDynamic_ || mi.dynamic || !module.body()) return;
    std::set<const Block *> cyclic = blocksOnCycles(*module.body());
    for (const auto &[name, stores] : mi.stores) {
        if (stores.size() != 1 || mi.deleted.count(name) || attrStored_.count(name)) continue;
        const Instruction *store = stores.front();
        const Instruction *value = store->operand(0);
        if (store->parent->parent() != module.body() || cyclic.count(store->parent)) continue;
        if (value->op != Opcode::MakeFunction || !value->callee || value->closureOperand())
            continue;
        if (value->callee->parent() != &module || value->callee->isModuleBody) continue;
        mi.stable[name] = value->callee;
    }
}

void ProgramFacts::findCallOnly(const Module &module) {
    ModuleInfo &mi = info_[&module];
    if (reflective_ || mi.stable.empty()) return;
    // Users of every value of the module's functions.
    Users users;
    std::map<std::string, std::vector<const Instruction *>> loads;
    std::set<std::string> escaped;
    for (const auto &fn : module.functions())
        for (const auto &bb : fn->blocks())
            for (const auto &inst : bb->instructions()) {
                recordUses(users, *inst);
                if (inst->op == Opcode::GlobalLoad) loads[inst->str].push_back(inst.get());
                // A class body reads globals through its namespace.
                if (inst->op == Opcode::NsLoad) escaped.insert(inst->str);
            }
    for (const auto &[name, fn] : mi.stable) {
        if (fn->generator || fn->varargs || fn->varkw || fn->nKwOnly != 0) continue;
        if (escaped.count(name) || importedFrom_.count(name) || attrLoaded_.count(name)) continue;
        const Instruction *def = mi.stores[name].front()->operand(0);
        if (users[def].size() != 1) continue;
        std::vector<const Instruction *> sites;
        bool ok = true;
        for (const Instruction *load : loads[name]) {
            for (auto [user, index] : users[load]) {
                ok = user->op == Opcode::Call && index == 0 && user->numOperands() - 1 == fn->nPos;
                if (!ok) break;
                sites.push_back(user);
            }
            if (!ok) break;
        }
        if (!ok) continue;
        // An argument that is the callee itself appeared as a non-0 index.
        callOnly_.insert(fn);
        callSites_[fn] = std::move(sites);
    }
}

const std::vector<ProgramFacts::MethodCall> *ProgramFacts::methodCalls(const Function &fn) const {
    auto it = methodCalls_.find(&fn);
    return it == methodCalls_.end() ? nullptr : &it->second;
}

const Function *ProgramFacts::stableFunction(const Module &module, std::string_view name) const {
    auto it = info_.find(&module);
    if (it == info_.end()) return nullptr;
    auto f = it->second.stable.find(std::string(name));
    return f == it->second.stable.end() ? nullptr : f->second;
}

bool ProgramFacts::callOnly(const Function &fn) const {
    return callOnly_.count(&fn) != 0;
}

const std::vector<const Instruction *> &ProgramFacts::callSites(const Function &fn) const {
    static const std::vector<const Instruction *> none;
    auto it = callSites_.find(&fn);
    return it == callSites_.end() ? none : it->second;
}

bool ProgramFacts::stableBuiltin(std::string_view name) const {
    if (everythingDynamic_ || builtinsModule_) return false;
    std::string n(name);
    if (globalBinds_.count(n) || attrStored_.count(n)) return false;
    for (const auto &[module, mi] : info_)
        if (mi.dynamic) return false;
    return true;
}

std::pair<std::string, std::string>
ProgramFacts::builtinModuleAttr(const Module &module, const Instruction &value) const {
    auto it = info_.find(&module);
    if (everythingDynamic_ || it == info_.end() || it->second.dynamic) return {};
    const ModuleInfo &mi = it->second;
    // The runtime module `import` always yields, whichever store holds it.
    auto builtinImport = [&](const Instruction *v) -> std::string {
        if (v->op == Opcode::GlobalLoad) {
            if (mi.deleted.count(v->str) || attrStored_.count(v->str)) return {};
            const Instruction *store = onlyStore(mi.stores, v->str);
            if (!store) return {};
            v = store->operand(0);
        }
        if (v->op != Opcode::Import || compiledModules_.count(v->str)) return {};
        if (v->str.find('.') != std::string::npos) return {};
        return v->str;
    };
    const Instruction *source = &value;
    if (value.op == Opcode::GlobalLoad) {
        // `from mod import attr` bound the global once.
        if (mi.deleted.count(value.str) || attrStored_.count(value.str)) return {};
        const Instruction *store = onlyStore(mi.stores, value.str);
        if (!store || store->operand(0)->op != Opcode::ImportFrom) return {};
        source = store->operand(0);
    } else if (value.op != Opcode::GetAttr) {
        return {};
    }
    if (attrStored_.count(source->str)) return {};
    std::string mod = builtinImport(source->operand(0));
    if (mod.empty()) return {};
    return {mod, source->str};
}

const Function *ProgramFacts::calleeFunction(const Instruction &callee) const {
    if (callee.op != Opcode::GlobalLoad || !callee.parent) return nullptr;
    const Module *module = callee.parent->parent()->parent();
    return stableFunction(*module, callee.str);
}

} // namespace krait::ir
