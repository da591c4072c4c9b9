//===- Opcode.h - IR opcodes and operator codes ----------------*- C++ -*-===//
///
/// \file
/// The `Opcode` enumeration (generated from Opcodes.def), its properties, and
/// the operator codes carried in the `imm` of `unary` and `binary`.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_OPCODE_H
#define KRAIT_IR_OPCODE_H

#include "ir/Type.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace krait::ir {

/// Property bits of an opcode (see Opcodes.def).
enum OpcodeFlags : uint8_t {
    OF_None = 0,
    OF_Result = 1, ///< Produces a value.
    OF_Raise = 2,  ///< May raise (control then goes to the block's handler).
    OF_Term = 4,   ///< Ends a block.
};

/// Every IR opcode.
enum class Opcode : uint8_t {
#define IR_OPCODE(Name, Mnemonic, Flags, ResultKind) Name,
#include "ir/Opcodes.def"
};

/// Number of opcodes.
inline constexpr unsigned NumOpcodes = 0
#define IR_OPCODE(Name, Mnemonic, Flags, ResultKind) +1
#include "ir/Opcodes.def"
    ;

/// The printed mnemonic of `op` ("const.int", "binary"...).
std::string_view mnemonic(Opcode op);
/// The opcode spelled `text`, or nullopt.
std::optional<Opcode> opcodeFromMnemonic(std::string_view text);
/// The property bits of `op`.
uint8_t opcodeFlags(Opcode op);
/// The result type the builder gives `op` (void when it has no result).
Type defaultResultType(Opcode op);

/// True when `op` produces a value.
inline bool hasResult(Opcode op) {
    return opcodeFlags(op) & OF_Result;
}
/// True when `op` may raise.
inline bool mayRaise(Opcode op) {
    return opcodeFlags(op) & OF_Raise;
}
/// True when `op` ends a block.
inline bool isTerminator(Opcode op) {
    return opcodeFlags(op) & OF_Term;
}

/// True for the literal opcodes `const.int` .. `const.ellipsis` (no operands,
/// never raise).
inline bool isConstant(Opcode op) {
    return op >= Opcode::ConstInt && op <= Opcode::ConstEllipsis;
}

/// Unary operators (`imm` of `unary`). Same order as the runtime's
/// `kr_unary_op`, so the code is `static_cast<int>(op)`.
enum class UnaryOp : uint8_t { Pos, Neg, Invert, Not };

/// Binary operators, comparisons, membership and identity (`imm` of
/// `binary`). Same order as the runtime's `kr_binary_op` (including the
/// in-place forms after `DivMod`), so the code is `static_cast<int>(op)`.
/// `In`/`NotIn` mean `lhs in rhs`, exactly as `kr_binary_op(KR_BINARY_IN, lhs,
/// rhs)` does (the runtime finds the container's slot itself).
enum class BinaryOp : uint8_t {
    // Comparisons, membership, identity.
    Lt,
    Gt,
    Eq,
    Le,
    Ge,
    Ne,
    In,
    Is,
    IsNot,
    NotIn,
    // Arithmetic and bitwise.
    Or,
    Xor,
    And,
    LShift,
    RShift,
    Add,
    Sub,
    Mul,
    MatMul,
    FloorDiv,
    TrueDiv,
    Mod,
    Pow,
    DivMod,
    // In-place forms (augmented assignment), same order as Or..Pow.
    IOr,
    IXor,
    IAnd,
    ILShift,
    IRShift,
    IAdd,
    ISub,
    IMul,
    IMatMul,
    IFloorDiv,
    ITrueDiv,
    IMod,
    IPow,
};

/// Number of binary operators.
inline constexpr unsigned NumBinaryOps = static_cast<unsigned>(BinaryOp::IPow) + 1;
/// Number of unary operators.
inline constexpr unsigned NumUnaryOps = static_cast<unsigned>(UnaryOp::Not) + 1;

/// Printed name of a unary operator ("pos", "neg", "invert", "not").
std::string_view unaryOpName(UnaryOp op);
/// Printed name of a binary operator ("add", "lt", "notin", "iadd"...).
std::string_view binaryOpName(BinaryOp op);
/// The unary operator named `name`, or nullopt.
std::optional<UnaryOp> unaryOpFromName(std::string_view name);
/// The binary operator named `name`, or nullopt.
std::optional<BinaryOp> binaryOpFromName(std::string_view name);
/// True for `lt le eq ne gt ge in notin is isnot`.
bool isComparison(BinaryOp op);
/// True for the in-place forms `ior`..`ipow`.
bool isInPlace(BinaryOp op);
/// The in-place form of an arithmetic operator (`add` -> `iadd`); `op` must be
/// one of `or`..`pow`.
BinaryOp inPlaceForm(BinaryOp op);

} // namespace krait::ir

#endif // KRAIT_IR_OPCODE_H
