//===- driver/StaticLib.h - krait build --emit=staticlib --------*- C++ -*-===//
//
// Builds a C static library from a Python module (docs/FFI.md): the module
// and everything it imports, compiled; C entry points for its @export
// functions plus NAME_init / NAME_last_error / NAME_error_message; and the
// runtime, all in one archive. A C header NAME.h declaring the entry points
// is written beside the archive.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_STATICLIB_H
#define KRAIT_DRIVER_STATICLIB_H

#include "driver/Pipeline.h"

namespace krait {

/// `krait build FILE.py --emit=staticlib [-o libNAME.a]`: the library is
/// named after the file's stem. Returns the exit status (0, 1 for compile
/// errors, 2 for usage errors).
int buildStaticLibrary(const CompileOptions &opts);

} // namespace krait

#endif // KRAIT_DRIVER_STATICLIB_H
