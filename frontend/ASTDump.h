//===- ASTDump.h - Readable AST dumps --------------------------*- C++ -*-===//
///
/// \file
/// Prints an AST as S-expressions: expressions on one line, statements one
/// per line with their blocks indented, e.g.
///
///     (Module
///       (FunctionDef f (args a b=(Int 1))
///         (body
///           (Return (BinOp + (Name a) (Name b))))))
///
/// Used by the unit tests and `krait --emit=ast`.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_FRONTEND_ASTDUMP_H
#define KRAIT_FRONTEND_ASTDUMP_H

#include "frontend/AST.h"

#include <iosfwd>
#include <string>

namespace krait::ast {

/// Dump options.
struct DumpOptions {
    /// Show scope-analysis results: `(Name x load local:0)`, parameter and
    /// definition bindings.
    bool bindings = false;
};

/// Writes the dump of `node` (a Module, statement or expression) to `os`.
void dump(const Node &node, std::ostream &os, DumpOptions options = {});

/// Returns the dump of `node` as a string (no trailing newline).
std::string dumpToString(const Node &node, DumpOptions options = {});

/// Quotes `text` as a double-quoted literal with C-style escapes for
/// control characters, quotes, backslashes and non-ASCII bytes (\xNN).
std::string quoteString(const std::string &text);

} // namespace krait::ast

#endif // KRAIT_FRONTEND_ASTDUMP_H
