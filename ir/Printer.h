//===- Printer.h - Textual form of the IR ----------------------*- C++ -*-===//
///
/// \file
/// Prints modules, functions and instructions in the deterministic text form
/// of docs/IR.md (the form `ir/Parser.h` reads back). Values are numbered
/// `%0, %1...` and blocks `bb0, bb1...` per function in layout order.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_PRINTER_H
#define KRAIT_IR_PRINTER_H

#include "ir/IR.h"

#include <iosfwd>
#include <string>

namespace krait::ir {

/// Printing options.
struct PrintOptions {
    /// Print `!line:col` after instructions and function headers.
    bool locations = true;
    /// Print `; preds ...` comments on block lines.
    bool predecessors = true;
};

/// Prints `module`.
void print(const Module &module, std::ostream &out, const PrintOptions &opts = {});
/// Prints one function.
void print(const Function &fn, std::ostream &out, const PrintOptions &opts = {});
/// The text of `module`.
std::string toString(const Module &module, const PrintOptions &opts = {});
/// The text of one function.
std::string toString(const Function &fn, const PrintOptions &opts = {});
/// The text of one instruction (numbered within its function when attached;
/// detached operands print as `%?`). For debugging and error messages.
std::string toString(const Instruction &inst, const PrintOptions &opts = {});

/// Quotes and escapes `text` as a printed string literal ("a\n\"b\"").
std::string quoteString(const std::string &text);

} // namespace krait::ir

#endif // KRAIT_IR_PRINTER_H
