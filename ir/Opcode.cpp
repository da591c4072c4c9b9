//===- Opcode.cpp - Opcode and operator tables ------------------------------===//

#include "ir/Opcode.h"

#include <array>

namespace krait::ir {

namespace {

struct OpcodeInfo {
    std::string_view mnemonic;
    uint8_t flags;
    Type::Kind resultKind;
};

constexpr OpcodeInfo OpcodeTable[] = {
#define IR_OPCODE(Name, Mnemonic, Flags, ResultKind) {Mnemonic, Flags, Type::ResultKind},
#include "ir/Opcodes.def"
};
static_assert(std::size(OpcodeTable) == NumOpcodes);

constexpr std::string_view UnaryNames[] = {"pos", "neg", "invert", "not"};
static_assert(std::size(UnaryNames) == NumUnaryOps);

constexpr std::string_view BinaryNames[] = {
    "lt",      "gt",        "eq",       "le",       "ge",      "ne",     "in",     "is",
    "isnot",   "notin",     "or",       "xor",      "and",     "lshift", "rshift", "add",
    "sub",     "mul",       "matmul",   "floordiv", "truediv", "mod",    "pow",    "divmod",
    "ior",     "ixor",      "iand",     "ilshift",  "irshift", "iadd",   "isub",   "imul",
    "imatmul", "ifloordiv", "itruediv", "imod",     "ipow",
};
static_assert(std::size(BinaryNames) == NumBinaryOps);

} // namespace

std::string_view mnemonic(Opcode op) {
    return OpcodeTable[static_cast<unsigned>(op)].mnemonic;
}

std::optional<Opcode> opcodeFromMnemonic(std::string_view text) {
    for (unsigned i = 0; i < NumOpcodes; ++i)
        if (OpcodeTable[i].mnemonic == text) return static_cast<Opcode>(i);
    return std::nullopt;
}

uint8_t opcodeFlags(Opcode op) {
    return OpcodeTable[static_cast<unsigned>(op)].flags;
}

Type defaultResultType(Opcode op) {
    return Type(OpcodeTable[static_cast<unsigned>(op)].resultKind);
}

std::string_view unaryOpName(UnaryOp op) {
    return UnaryNames[static_cast<unsigned>(op)];
}

std::string_view binaryOpName(BinaryOp op) {
    return BinaryNames[static_cast<unsigned>(op)];
}

std::optional<UnaryOp> unaryOpFromName(std::string_view name) {
    for (unsigned i = 0; i < NumUnaryOps; ++i)
        if (UnaryNames[i] == name) return static_cast<UnaryOp>(i);
    return std::nullopt;
}

std::optional<BinaryOp> binaryOpFromName(std::string_view name) {
    for (unsigned i = 0; i < NumBinaryOps; ++i)
        if (BinaryNames[i] == name) return static_cast<BinaryOp>(i);
    return std::nullopt;
}

bool isComparison(BinaryOp op) {
    return op <= BinaryOp::NotIn;
}

bool isInPlace(BinaryOp op) {
    return op >= BinaryOp::IOr;
}

BinaryOp inPlaceForm(BinaryOp op) {
    auto offset = static_cast<unsigned>(op) - static_cast<unsigned>(BinaryOp::Or);
    return static_cast<BinaryOp>(static_cast<unsigned>(BinaryOp::IOr) + offset);
}

} // namespace krait::ir
