//===- ir/ExternDecl.h - @extern declarations of a module -------*- C++ -*-===//
///
/// \file
/// The C signatures of a module's `@extern` declarations (docs/FFI.md), as
/// the driver read them from the annotations (driver/FFIDecls.h). Codegen
/// compiles a call of such a global into a guarded direct call of the C
/// function; the driver's thunk object (driver/ExternGen.h) declares the same
/// C function from the same description, so both agree on the C prototype.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_EXTERNDECL_H
#define KRAIT_IR_EXTERNDECL_H

#include <string>
#include <vector>

namespace krait::ir {

/// How one value crosses between Python and C.
struct CType {
    enum Kind {
        Integer,  ///< a C integer of `bits` bits (0: `long`, the pointer width)
        Floating, ///< `float` (32 bits) or `double` (64)
        Boolean,  ///< C `bool`
        String,   ///< `const char *`: NUL-terminated UTF-8, NULL for None
        Buffer,   ///< `const uint8_t *`: a bytes-like object's data (parameters only)
        Pointer,  ///< `void *`, an int holding an address
        Void,     ///< no value (results only)
    };
    Kind kind = Void;
    unsigned bits = 0;     ///< Integer and Floating
    bool isSigned = false; ///< Integer

    /// The integer width on a target with `pointerBits`-bit pointers.
    unsigned intBits(unsigned pointerBits) const { return bits ? bits : pointerBits; }
};

/// One top-level `@extern def name(params) -> result: ...` of a module: the C
/// function `name` and its prototype.
struct ExternDecl {
    std::string name; ///< the Python name and the C symbol
    std::vector<CType> params;
    CType result;
};

} // namespace krait::ir

#endif // KRAIT_IR_EXTERNDECL_H
