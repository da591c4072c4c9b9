//===- driver/ExportGen.h - C entry points of @export functions -*- C++ -*-===//
//
// For a static library named LIB: the object holding LIB_init,
// LIB_last_error, LIB_error_message and one C function LIB_<name> per
// @export function, each a straight line of calls to the runtime's FFI
// helpers (runtime/ffi.h); and the C header declaring them.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_EXPORTGEN_H
#define KRAIT_DRIVER_EXPORTGEN_H

#include "codegen/Target.h"
#include "driver/FFIDecls.h"

#include <string>
#include <vector>

namespace krait {

/// Write the entry points of library `lib` (whose module start function is
/// codegen::moduleStartSymbol(lib)) as an object for `spec` at `path`.
/// With `referenceExterns` the object also refers to kr_extern_functions,
/// so the archive's @extern table (ExternGen.h) is linked in. False with
/// `error` set.
bool writeExportObject(const std::string &lib, const std::vector<FFIFunction> &exports,
                       bool referenceExterns, const codegen::TargetSpec &spec,
                       const std::string &path, std::string &error);

/// The text of LIB.h for the same entry points; `source` names the Python
/// file in its comment.
std::string exportHeader(const std::string &lib, const std::string &source,
                         const std::vector<FFIFunction> &exports);

} // namespace krait

#endif // KRAIT_DRIVER_EXPORTGEN_H
