//===- Instruction.h - One IR operation and SSA value ----------*- C++ -*-===//
///
/// \file
/// `Instruction` is the only kind of SSA value: an instruction with a result
/// *is* that value. Which fields matter depends on the opcode (see
/// docs/IR.md); unused ones keep their defaults.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_INSTRUCTION_H
#define KRAIT_IR_INSTRUCTION_H

#include "frontend/SourceLocation.h"
#include "ir/Opcode.h"
#include "ir/Type.h"

#include <cstdint>
#include <string>
#include <vector>

namespace krait::ir {

class Block;
class Function;

/// Source positions are the frontend's (also reachable as `ir::SourceLoc`).
using krait::SourceLoc;

/// Bits of `imm` for `make.function`: which optional operands are present
/// (in this order: defaults, keyword defaults, closure).
enum MakeFunctionFlags : int64_t {
    MF_Defaults = 1,   ///< A tuple of positional defaults.
    MF_KwDefaults = 2, ///< A dict of keyword-only defaults.
    MF_Closure = 4,    ///< A tuple of cells.
};

/// Flags of `getattr` (`imm`), set by the whole-program inference
/// (ProgramTypes.cpp); not printed.
enum GetAttrFlags : int64_t {
    /// No instance dict ever holds the name: the program stores no instance
    /// attribute so named (ProgramFacts::classOnlyAttribute).
    GA_ClassOnly = 1,
};

/// Conversions of `format` (`imm`).
enum class FormatConv : uint8_t { None = 0, Str = 1, Repr = 2 };

/// One IR instruction, owned by its block.
class Instruction {
  public:
    /// Creates a detached instruction; `type` is its result type (void when
    /// it has none). Normally created through `IRBuilder`.
    Instruction(Opcode op, Type type) : op(op), type(type) {}

    Opcode op;                           ///< What it does.
    Type type;                           ///< Result type (void: no result).
    std::vector<Instruction *> operands; ///< SSA operands, in opcode order.
    /// Terminators: successor blocks. `phi`: the incoming block of each
    /// operand (same length as `operands`).
    std::vector<Block *> blocks;
    /// Integer immediate: slot/parameter/closure index, operator code, count,
    /// item index, `format` conversion, `make.function` flags.
    int64_t imm = 0;
    /// Second integer immediate: the items after the star of `unpack.ex`.
    int64_t imm2 = 0;
    double fimm = 0.0; ///< `const.float` value; `const.complex` imaginary part.
    /// String immediate: `const.int` decimal digits, `const.str`/`const.bytes`
    /// contents (raw bytes), global/builtin/attribute/module/class name, or
    /// the variable name of `cell.load`/`cell.del` (for the error message).
    std::string str;
    std::vector<std::string> names; ///< Keyword names of `call.kw`.
    Function *callee = nullptr;     ///< The function of `make.function`.
    SourceLoc loc;                  ///< Source position (line 0: unknown).
    unsigned id = 0;                ///< Unique within the function (creation order).
    Block *parent = nullptr;        ///< The block holding it (null when detached).

    /// Printed mnemonic of the opcode.
    std::string_view mnemonic() const { return ir::mnemonic(op); }
    /// True when it produces a value.
    bool hasResult() const { return ir::hasResult(op); }
    /// True when it may raise.
    bool mayRaise() const { return ir::mayRaise(op); }
    /// True when it ends a block.
    bool isTerminator() const { return ir::isTerminator(op); }

    /// Number of SSA operands.
    size_t numOperands() const { return operands.size(); }
    /// Operand `i`.
    Instruction *operand(size_t i) const { return operands[i]; }

    /// The operator of a `unary`.
    UnaryOp unaryOp() const { return static_cast<UnaryOp>(imm); }
    /// The operator of a `binary`.
    BinaryOp binaryOp() const { return static_cast<BinaryOp>(imm); }
    /// The slot index of `slot.load`/`slot.store`/`slot.del`, the parameter
    /// index of `param`, the cell index of `closure.cell`.
    unsigned index() const { return static_cast<unsigned>(imm); }
    /// The conversion of a `format`.
    FormatConv formatConv() const { return static_cast<FormatConv>(imm); }

    /// `phi`: incoming block of operand `i`.
    Block *incomingBlock(size_t i) const { return blocks[i]; }
    /// `phi`: the value coming from `pred`, or null.
    Instruction *incomingValueFor(const Block *pred) const;

    /// `call.kw`: number of positional arguments (operands after the callee
    /// that are not keyword values).
    size_t numPositionalArgs() const { return operands.size() - 1 - names.size(); }

    /// `make.function`: the defaults tuple operand, or null.
    Instruction *defaultsOperand() const { return makeFunctionOperand(MF_Defaults); }
    /// `make.function`: the keyword-defaults dict operand, or null.
    Instruction *kwDefaultsOperand() const { return makeFunctionOperand(MF_KwDefaults); }
    /// `make.function`: the closure tuple operand, or null.
    Instruction *closureOperand() const { return makeFunctionOperand(MF_Closure); }

    /// `format`: the spec operand, or null when absent.
    Instruction *formatSpec() const { return operands.size() > 1 ? operands[1] : nullptr; }

    /// Replaces every occurrence of `from` among the operands by `to`.
    void replaceOperand(Instruction *from, Instruction *to);

  private:
    Instruction *makeFunctionOperand(int64_t bit) const;
};

} // namespace krait::ir

#endif // KRAIT_IR_INSTRUCTION_H
