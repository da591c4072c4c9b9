//===- SourceLocation.h - Positions in Python source text ------*- C++ -*-===//
///
/// \file
/// Source positions used by every frontend structure and by diagnostics.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_FRONTEND_SOURCELOCATION_H
#define KRAIT_FRONTEND_SOURCELOCATION_H

#include <cstdint>

namespace krait {

/// A position in a source file. Both fields are 1-based; `col` counts Unicode
/// code points (not bytes) from the start of the line. A default-constructed
/// location (0, 0) means "unknown".
struct SourceLoc {
    uint32_t line = 0; ///< 1-based line number.
    uint32_t col = 0;  ///< 1-based column in code points.

    /// True when the location points at a real position.
    bool isValid() const { return line != 0; }

    friend bool operator==(const SourceLoc &a, const SourceLoc &b) {
        return a.line == b.line && a.col == b.col;
    }
    friend bool operator<(const SourceLoc &a, const SourceLoc &b) {
        return a.line < b.line || (a.line == b.line && a.col < b.col);
    }
};

/// A half-open range of source text: `begin` is the first character, `end` is
/// one past the last character (both as line/column positions).
struct SourceRange {
    SourceLoc begin; ///< First character of the construct.
    SourceLoc end;   ///< One past the last character of the construct.
};

} // namespace krait

#endif // KRAIT_FRONTEND_SOURCELOCATION_H
