//===- TypeInference.cpp - Narrowing value types within a function ----------===//
//
// An optimistic fixpoint over a function's SSA values (run after slot
// promotion, so locals are values): phis start unknown and are narrowed to
// the meet of their inputs; arithmetic results follow Python's rules for
// the operand types that are certain:
//
//   float (+ - * /) float, float (+ - * /) int, int (+ - * /) float -> float
//   int / int -> float
//   int (+ - * // % & | ^ << >>) int -> int
//   -float, +float -> float;  -int, +int, ~int -> int
//   complex (+ - * / **) int|float|complex (either order) -> complex
//   -complex, +complex -> complex;  complex.real, complex.imag -> float
//   float ** int -> float;  x ** (int|float) -> float for x >= 0 proven
//   (provenNonNegative: a negative base to a fractional power is complex)
//
// With the whole-program numeric closure (KindOracle::numericClosure and
// forwardClosure, for a float on the left and on the right), a float and an
// unknown object give a float for + - * / // and float % x.
//
// These hold for exact ints and floats whatever their values: every result
// is either of that type or the operation raises. Only values the rules
// prove get a narrower type; everything else keeps its type (`object` for
// unknown values), so the pass never needs a guard. Codegen uses `float` to
// keep values unboxed as doubles.
//
// Only exact `int`/`float` enter: constants and results of the rules above.
// Within a function, parameters, loads and call results stay `object` (a
// subclass of float may override its operators); the whole-program pass
// (ProgramTypes.cpp) runs the same fixpoint with a KindOracle that types
// parameters, calls of stable functions and builtins, and range items.
//
//===----------------------------------------------------------------------===//

#include "ir/passes/Pass.h"

#include <unordered_map>

namespace krait::ir {

namespace {

using Kind = Type::Kind;

BinaryOp plainForm(BinaryOp op) {
    if (isInPlace(op))
        return static_cast<BinaryOp>(static_cast<int>(op) - static_cast<int>(BinaryOp::IOr) +
                                     static_cast<int>(BinaryOp::Or));
    return op;
}

/// The result kind of `a op b` when one side is an exact complex and the
/// other an exact int, float or complex, or Object. The int and float slots
/// hand a complex right operand to the complex arithmetic, so either order
/// gives a complex (or raises: division by zero, 0.0 to a complex power).
Kind complexBinaryResult(BinaryOp op, Kind a, Kind b) {
    auto number = [](Kind k) { return k == Kind::Int || k == Kind::Float || k == Kind::Complex; };
    if (!number(a) || !number(b)) return Kind::Object;
    switch (plainForm(op)) {
    case BinaryOp::Add:
    case BinaryOp::Sub:
    case BinaryOp::Mul:
    case BinaryOp::TrueDiv:
    case BinaryOp::Pow:
        return Kind::Complex;
    default:
        return Kind::Object; // == and != give the bool objects; the rest raise
    }
}

/// The result kind of `-a`/`+a` for an exact complex `a`, or Object.
Kind complexUnaryResult(UnaryOp op) {
    return op == UnaryOp::Neg || op == UnaryOp::Pos ? Kind::Complex : Kind::Object;
}

/// The kind of a `getattr` result: `.real` and `.imag` of an exact complex
/// are exact floats; anything else keeps its type.
template <typename KindOf>
std::optional<Kind> complexAttrResult(const Instruction &inst, KindOf &kindOf) {
    if (inst.str != "real" && inst.str != "imag") return inst.type.kind();
    std::optional<Kind> a = kindOf(inst.operand(0));
    if (!a) return std::nullopt;
    return *a == Kind::Complex ? Kind::Float : inst.type.kind();
}

/// The result kind of `a op b` for exact ints and floats, or Object. With
/// the numeric closure, a float and an unknown object give a float for the
/// operators whose generic path can only return one (or raise).
Kind binaryResult(BinaryOp op, Kind a, Kind b, bool closure, bool forward) {
    if (a == Kind::Complex || b == Kind::Complex) return complexBinaryResult(op, a, b);
    if ((closure && a == Kind::Float && b == Kind::Object) ||
        (forward && a == Kind::Object && b == Kind::Float)) {
        switch (plainForm(op)) {
        case BinaryOp::Add:
        case BinaryOp::Sub:
        case BinaryOp::Mul:
        case BinaryOp::TrueDiv:
        case BinaryOp::FloorDiv:
            return Kind::Float;
        case BinaryOp::Mod:
            // str % float formats.
            return a == Kind::Float ? Kind::Float : Kind::Object;
        default:
            return Kind::Object;
        }
    }
    bool numeric = (a == Kind::Int || a == Kind::Float) && (b == Kind::Int || b == Kind::Float);
    if (!numeric) return Kind::Object;
    bool anyFloat = a == Kind::Float || b == Kind::Float;
    switch (plainForm(op)) {
    case BinaryOp::Add:
    case BinaryOp::Sub:
    case BinaryOp::Mul:
        return anyFloat ? Kind::Float : Kind::Int;
    case BinaryOp::TrueDiv:
        return Kind::Float;
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod:
    case BinaryOp::Or:
    case BinaryOp::Xor:
    case BinaryOp::And:
    case BinaryOp::LShift:
    case BinaryOp::RShift:
        return anyFloat ? Kind::Object : Kind::Int;
    default:
        return Kind::Object;
    }
}

/// The kind of `base ** exp`: a float to an int power is a float; a
/// non-negative base to a real power is a float (a negative one to a
/// fractional power would be complex); with the numeric closure, a
/// non-negative float to any power other than a complex one is a float.
template <typename KindOf>
Kind powerResult(const Instruction &base, Kind a, Kind b, KindOf &kindOf, bool closure) {
    if (a == Kind::Float && b == Kind::Int) return Kind::Float;
    bool real = a == Kind::Int || a == Kind::Float;
    if (!real || (b != Kind::Float && !(closure && a == Kind::Float && b == Kind::Object)))
        return Kind::Object;
    KindOracle::OperandKind k = [&](const Instruction *v) { return kindOf(v); };
    return provenNonNegative(base, k) ? Kind::Float : Kind::Object;
}

bool inferable(Opcode op, bool external) {
    if (op == Opcode::ConstFloat || op == Opcode::ConstInt || op == Opcode::Binary ||
        op == Opcode::Unary || op == Opcode::Phi || op == Opcode::ConstComplex ||
        op == Opcode::GetAttr)
        return true;
    // Values whose kinds whole-program facts give (inferProgramTypes).
    return external && (op == Opcode::Param || op == Opcode::Call || op == Opcode::IterNext ||
                        op == Opcode::GlobalLoad || op == Opcode::GetItem ||
                        op == Opcode::CellLoad); // the last two: ListKinds.cpp
}

template <typename KindOf>
std::optional<Kind> infer(const Instruction &inst, KindOf &kindOf, const KindOracle *oracle) {
    switch (inst.op) {
    case Opcode::ConstFloat:
        return Kind::Float;
    case Opcode::ConstInt:
        return Kind::Int;
    case Opcode::ConstComplex:
        return Kind::Complex;
    case Opcode::GetAttr:
        if (!oracle || inst.str == "real" || inst.str == "imag")
            return complexAttrResult(inst, kindOf);
        return oracle->kindOf(inst, kindOf);
    case Opcode::Binary: {
        std::optional<Kind> a = kindOf(inst.operand(0)), b = kindOf(inst.operand(1));
        if (!a || !b) return std::nullopt;
        bool closure = oracle && oracle->numericClosure();
        if (plainForm(inst.binaryOp()) == BinaryOp::Pow && *a != Kind::Complex &&
            *b != Kind::Complex)
            return powerResult(*inst.operand(0), *a, *b, kindOf, closure);
        bool forward = oracle && oracle->forwardClosure();
        return binaryResult(inst.binaryOp(), *a, *b, closure, forward);
    }
    case Opcode::Unary: {
        std::optional<Kind> a = kindOf(inst.operand(0));
        if (!a) return std::nullopt;
        UnaryOp op = inst.unaryOp();
        if (*a == Kind::Float && (op == UnaryOp::Neg || op == UnaryOp::Pos)) return Kind::Float;
        if (*a == Kind::Int && op != UnaryOp::Not) return Kind::Int;
        if (*a == Kind::Complex) return complexUnaryResult(op);
        return Kind::Object;
    }
    case Opcode::Phi: {
        if (inst.type.kind() == Kind::Bool) return std::nullopt;
        std::optional<Kind> meet;
        for (const Instruction *in : inst.operands) {
            std::optional<Kind> k = kindOf(in);
            if (!k) continue;
            if (!meet)
                meet = *k;
            else if (*meet != *k)
                meet = Kind::Object;
        }
        if (meet && *meet != Kind::Float && *meet != Kind::Int && *meet != Kind::Complex)
            meet = Kind::Object;
        return meet;
    }
    case Opcode::Param:
    case Opcode::Call:
    case Opcode::IterNext:
    case Opcode::GlobalLoad:
    case Opcode::GetItem:
    case Opcode::CellLoad:
        if (!oracle) return std::nullopt;
        return oracle->kindOf(inst, kindOf);
    default:
        return std::nullopt;
    }
}

class TypeInference : public Pass {
  public:
    std::string_view name() const override { return "infer-types"; }

    bool run(Function &fn) override { return applyValueKinds(fn, inferValueKinds(fn, nullptr)); }
};

} // namespace

std::unordered_map<const Instruction *, Type::Kind> inferValueKinds(const Function &fn,
                                                                    const KindOracle *oracle) {
    // Unknown until proven: the optimistic start for phis.
    std::unordered_map<const Instruction *, Kind> kind;
    KindOracle::OperandKind kindOf = [&](const Instruction *v) -> std::optional<Kind> {
        auto it = kind.find(v);
        if (it != kind.end()) return it->second;
        // Values this pass infers are unknown until visited (a loop's
        // phi input may come later in layout order).
        if (inferable(v->op, oracle != nullptr)) return std::nullopt;
        return v->type.kind();
    };
    bool again = true;
    while (again) {
        again = false;
        for (const auto &bb : fn.blocks())
            for (const auto &inst : bb->instructions()) {
                std::optional<Kind> k = infer(*inst, kindOf, oracle);
                if (!k) continue;
                auto [it, inserted] = kind.emplace(inst.get(), *k);
                if (!inserted && it->second != *k && it->second != Kind::Object) {
                    // Two different kinds meet in Object: kinds only fall,
                    // so the loop ends.
                    it->second = Kind::Object;
                    inserted = true;
                }
                again |= inserted;
            }
    }
    return kind;
}

bool applyValueKinds(Function &fn,
                     const std::unordered_map<const Instruction *, Type::Kind> &kinds) {
    (void)fn; // the map's keys are fn's instructions
    bool changed = false;
    for (const auto &[inst, k] : kinds) {
        if (k != Kind::Float && k != Kind::Int && k != Kind::Complex) continue;
        if (inst->type.kind() == k) continue;
        const_cast<Instruction *>(inst)->type = Type(k);
        changed = true;
    }
    return changed;
}

bool provenNonNegative(const Instruction &v, const KindOracle::OperandKind &kind, unsigned depth) {
    std::optional<Kind> k = kind(&v);
    if (!k || (*k != Kind::Int && *k != Kind::Float) || depth > 8) return false;
    auto operand = [&](size_t i) { return provenNonNegative(*v.operand(i), kind, depth + 1); };
    switch (v.op) {
    case Opcode::ConstInt:
        return !v.str.empty() && v.str.front() != '-';
    case Opcode::ConstFloat:
        return !(v.fimm < 0); // -0.0 and NaN stay real under **
    case Opcode::Unary:
        return v.unaryOp() == UnaryOp::Pos && operand(0);
    case Opcode::Binary:
        switch (plainForm(v.binaryOp())) {
        case BinaryOp::Mul:
            // x * x of a real x is a square (or NaN).
            return v.operand(0) == v.operand(1) || (operand(0) && operand(1));
        case BinaryOp::Add:
        case BinaryOp::TrueDiv:
        case BinaryOp::Pow:
            return operand(0) && (plainForm(v.binaryOp()) == BinaryOp::Pow || operand(1));
        default:
            return false;
        }
    case Opcode::Phi:
        for (size_t i = 0; i < v.numOperands(); ++i)
            if (!operand(i)) return false;
        return true;
    default:
        return false;
    }
}

std::unique_ptr<Pass> createTypeInference() {
    return std::make_unique<TypeInference>();
}

} // namespace krait::ir
