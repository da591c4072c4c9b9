//===- ProgramTypes.cpp - Whole-program parameter and return types ---------===//
//
// `infer-types` proves kinds within a function; this pass runs the same
// fixpoint over every function of the program with a KindOracle that knows,
// from ProgramFacts:
//
//  - the result of a call of a stable function: the meet of the kinds its
//    `return`s give (a generator's call gives a generator: object);
//  - the result of a method call `x.m(...)` when every binding of m is a
//    plain `def` in a class body and nothing else can answer the name
//    (ProgramFacts::methodFamily): the meet of those functions' returns;
//  - a parameter of a call-only function: the meet of the argument kinds over
//    all its call sites;
//  - the results of stable builtins (len, int, ord -> int; float -> float;
//    abs, min, max, round on proven ints/floats; complex(...) -> complex and
//    abs(complex) -> float, ComplexKinds.h) and of the float functions of
//    the runtime's math module;
//  - the items of `for x in range(...)` with a stable `range`: ints.
//
// The outer loop is optimistic like the phis inside a function: return and
// parameter kinds start unknown and only fall (two different kinds meet in
// object), so recursion gets the kinds that hold for every call. When it has
// converged, the kinds are written to the IR (`param`, `call`, `iter.next`
// and the arithmetic they feed), and every `global.load` of a stable
// function is typed `func(F)`: codegen calls F directly.
//
// `iter.next` typed `int` yields ints until the loop ends: its one other
// value, the stop marker, is only ever tested by `is.stop`.
//
//===----------------------------------------------------------------------===//

#include "ir/Verifier.h"
#include "ir/passes/ComplexKinds.h"
#include "ir/passes/Pass.h"
#include "ir/passes/ProgramFacts.h"
#include "ir/passes/Users.h"

#include <map>
#include <set>
#include <unordered_map>

namespace krait::ir {

namespace {

using Kind = Type::Kind;
using KindMap = std::unordered_map<const Instruction *, Kind>;

/// The meet of an optional kind with another: unknown is the top.
std::optional<Kind> meet(std::optional<Kind> a, std::optional<Kind> b) {
    if (!a) return b;
    if (!b) return a;
    return *a == *b ? a : std::optional<Kind>(Kind::Object);
}

/// Only exact ints, floats and complex numbers are worth a kind; anything
/// else is object.
std::optional<Kind> numeric(std::optional<Kind> k) {
    if (k && !isNumberKind(*k)) return Kind::Object;
    return k;
}

/// `k` when it is an int or float kind (or unknown), else object.
std::optional<Kind> real(std::optional<Kind> k) {
    if (k && *k != Kind::Int && *k != Kind::Float) return Kind::Object;
    return k;
}

bool isOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
    for (std::string_view n : names)
        if (n == name) return true;
    return false;
}

/// The result of the math module's function `name`.
Kind mathResult(std::string_view name) {
    if (isOneOf(name, {"sqrt",    "sin",  "cos",   "tan",   "asin",   "acos",     "atan", "atan2",
                       "sinh",    "cosh", "tanh",  "asinh", "acosh",  "atanh",    "exp",  "expm1",
                       "log",     "log2", "log10", "pow",   "fabs",   "copysign", "fmod", "degrees",
                       "radians", "erf",  "erfc",  "gamma", "lgamma", "ldexp"}))
        return Kind::Float;
    if (isOneOf(name, {"floor", "ceil", "trunc", "factorial"})) return Kind::Int;
    return Kind::Object;
}

class ProgramOracle : public KindOracle {
  public:
    explicit ProgramOracle(const ProgramFacts &facts) : facts(facts) {}

    std::optional<Kind> kindOf(const Instruction &inst,
                               const OperandKind &operandKind) const override {
        switch (inst.op) {
        case Opcode::Param: {
            const Function *fn = inst.parent->parent();
            bool constructed = !facts.constructorCalls(*fn).empty();
            // A method's self stays object (the receiver).
            bool method = facts.methodCalls(*fn) != nullptr;
            if (!facts.callOnly(*fn) && ((!constructed && !method) || inst.index() == 0))
                return Kind::Object;
            auto it = params.find({fn, inst.index()});
            if (it == params.end()) return std::nullopt;
            return it->second;
        }
        case Opcode::IterNext:
            return rangeItem(inst) ? Kind::Int : Kind::Object;
        case Opcode::Call:
            return callResult(inst, operandKind);
        case Opcode::GlobalLoad: {
            const Module *module = inst.parent->parent()->parent();
            if (!facts.globalBindings(*module, inst.str)) return inst.type.kind();
            auto it = globals.find({module, inst.str});
            if (it == globals.end()) return std::nullopt;
            return it->second;
        }
        case Opcode::GetAttr: {
            if (!facts.attributeStores(inst.str)) return inst.type.kind();
            auto it = attributes.find(inst.str);
            if (it == attributes.end()) return std::nullopt;
            return it->second;
        }
        default:
            return Kind::Object;
        }
    }

    bool numericClosure() const override { return closure && facts.numericClosure(); }
    bool forwardClosure() const override { return closure && facts.forwardClosure(); }

    /// Forgets every kind found (for a new solve).
    void reset(bool withClosure) {
        returns.clear();
        params.clear();
        globals.clear();
        attributes.clear();
        closure = withClosure;
    }

    /// Return kinds of stable functions (absent: unknown yet).
    std::map<const Function *, Kind> returns;
    /// Parameter kinds of call-only functions and constructed __init__s
    /// (absent: unknown yet).
    std::map<std::pair<const Function *, unsigned>, Kind> params;
    /// Kinds of module globals bound only by their module's top level.
    std::map<std::pair<const Module *, std::string>, Kind> globals;
    /// Kinds of attribute names stored only by `setattr`.
    std::map<std::string, Kind> attributes;
    /// Whether the numeric closure is assumed (see ProgramTypes::solve).
    bool closure = false;

  private:
    bool rangeItem(const Instruction &next) const {
        const Instruction *it = next.operand(0);
        if (it->op != Opcode::Iter) return false;
        const Instruction *call = it->operand(0);
        if (call->op != Opcode::Call || call->numOperands() < 2 || call->numOperands() > 4)
            return false;
        const Instruction *callee = call->operand(0);
        return callee->op == Opcode::GlobalLoad && callee->str == "range" &&
               facts.stableBuiltin("range");
    }

    std::optional<Kind> callResult(const Instruction &call, const OperandKind &operandKind) const {
        const Instruction *callee = call.operand(0);
        if (const Function *fn = facts.calleeFunction(*callee)) {
            if (fn->generator) return Kind::Object;
            auto it = returns.find(fn);
            if (it == returns.end()) return std::nullopt;
            return it->second;
        }
        if (callee->op == Opcode::GetAttr)
            if (const auto *family = facts.methodFamily(callee->str)) return methodResult(*family);
        size_t nargs = call.numOperands() - 1;
        if (callee->op == Opcode::GlobalLoad && facts.stableBuiltin(callee->str))
            return builtinResult(callee->str, call, nargs, operandKind);
        const Module *module = call.parent->parent()->parent();
        auto [mod, attr] = facts.builtinModuleAttr(*module, *callee);
        if (mod == "math") return mathResult(attr);
        return Kind::Object;
    }

    /// `x.m(...)`: the meet of the returns of every method named m (those
    /// that have returned nothing yet are skipped, as unknown).
    std::optional<Kind> methodResult(const std::vector<const Function *> &family) const {
        std::optional<Kind> k;
        for (const Function *fn : family) {
            if (fn->generator) return Kind::Object;
            auto it = returns.find(fn);
            if (it != returns.end()) k = meet(k, it->second);
        }
        return k;
    }

    static std::optional<Kind> builtinResult(std::string_view name, const Instruction &call,
                                             size_t nargs, const OperandKind &operandKind) {
        auto arg = [&](size_t i) { return numeric(operandKind(call.operand(i + 1))); };
        // complex(...), abs(complex) (ComplexKinds.h) first.
        std::optional<Kind> c = complexBuiltinResult(name, nargs, arg);
        if (!c || *c != Kind::Void) return c;
        // Each raises or returns exactly the kind given.
        if ((name == "len" || name == "ord") && nargs == 1) return Kind::Int;
        if (name == "int" && nargs <= 2) return Kind::Int;
        if (name == "float" && nargs <= 1) return Kind::Float;
        if (name == "abs" && nargs == 1) return real(arg(0));
        if ((name == "min" || name == "max") && nargs == 2) return real(meet(arg(0), arg(1)));
        if (name == "round" && (nargs == 1 || nargs == 2)) {
            std::optional<Kind> x = real(arg(0));
            if (!x || *x == Kind::Object) return x;
            if (nargs == 1) return Kind::Int; // round(float) is an int
            std::optional<Kind> digits = arg(1);
            if (!digits) return std::nullopt;
            return *digits == Kind::Int ? x : Kind::Object;
        }
        return Kind::Object;
    }

    const ProgramFacts &facts;
};

/// The whole-program fixpoint and its result.
class ProgramTypes {
  public:
    ProgramTypes(const std::vector<Module *> &modules, const ProgramFacts &facts)
        : modules(modules), facts(facts), oracle(facts) {
        // The globals and attribute names read whose bindings are all known.
        for (Module *m : modules)
            for (const auto &fn : m->functions())
                for (const auto &bb : fn->blocks())
                    for (const auto &inst : bb->instructions()) {
                        if (inst->op == Opcode::GlobalLoad) {
                            if (const auto *stores = facts.globalBindings(*m, inst->str))
                                globalStores[{m, inst->str}] = stores;
                        } else if (inst->op == Opcode::GetAttr) {
                            if (const auto *stores = facts.attributeStores(inst->str))
                                attributeStores[inst->str] = stores;
                        }
                    }
    }

    /// Iterates until return and parameter kinds stop changing. False when
    /// it did not converge (then nothing is applied).
    bool solve() {
        // The numeric closure holds when no value is ever a complex. Assume
        // it, then check that no `**` can make one with the kinds found: by
        // induction over the run, the first complex would have to come from
        // a `**` whose operands had their proven kinds, and none can.
        if (facts.numericClosure() || facts.forwardClosure()) {
            oracle.reset(true);
            if (solveOnce() && powersReal()) return true;
        }
        oracle.reset(false);
        return solveOnce();
    }

    /// Writes the kinds and the `func(F)` callee types to the IR.
    bool apply() {
        bool changed = false;
        for (Module *m : modules)
            for (const auto &fn : m->functions()) {
                changed |= applyValueKinds(*fn, kinds[fn.get()]);
                for (const auto &bb : fn->blocks())
                    for (const auto &inst : bb->instructions()) {
                        const Function *target = facts.calleeFunction(*inst);
                        if (!target) continue;
                        Type t = Type::func(static_cast<uint32_t>(m->indexOf(target)));
                        if (inst->type == t) continue;
                        inst->type = t;
                        changed = true;
                    }
            }
        return changed;
    }

  private:
    bool solveOnce() {
        // Each kind changes at most twice (unknown, a kind, object): the
        // bound is never reached by a correct lattice walk.
        for (int round = 0; round < 64; ++round) {
            for (Module *m : modules)
                for (const auto &fn : m->functions())
                    kinds[fn.get()] = inferValueKinds(*fn, &oracle);
            if (!update()) return true;
        }
        return false;
    }

    /// True when every `**` of the program is real by the kinds found (an
    /// int exponent, or a non-negative int or float base) or its result,
    /// complex or not, can never reach arithmetic (containedPower).
    bool powersReal() const {
        Users users;
        for (Module *m : modules)
            for (const auto &fn : m->functions())
                for (const auto &bb : fn->blocks())
                    for (const auto &inst : bb->instructions())
                        recordUses(users, *inst);
        for (Module *m : modules)
            for (const auto &fn : m->functions()) {
                KindOracle::OperandKind kindOf = [&](const Instruction *v) {
                    return kindIn(fn.get(), v);
                };
                for (const auto &bb : fn->blocks())
                    for (const auto &inst : bb->instructions()) {
                        if (inst->op != Opcode::Binary) continue;
                        BinaryOp op = inst->binaryOp();
                        if (op != BinaryOp::Pow && op != BinaryOp::IPow) continue;
                        if (kindOf(inst->operand(1)) == Kind::Int) continue;
                        if (provenNonNegative(*inst->operand(0), kindOf)) continue;
                        if (!containedPower(*inst, users)) return false;
                    }
            }
        return true;
    }

    /// True when the value of `pow`, wherever it flows, is only formatted
    /// (`str % x`, f-strings, print/str/repr/abs), compared, tested for
    /// truth, or returned by a call-only function whose call results are
    /// themselves contained: a complex it makes can never be an operand of
    /// arithmetic, so the numeric closure still holds everywhere.
    bool containedPower(const Instruction &pow, const Users &users) const {
        std::vector<const Instruction *> work{&pow};
        std::set<const Instruction *> seen{&pow};
        auto formatter = [&](const Instruction *callee) {
            return callee->op == Opcode::GlobalLoad &&
                   (callee->str == "print" || callee->str == "str" || callee->str == "repr" ||
                    callee->str == "abs") &&
                   facts.stableBuiltin(callee->str);
        };
        while (!work.empty()) {
            const Instruction *v = work.back();
            work.pop_back();
            auto it = users.find(v);
            if (it == users.end()) continue;
            for (auto [user, index] : it->second) {
                switch (user->op) {
                case Opcode::Format:
                case Opcode::BuildString:
                case Opcode::Truth:
                    continue;
                case Opcode::Binary:
                    if (isComparison(user->binaryOp()) && user->binaryOp() != BinaryOp::In &&
                        user->binaryOp() != BinaryOp::NotIn)
                        continue;
                    if (user->binaryOp() == BinaryOp::Mod && index == 1 &&
                        user->operand(0)->op == Opcode::ConstStr)
                        continue;
                    return false;
                case Opcode::Call:
                    if (index != 0 && formatter(user->operand(0))) continue;
                    return false;
                case Opcode::Return: {
                    const Function *fn = user->parent->parent();
                    if (fn->generator || !facts.callOnly(*fn)) return false;
                    for (const Instruction *call : facts.callSites(*fn))
                        if (seen.insert(call).second) work.push_back(call);
                    continue;
                }
                default:
                    return false;
                }
            }
        }
        return true;
    }

    std::optional<Kind> kindIn(const Function *fn, const Instruction *v) const {
        const KindMap &km = kinds.at(fn);
        auto it = km.find(v);
        if (it != km.end()) return it->second;
        if (v->op == Opcode::ConstInt) return Kind::Int;
        if (v->op == Opcode::ConstFloat) return Kind::Float;
        // Values the fixpoint infers but left unknown are not reached yet;
        // anything else is what its opcode says.
        switch (v->op) {
        case Opcode::Binary:
        case Opcode::Unary:
        case Opcode::Phi:
        case Opcode::Param:
        case Opcode::Call:
        case Opcode::IterNext:
        case Opcode::GlobalLoad:
        case Opcode::GetAttr:
            return std::nullopt;
        default:
            return v->type.kind();
        }
    }

    /// Recomputes return and parameter kinds; true when any changed.
    bool update() {
        bool changed = false;
        auto set = [&](auto &map, auto key, std::optional<Kind> k) {
            if (!k) return;
            auto [it, inserted] = map.emplace(key, *k);
            if (inserted) {
                changed = true;
            } else if (it->second != *k && it->second != Kind::Object) {
                it->second = Kind::Object; // kinds only fall
                changed = true;
            }
        };
        for (Module *m : modules)
            for (const auto &fn : m->functions()) {
                if (fn->isModuleBody || fn->generator) continue;
                std::optional<Kind> ret;
                for (const auto &bb : fn->blocks()) {
                    const Instruction *term = bb->terminator();
                    if (term && term->op == Opcode::Return)
                        ret = meet(ret, numeric(kindIn(fn.get(), term->operand(0))));
                }
                set(oracle.returns, fn.get(), ret);
                // A method's parameters after self: the arguments of every
                // call that can enter it.
                if (const auto *calls = facts.methodCalls(*fn)) {
                    for (unsigned i = 1; i < fn->nPos; ++i) {
                        std::optional<Kind> k;
                        for (auto [call, shift] : *calls)
                            k = meet(k, numeric(kindIn(call->parent->parent(),
                                                       call->operand(i + shift))));
                        set(oracle.params,
                            std::make_pair<const Function *, unsigned>(fn.get(), unsigned(i)), k);
                    }
                    continue;
                }
                // A constructed __init__'s self is the new instance; the
                // call's arguments are its other parameters.
                const auto &constructed = facts.constructorCalls(*fn);
                bool callOnly = facts.callOnly(*fn);
                if (!callOnly && constructed.empty()) continue;
                const auto &sites = callOnly ? facts.callSites(*fn) : constructed;
                for (unsigned i = callOnly ? 0 : 1; i < fn->nPos; ++i) {
                    std::optional<Kind> k;
                    unsigned arg = callOnly ? i + 1 : i;
                    for (const Instruction *call : sites)
                        k = meet(k, numeric(kindIn(call->parent->parent(), call->operand(arg))));
                    set(oracle.params,
                        std::make_pair<const Function *, unsigned>(fn.get(), unsigned(i)), k);
                }
            }
        // Globals and attributes: the meet of what their stores store.
        for (const auto &[key, stores] : globalStores) {
            std::optional<Kind> k;
            for (const Instruction *store : *stores)
                k = meet(k, real(kindIn(store->parent->parent(), store->operand(0))));
            set(oracle.globals, key, k);
        }
        for (const auto &[name, stores] : attributeStores) {
            std::optional<Kind> k;
            for (const Instruction *store : *stores)
                k = meet(k, real(kindIn(store->parent->parent(), store->operand(1))));
            set(oracle.attributes, name, k);
        }
        return changed;
    }

    const std::vector<Module *> &modules;
    const ProgramFacts &facts;
    ProgramOracle oracle;
    std::map<const Function *, KindMap> kinds;
    std::map<std::pair<const Module *, std::string>, const std::vector<const Instruction *> *>
        globalStores;
    std::map<std::string, const std::vector<const Instruction *> *> attributeStores;
};

} // namespace

namespace {

/// Flags the `getattr`s of names no instance dict holds (GA_ClassOnly).
void markClassOnlyAttributes(const std::vector<Module *> &modules, const ProgramFacts &facts) {
    for (Module *m : modules)
        for (const auto &fn : m->functions())
            for (const auto &bb : fn->blocks())
                for (const auto &inst : bb->instructions())
                    if (inst->op == Opcode::GetAttr && facts.classOnlyAttribute(inst->str))
                        inst->imm |= GA_ClassOnly;
}

} // namespace

bool inferProgramTypes(const std::vector<Module *> &modules, std::string &errors) {
    std::vector<const Module *> constModules(modules.begin(), modules.end());
    ProgramFacts facts(constModules);
    markClassOnlyAttributes(modules, facts);
    ProgramTypes types(modules, facts);
    if (!types.solve()) return true; // no facts applied: still correct
    types.apply();
    bool ok = true;
    for (Module *m : modules) {
        std::string problems;
        if (!verify(*m, problems)) {
            errors += "after pass 'infer-program-types': " + problems;
            ok = false;
        }
    }
    return ok;
}

} // namespace krait::ir
