//===- driver/BindgenMacros.h - integer #defines for krait bindgen -*- C++ -*-===//
//
// Object-like macros the header itself defines become Python constants when
// their body is an integer constant expression: literals (decimal, hex,
// octal, binary, with C's suffixes), character constants, other macros and
// enumerators by name, casts to integer types, and C's unary, binary and
// conditional operators, evaluated with C's types for the target (so `~0u`
// is 4294967295 and `(uint8_t)0x1FF` is 0xFF). Anything else (strings,
// floats, function-like macros) is left out.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_BINDGENMACROS_H
#define KRAIT_DRIVER_BINDGENMACROS_H

#include "driver/BindgenEntry.h"

#include <clang/Lex/PPCallbacks.h>
#include <clang/Lex/Token.h>

#include <vector>

namespace clang {
class ASTContext;
class MacroInfo;
class Preprocessor;
} // namespace clang

namespace krait {

/// Records the object-like macros defined in the main file, in order.
class MacroRecorder : public clang::PPCallbacks {
  public:
    explicit MacroRecorder(clang::Preprocessor &pp) : pp(pp) {}

    void MacroDefined(const clang::Token &name, const clang::MacroDirective *md) override;

    /// The definitions seen, as (name token, definition) pairs.
    const std::vector<std::pair<clang::Token, const clang::MacroInfo *>> &definitions() const {
        return defs;
    }

  private:
    clang::Preprocessor &pp;
    std::vector<std::pair<clang::Token, const clang::MacroInfo *>> defs;
};

/// Append a Constant entry for each recorded macro that is still defined at
/// the end of the header (a later #undef or #define wins, as for C code
/// including it) and whose value is an integer constant expression.
void collectMacros(const MacroRecorder &recorder, clang::Preprocessor &pp, clang::ASTContext &ctx,
                   std::vector<BindgenEntry> &entries);

} // namespace krait

#endif // KRAIT_DRIVER_BINDGENMACROS_H
