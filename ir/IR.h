//===- IR.h - The krait IR (umbrella header) -------------------*- C++ -*-===//
///
/// \file
/// Includes the IR core: types, opcodes, instructions, blocks, functions and
/// modules. The builder, printer, parser, verifier and dominators have their
/// own headers.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_IR_H
#define KRAIT_IR_IR_H

#include "ir/Block.h"
#include "ir/Function.h"
#include "ir/Instruction.h"
#include "ir/Module.h"
#include "ir/Opcode.h"
#include "ir/Type.h"

#endif // KRAIT_IR_IR_H
