//===- driver/BindgenEntry.h - one declaration of a bindgen module -*- C++ -*-===//
//
// krait bindgen collects what a header declares from two sources, the AST
// (driver/BindgenDecls.h) and the preprocessor (driver/BindgenMacros.h); both
// produce these entries, which driver/Bindgen.cpp sorts into the header's
// order and prints.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_BINDGENENTRY_H
#define KRAIT_DRIVER_BINDGENENTRY_H

#include <string>
#include <vector>

namespace krait {

/// One declaration of the generated module.
struct BindgenEntry {
    enum Kind {
        Function, ///< `text`: parameters and result, "(a: int) -> int"
        Constant, ///< `text`: the Python value
        Skipped,  ///< `text`: why it cannot be expressed
        Opaque,   ///< a struct or union, passed as c_void_p
    };
    Kind kind;
    unsigned offset; ///< where the header declares it (file offset), for source order
    std::string name;
    std::string text;
};

/// Python keywords, and the names krait's generated module imports.
bool isPythonReserved(const std::string &name);

/// Whether `name` is an ASCII identifier (C allows `$` and Unicode; Python
/// modules compiled by krait take ASCII names).
bool isPythonIdentifier(const std::string &name);

} // namespace krait

#endif // KRAIT_DRIVER_BINDGENENTRY_H
