//===- driver/ExternGen.h - thunks of @extern declarations ------*- C++ -*-===//
//
// For every `@extern def name(params) -> result: ...` at the top level of a
// program's modules: a thunk with the code-entry signature of compiled
// functions that converts the bound arguments to the C types their
// annotations name, calls the C function `name` directly and converts its
// result; and the table kr_extern_functions (runtime/ffi.h) through which
// the `extern` decorator swaps the declaration for its thunk at run time.
// Each thunk's kr_code_info is the hidden symbol codegen::externInfoSymbol
// names, which direct call sites (codegen/EmitExternCall.cpp) compare with.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_EXTERNGEN_H
#define KRAIT_DRIVER_EXTERNGEN_H

#include "codegen/Target.h"

#include <string>
#include <vector>

namespace krait {

/// One module of the program: its dotted name and source file.
struct ExternSource {
    std::string module;
    std::string path; ///< empty for a package folder without __init__.py
};

/// Write the thunks and the table for `modules` as an object for `spec`
/// at `path`; `written` is false (and nothing is written) when no module
/// declares @extern functions. False after reporting an error: declarations
/// the FFI cannot express are positioned diagnostics on standard error,
/// other failures are described in `error`.
bool writeExternObject(const std::vector<ExternSource> &modules, const codegen::TargetSpec &spec,
                       const std::string &path, bool &written, std::string &error);

} // namespace krait

#endif // KRAIT_DRIVER_EXTERNGEN_H
