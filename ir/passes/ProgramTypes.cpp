//===- ProgramTypes.cpp - Whole-program parameter and return types ---------===//
//
// `infer-types` proves kinds within a function; this pass runs the same
// fixpoint over every function of the program with a KindOracle that knows,
// from ProgramFacts:
//
//  - the result of a call of a stable function: the meet of the kinds its
//    `return`s give (a generator's call gives a generator: object);
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

#include <map>

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
            if (!facts.callOnly(*fn)) return Kind::Object;
            auto it = params.find({fn, inst.index()});
            if (it == params.end()) return std::nullopt;
            return it->second;
        }
        case Opcode::IterNext:
            return rangeItem(inst) ? Kind::Int : Kind::Object;
        case Opcode::Call:
            return callResult(inst, operandKind);
        default:
            return Kind::Object;
        }
    }

    /// Return kinds of stable functions (absent: unknown yet).
    std::map<const Function *, Kind> returns;
    /// Parameter kinds of call-only functions (absent: unknown yet).
    std::map<std::pair<const Function *, unsigned>, Kind> params;

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
        size_t nargs = call.numOperands() - 1;
        if (callee->op == Opcode::GlobalLoad && facts.stableBuiltin(callee->str))
            return builtinResult(callee->str, call, nargs, operandKind);
        const Module *module = call.parent->parent()->parent();
        auto [mod, attr] = facts.builtinModuleAttr(*module, *callee);
        if (mod == "math") return mathResult(attr);
        return Kind::Object;
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
        : modules(modules), facts(facts), oracle(facts) {}

    /// Iterates until return and parameter kinds stop changing. False when
    /// it did not converge (then nothing is applied).
    bool solve() {
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
                if (!facts.callOnly(*fn)) continue;
                for (unsigned i = 0; i < fn->nPos; ++i) {
                    std::optional<Kind> k;
                    for (const Instruction *call : facts.callSites(*fn))
                        k = meet(k, numeric(kindIn(call->parent->parent(), call->operand(i + 1))));
                    set(oracle.params,
                        std::make_pair<const Function *, unsigned>(fn.get(), unsigned(i)), k);
                }
            }
        return changed;
    }

    const std::vector<Module *> &modules;
    const ProgramFacts &facts;
    ProgramOracle oracle;
    std::map<const Function *, KindMap> kinds;
};

} // namespace

bool inferProgramTypes(const std::vector<Module *> &modules, std::string &errors) {
    std::vector<const Module *> constModules(modules.begin(), modules.end());
    ProgramFacts facts(constModules);
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
