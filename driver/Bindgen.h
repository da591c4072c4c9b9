//===- driver/Bindgen.h - krait bindgen: @extern from a C header -*- C++ -*-===//
//
// Parses a C header with Clang (libTooling), for the target the module will
// be compiled for, and writes a Python module declaring what it can express
// (docs/FFI.md): each function as an @extern declaration with C-type
// annotations, each enumerator, integer #define and const integer as a
// constant, structs as opaque pointers (c_void_p). What it cannot express
// (variadic functions, structs by value, function pointers, variables) is
// listed in comments.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_BINDGEN_H
#define KRAIT_DRIVER_BINDGEN_H

#include <string>
#include <vector>

namespace krait {

/// `krait bindgen`'s options.
struct BindgenOptions {
    std::string header;                  ///< the C header to read
    std::string output;                  ///< the .py to write ("-": stdout)
    std::string target = "x86_64-linux"; ///< krait target (or triple) whose C types apply
    std::vector<std::string> clangArgs;  ///< -I/-D options for the parse
};

/// Generate the module; the exit status (0, 1 when the header has errors,
/// 2 when it or the output cannot be opened or the target is unknown).
int runBindgen(const BindgenOptions &opts);

} // namespace krait

#endif // KRAIT_DRIVER_BINDGEN_H
