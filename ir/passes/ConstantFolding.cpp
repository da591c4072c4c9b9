//===- ConstantFolding.cpp - Folding operations on small int constants ------===//
//
// Folds `binary` and `unary` whose operands are `const.int` values that fit in
// 64 bits, with Python semantics (floor division and modulo, arithmetic right
// shift) and only when the result also fits: anything that would raise
// (division by zero, negative shift counts) or overflow is left to run time.
// Comparisons fold to `const.true`/`const.false`. A `branch` on the truth of a
// constant becomes a `jump`.
//
//===----------------------------------------------------------------------===//

#include "ir/passes/Pass.h"

#include <cerrno>
#include <cstdlib>
#include <optional>

namespace krait::ir {

namespace {

std::optional<int64_t> smallIntValue(const Instruction *v) {
    if (!v || v->op != Opcode::ConstInt || v->str.empty()) return std::nullopt;
    errno = 0;
    char *end = nullptr;
    long long x = std::strtoll(v->str.c_str(), &end, 10);
    if (errno == ERANGE || *end) return std::nullopt;
    return static_cast<int64_t>(x);
}

std::optional<int64_t> floorDiv(int64_t a, int64_t b) {
    if (b == 0 || (a == INT64_MIN && b == -1)) return std::nullopt;
    int64_t q = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0))) --q;
    return q;
}

std::optional<int64_t> floorMod(int64_t a, int64_t b) {
    if (b == 0) return std::nullopt;
    if (b == -1) return 0;
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

std::optional<int64_t> power(int64_t base, int64_t exp) {
    if (exp < 0) return std::nullopt; // A float result.
    int64_t result = 1;
    while (exp > 0) {
        if (exp & 1) {
            if (__builtin_mul_overflow(result, base, &result)) return std::nullopt;
        }
        exp >>= 1;
        if (exp && __builtin_mul_overflow(base, base, &base)) return std::nullopt;
    }
    return result;
}

std::optional<int64_t> shiftLeft(int64_t a, int64_t n) {
    if (n < 0) return std::nullopt; // ValueError at run time.
    if (a == 0) return 0;
    if (n >= 63) return std::nullopt;
    __int128 r = static_cast<__int128>(a) << n;
    if (r > INT64_MAX || r < INT64_MIN) return std::nullopt;
    return static_cast<int64_t>(r);
}

std::optional<int64_t> shiftRight(int64_t a, int64_t n) {
    if (n < 0) return std::nullopt;
    if (n >= 63) return a < 0 ? -1 : 0;
    return a >> n; // Arithmetic shift == floor division by 2**n.
}

/// The plain operator of an in-place form (ints are immutable).
BinaryOp plainForm(BinaryOp op) {
    if (!isInPlace(op)) return op;
    auto offset = static_cast<unsigned>(op) - static_cast<unsigned>(BinaryOp::IOr);
    return static_cast<BinaryOp>(static_cast<unsigned>(BinaryOp::Or) + offset);
}

/// Result of folding: an int or a Python bool.
struct Folded {
    bool isBool = false;
    int64_t value = 0;
};

std::optional<Folded> foldBinary(BinaryOp op, int64_t a, int64_t b) {
    auto num = [](std::optional<int64_t> v) -> std::optional<Folded> {
        if (!v) return std::nullopt;
        return Folded{false, *v};
    };
    auto cmp = [](bool v) { return std::optional<Folded>(Folded{true, v}); };
    int64_t r;
    switch (plainForm(op)) {
    case BinaryOp::Add:
        return __builtin_add_overflow(a, b, &r) ? std::nullopt : num(r);
    case BinaryOp::Sub:
        return __builtin_sub_overflow(a, b, &r) ? std::nullopt : num(r);
    case BinaryOp::Mul:
        return __builtin_mul_overflow(a, b, &r) ? std::nullopt : num(r);
    case BinaryOp::FloorDiv:
        return num(floorDiv(a, b));
    case BinaryOp::Mod:
        return num(floorMod(a, b));
    case BinaryOp::Pow:
        return num(power(a, b));
    case BinaryOp::And:
        return num(a & b);
    case BinaryOp::Or:
        return num(a | b);
    case BinaryOp::Xor:
        return num(a ^ b);
    case BinaryOp::LShift:
        return num(shiftLeft(a, b));
    case BinaryOp::RShift:
        return num(shiftRight(a, b));
    case BinaryOp::Lt:
        return cmp(a < b);
    case BinaryOp::Le:
        return cmp(a <= b);
    case BinaryOp::Eq:
        return cmp(a == b);
    case BinaryOp::Ne:
        return cmp(a != b);
    case BinaryOp::Gt:
        return cmp(a > b);
    case BinaryOp::Ge:
        return cmp(a >= b);
    default:
        return std::nullopt; // truediv (float), matmul, divmod, in, is...
    }
}

std::optional<Folded> foldUnary(UnaryOp op, int64_t a) {
    switch (op) {
    case UnaryOp::Pos:
        return Folded{false, a};
    case UnaryOp::Neg:
        if (a == INT64_MIN) return std::nullopt;
        return Folded{false, -a};
    case UnaryOp::Invert:
        return Folded{false, ~a};
    case UnaryOp::Not:
        return Folded{true, a == 0};
    }
    return std::nullopt;
}

/// The truth of a constant operand of `truth`, when known.
std::optional<bool> constantTruth(const Instruction *v) {
    switch (v->op) {
    case Opcode::ConstTrue:
        return true;
    case Opcode::ConstFalse:
    case Opcode::ConstNone:
        return false;
    case Opcode::ConstEllipsis:
        return true;
    case Opcode::ConstStr:
    case Opcode::ConstBytes:
        return !v->str.empty();
    case Opcode::ConstFloat:
        return v->fimm != 0.0;
    case Opcode::ConstInt: {
        // Any spelling of zero ("0", "-0", "000").
        for (char c : v->str)
            if (c >= '1' && c <= '9') return true;
        return false;
    }
    default:
        return std::nullopt;
    }
}

class ConstantFolding : public Pass {
  public:
    std::string_view name() const override { return "constfold"; }

    bool run(Function &fn) override {
        bool changed = false;
        for (const auto &b : fn.blocks()) {
            for (size_t i = 0; i < b->size(); ++i) {
                Instruction *inst = b->at(i);
                if (inst->op == Opcode::Binary || inst->op == Opcode::Unary)
                    changed |= foldOperator(fn, *b, i);
                else if (inst->op == Opcode::Branch)
                    changed |= foldBranch(*b);
            }
        }
        return changed;
    }

  private:
    static std::optional<Folded> tryFold(const Instruction &inst) {
        if (inst.op == Opcode::Unary) {
            auto a = smallIntValue(inst.operand(0));
            return a ? foldUnary(inst.unaryOp(), *a) : std::nullopt;
        }
        auto a = smallIntValue(inst.operand(0));
        auto b = smallIntValue(inst.operand(1));
        if (!a || !b) return std::nullopt;
        return foldBinary(inst.binaryOp(), *a, *b);
    }

    /// Replaces the operator at `pos` of `block` by a constant.
    static bool foldOperator(Function &fn, Block &block, size_t pos) {
        Instruction *inst = block.at(pos);
        std::optional<Folded> result = tryFold(*inst);
        if (!result) return false;
        Opcode op = !result->isBool ? Opcode::ConstInt
                    : result->value ? Opcode::ConstTrue
                                    : Opcode::ConstFalse;
        auto folded = std::make_unique<Instruction>(op, defaultResultType(op));
        if (!result->isBool) folded->str = std::to_string(result->value);
        folded->loc = inst->loc;
        folded->id = fn.nextInstructionId();
        Instruction *replacement = block.insert(pos, std::move(folded));
        fn.replaceAllUsesWith(inst, replacement);
        block.erase(inst);
        return true;
    }

    /// `branch (truth const), a, b` becomes `jump a` or `jump b`.
    static bool foldBranch(Block &block) {
        Instruction *br = block.terminator();
        Instruction *cond = br->operand(0);
        if (cond->op != Opcode::Truth) return false;
        std::optional<bool> known = constantTruth(cond->operand(0));
        if (!known) return false;
        Block *taken = br->blocks[*known ? 0 : 1];
        Block *dropped = br->blocks[*known ? 1 : 0];
        if (dropped != taken)
            for (Instruction *phi : dropped->phis())
                removeIncoming(*phi, &block);
        br->op = Opcode::Jump;
        br->operands.clear();
        br->blocks = {taken};
        return true;
    }

    static void removeIncoming(Instruction &phi, const Block *pred) {
        for (size_t i = 0; i < phi.blocks.size(); ++i) {
            if (phi.blocks[i] != pred) continue;
            phi.blocks.erase(phi.blocks.begin() + static_cast<long>(i));
            phi.operands.erase(phi.operands.begin() + static_cast<long>(i));
            return;
        }
    }
};

} // namespace

std::unique_ptr<Pass> createConstantFolding() {
    return std::make_unique<ConstantFolding>();
}

} // namespace krait::ir
