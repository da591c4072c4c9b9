//===- Parser.h - Reading the textual IR -----------------------*- C++ -*-===//
///
/// \file
/// Parses the text produced by `ir/Printer.h` back into a module, so tests
/// can write IR by hand. `toString(*parseModule(text))` reproduces `text`
/// when it was printed by the printer (comments are ignored).
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_PARSER_H
#define KRAIT_IR_PARSER_H

#include "ir/IR.h"

#include <memory>
#include <string>
#include <string_view>

namespace krait::ir {

/// Parses a whole module. Returns null and sets `error` to
/// "line N: message" on malformed input. The result is not verified.
std::unique_ptr<Module> parseModule(std::string_view text, std::string &error);

} // namespace krait::ir

#endif // KRAIT_IR_PARSER_H
