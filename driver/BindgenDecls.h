//===- driver/BindgenDecls.h - declarations for krait bindgen ---*- C++ -*-===//
//
// Walks the AST of a parsed header and turns what the header itself
// declares (not what it includes) into bindgen entries: each function as an
// @extern declaration with C-type annotations (docs/FFI.md's table), each
// enumerator as a constant, each struct or union as an opaque pointer, and
// what the FFI cannot express (variadic functions, structs by value,
// function pointers, static functions, variables) as a skipped entry.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_BINDGENDECLS_H
#define KRAIT_DRIVER_BINDGENDECLS_H

#include "driver/BindgenEntry.h"

#include <vector>

namespace clang {
class ASTContext;
} // namespace clang

namespace krait {

/// Append the entries for the declarations of the main file.
void collectDeclarations(clang::ASTContext &ctx, std::vector<BindgenEntry> &entries);

} // namespace krait

#endif // KRAIT_DRIVER_BINDGENDECLS_H
