//===- ProgramKindFacts.cpp - Facts behind global and attribute kinds -------===//
//
// The parts of ProgramFacts the kinds of globals, attributes and mixed
// arithmetic rest on (see ProgramFacts.h for each fact's definition). All of
// them fail closed: an instruction the scan does not understand, a reflective
// operation or a module compiled elsewhere turns the fact off.
//
// Attribute names the runtime knows (methods and attributes of built-in
// types and modules, builtins) come from RuntimeNames.inc, which the build
// generates from every string literal naming an identifier in runtime/: the
// runtime can only ever look a name up by such a literal, so the list is a
// superset of its attribute names.
//
//===----------------------------------------------------------------------===//

#include "ir/passes/ProgramFacts.h"
#include "ir/passes/Users.h"

#include <unordered_map>

namespace krait::ir {

namespace {

const char *const RuntimeNames[] = {
#include "RuntimeNames.inc"
};

const char *const RuntimeModules[] = {
#define KR_BUILTIN_MODULE(name) #name,
#include "runtime/modules.def"
};

bool isOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
    for (std::string_view n : names)
        if (n == name) return true;
    return false;
}

/// Which dunder method of an arithmetic operator `name` is: a class
/// defining a reflected one (`__radd__`) can give `float OP x` any result, a
/// forward or in-place one (`__add__`, `__iadd__`) `x OP float`.
enum class Dunder { None, Reflected, Forward };
Dunder arithmeticDunder(std::string_view name) {
    if (name.size() < 5 || name.substr(0, 2) != "__" || name.substr(name.size() - 2) != "__")
        return Dunder::None;
    std::string_view base = name.substr(2, name.size() - 4);
    auto plain = [](std::string_view b) {
        return isOneOf(b, {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul",
                           "divmod", "div"});
    };
    if (plain(base)) return Dunder::Forward;
    if (base.front() == 'r' && plain(base.substr(1))) return Dunder::Reflected;
    if (base.front() == 'i' && plain(base.substr(1))) return Dunder::Forward;
    return Dunder::None;
}

/// Hooks that let a class intercept attribute loads or stores.
bool attributeHook(std::string_view name) {
    return isOneOf(name, {"__getattr__", "__getattribute__", "__setattr__", "__delattr__",
                          "__dict__", "__slots__"});
}

bool nameLoad(const Instruction &inst) {
    return inst.op == Opcode::GlobalLoad || inst.op == Opcode::BuiltinLoad ||
           inst.op == Opcode::NsLoad;
}

/// True when every user of `v` is `isinstance`/`issubclass` taking it (or a
/// tuple holding it) as the class argument, or a call with `v` as callee.
bool onlyCalledOrTested(const Instruction *v, const Users &users, int depth = 0) {
    auto it = users.find(v);
    if (it == users.end()) return true;
    for (auto [user, index] : it->second) {
        if ((user->op == Opcode::Call || user->op == Opcode::CallKw) && index == 0) continue;
        if (user->op == Opcode::BuildTuple && depth < 2 &&
            onlyCalledOrTested(user, users, depth + 1))
            continue;
        if (user->op == Opcode::Call && index == 2 && user->numOperands() == 3) {
            const Instruction *callee = user->operand(0);
            if (nameLoad(*callee) && isOneOf(callee->str, {"isinstance", "issubclass"})) continue;
        }
        return false;
    }
    return true;
}

} // namespace

void ProgramFacts::findKindFacts() {
    for (const char *n : RuntimeNames)
        runtimeNames_.insert(n);
    findNumericClosure();
    findAttributeStores();
    for (const Module *m : modules_)
        findConstructors(*m);
}

void ProgramFacts::findNumericClosure() {
    if (everythingDynamic_ || reflective_) return;
    Users users;
    std::vector<const Instruction *> numberTypes;
    bool reflected = false, forward = false;
    for (const Module *m : modules_)
        for (const auto &fn : m->functions())
            for (const auto &bb : fn->blocks())
                for (const auto &inst : bb->instructions()) {
                    recordUses(users, *inst);
                    switch (inst->op) {
                    case Opcode::ConstComplex:
                        return;
                    case Opcode::GlobalLoad:
                    case Opcode::BuiltinLoad:
                    case Opcode::NsLoad:
                        if (isOneOf(inst->str, {"complex", "pow", "type"})) return;
                        if (isOneOf(inst->str, {"float", "int", "bool"}))
                            numberTypes.push_back(inst.get());
                        break;
                    case Opcode::Import:
                        if (inst->str == "cmath") return;
                        break;
                    case Opcode::NsStore:
                    case Opcode::SetAttr: {
                        Dunder d = arithmeticDunder(inst->str);
                        reflected |= d == Dunder::Reflected;
                        forward |= d == Dunder::Forward;
                        if (isOneOf(inst->str, {"__class__", "__bases__"})) return;
                        break;
                    }
                    case Opcode::GetAttr:
                    case Opcode::DelAttr:
                        // x.__pow__(y) is a `**` nobody checks.
                        if (arithmeticDunder(inst->str) != Dunder::None) return;
                        if (isOneOf(inst->str, {"__class__", "__bases__"})) return;
                        break;
                    case Opcode::MakeClass:
                        // A base that is not a plain name may be int or float.
                        for (size_t i = 1; i < inst->numOperands(); ++i) {
                            const Instruction *base = inst->operand(i);
                            if (!nameLoad(*base) && base->op != Opcode::GetAttr) return;
                            if (isOneOf(base->str, {"float", "int", "bool"})) return;
                        }
                        break;
                    default:
                        break;
                    }
                }
    // `int` and `float` may only be called or tested against: bound to
    // another name they could become a base unseen.
    for (const Instruction *t : numberTypes)
        if (!onlyCalledOrTested(t, users)) return;
    numericClosure_ = !reflected;
    forwardClosure_ = !forward;
}

void ProgramFacts::findAttributeStores() {
    if (everythingDynamic_) return;
    std::set<std::string> runtimeModules(std::begin(RuntimeModules), std::end(RuntimeModules));
    Users users;
    std::vector<const Instruction *> typeLoads;
    for (const Module *m : modules_) {
        if (info_[m].dynamic) return;
        for (const auto &fn : m->functions())
            for (const auto &bb : fn->blocks())
                for (const auto &inst : bb->instructions()) {
                    recordUses(users, *inst);
                    switch (inst->op) {
                    case Opcode::NsStore:
                    case Opcode::NsDel:
                        if (attributeHook(inst->str)) return;
                        classNames_.insert(inst->str);
                        if (inst->op == Opcode::NsStore &&
                            inst->operand(1)->op == Opcode::MakeFunction &&
                            inst->operand(1)->callee)
                            methodDefs_[inst->str].push_back(inst->operand(1)->callee);
                        else if (inst->op == Opcode::NsStore)
                            otherClassValues_.insert(inst->str);
                        break;
                    case Opcode::SetAttr:
                        if (attributeHook(inst->str)) return;
                        attrStores_[inst->str].push_back(inst.get());
                        break;
                    case Opcode::DelAttr:
                    case Opcode::GetAttr:
                        if (attributeHook(inst->str)) return;
                        if (inst->op == Opcode::DelAttr) classNames_.insert(inst->str);
                        break;
                    case Opcode::GlobalStore:
                        // A module's __getattr__ answers any missing name.
                        if (attributeHook(inst->str)) return;
                        break;
                    case Opcode::GlobalLoad:
                    case Opcode::BuiltinLoad:
                    case Opcode::NsLoad:
                        if (inst->str == "type") typeLoads.push_back(inst.get());
                        break;
                    case Opcode::Import:
                        // A module the driver neither compiled nor knows
                        // as the runtime's may hold any attribute.
                        if (!compiledModules_.count(inst->str) && !runtimeModules.count(inst->str))
                            return;
                        break;
                    default:
                        break;
                    }
                }
    }
    // type(x) is fine; type(name, bases, dict) makes a class from a dict.
    for (const Instruction *t : typeLoads) {
        auto it = users.find(t);
        if (it == users.end()) continue;
        for (auto [user, index] : it->second)
            if (user->op != Opcode::Call || index != 0 || user->numOperands() != 2) return;
    }
    attributesKnown_ = true;
}

void ProgramFacts::findConstructors(const Module &module) {
    ModuleInfo &mi = info_[&module];
    if (everythingDynamic_ || reflective_ || mi.dynamic || !module.body()) return;
    // type(x)(...), x.__class__(...) and C.__init__(x, ...) reach __init__
    // without the class's name.
    if (attrLoaded_.count("__class__") || attrLoaded_.count("__init__") ||
        attrStored_.count("__init__") || attrLoaded_.count("__new__"))
        return;
    Users users;
    std::map<std::string, std::vector<const Instruction *>> loads;
    std::set<std::string> escaped;
    for (const Module *m : modules_)
        for (const auto &fn : m->functions())
            for (const auto &bb : fn->blocks())
                for (const auto &inst : bb->instructions()) {
                    if (nameLoad(*inst) && inst->str == "type") return;
                    if (m != &module) continue;
                    recordUses(users, *inst);
                    if (inst->op == Opcode::GlobalLoad) loads[inst->str].push_back(inst.get());
                    if (inst->op == Opcode::NsLoad) escaped.insert(inst->str);
                }
    for (const auto &[name, stores] : mi.stores) {
        if (stores.size() != 1 || mi.deleted.count(name) || attrStored_.count(name)) continue;
        if (escaped.count(name) || importedFrom_.count(name) || attrLoaded_.count(name) ||
            runtimeNames_.count(name))
            continue;
        const Instruction *cls = stores.front()->operand(0);
        if (stores.front()->parent->parent() != module.body()) continue;
        if (cls->op != Opcode::MakeClass || cls->numOperands() != 1) continue;
        // The class body is the function called with the namespace dict.
        const Instruction *ns = cls->operand(0);
        const Function *body = nullptr;
        for (auto [user, index] : users[ns])
            if (user->op == Opcode::Call && index == 1 &&
                user->operand(0)->op == Opcode::MakeFunction)
                body = body ? nullptr : user->operand(0)->callee;
        if (!body) continue;
        // Only functions and constants in the namespace: no classmethod,
        // staticmethod or property can receive the class.
        const Function *init = nullptr;
        bool plain = true;
        for (const auto &bb : body->blocks())
            for (const auto &inst : bb->instructions()) {
                if (inst->op == Opcode::NsDel || inst->op == Opcode::Globals) plain = false;
                if (inst->op != Opcode::NsStore) continue;
                const Instruction *v = inst->operand(1);
                if (inst->str == "__new__") plain = false;
                bool moduleName = inst->str == "__module__" && v->op == Opcode::GlobalLoad;
                if (v->op != Opcode::MakeFunction && !isConstant(v->op) && !moduleName)
                    plain = false;
                if (inst->str != "__init__") continue;
                if (init || v->op != Opcode::MakeFunction || v->defaultsOperand() ||
                    v->kwDefaultsOperand() || v->closureOperand() || users[v].size() != 1)
                    plain = false;
                else
                    init = v->callee;
            }
        if (!plain || !init || init->generator || init->varargs || init->varkw ||
            init->nKwOnly != 0 || init->nPos == 0)
            continue;
        std::vector<const Instruction *> sites;
        bool ok = true;
        for (const Instruction *load : loads[name])
            for (auto [user, index] : users[load]) {
                ok &= user->op == Opcode::Call && index == 0 && user->numOperands() == init->nPos;
                if (ok) sites.push_back(user);
            }
        if (ok) constructorCalls_[init] = std::move(sites);
    }
}

const std::vector<const Instruction *> *ProgramFacts::globalBindings(const Module &module,
                                                                     std::string_view name) const {
    auto it = info_.find(&module);
    if (everythingDynamic_ || it == info_.end() || it->second.dynamic) return nullptr;
    const ModuleInfo &mi = it->second;
    std::string n(name);
    auto stores = mi.stores.find(n);
    if (stores == mi.stores.end() || mi.deleted.count(n) || attrStored_.count(n) ||
        runtimeNames_.count(n))
        return nullptr;
    for (const Instruction *store : stores->second)
        if (store->parent->parent() != module.body()) return nullptr;
    return &stores->second;
}

const std::vector<const Instruction *> *ProgramFacts::attributeStores(std::string_view name) const {
    if (!attributesKnown_ || name.substr(0, 2) == "__") return nullptr;
    std::string n(name);
    if (runtimeNames_.count(n) || classNames_.count(n) || globalBinds_.count(n)) return nullptr;
    // `pkg.sub` is the submodule the import bound on its package.
    for (const std::string &module : compiledModules_) {
        size_t dot = module.rfind('.');
        if (module.compare(dot == std::string::npos ? 0 : dot + 1, std::string::npos, n) == 0)
            return nullptr;
    }
    auto it = attrStores_.find(n);
    return it == attrStores_.end() ? nullptr : &it->second;
}

bool ProgramFacts::classOnlyAttribute(std::string_view name) const {
    return attributesKnown_ && name != "__dict__" && !attrStored_.count(std::string(name));
}

const std::vector<const Function *> *ProgramFacts::methodFamily(std::string_view name) const {
    if (!classOnlyAttribute(name) || name.substr(0, 2) == "__") return nullptr;
    std::string n(name);
    if (runtimeNames_.count(n) || globalBinds_.count(n) || otherClassValues_.count(n))
        return nullptr;
    for (const std::string &module : compiledModules_) {
        size_t dot = module.rfind('.');
        if (module.compare(dot == std::string::npos ? 0 : dot + 1, std::string::npos, n) == 0)
            return nullptr;
    }
    auto it = methodDefs_.find(n);
    return it == methodDefs_.end() ? nullptr : &it->second;
}

const std::vector<const Instruction *> &ProgramFacts::constructorCalls(const Function &init) const {
    static const std::vector<const Instruction *> none;
    auto it = constructorCalls_.find(&init);
    return it == constructorCalls_.end() ? none : it->second;
}

} // namespace krait::ir
