//===- driver/FFIDecls.h - @export and @extern declarations -----*- C++ -*-===//
//
// Finds the functions of a module decorated with the `krait` module's
// `export` or `extern` (docs/FFI.md) and reads their C signatures from the
// annotations. A decorator counts when it names the module's own binding of
// krait.export / krait.extern: `from krait import export [as e]` then
// `@export`, or `import krait [as k]` then `@krait.export`.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_DRIVER_FFIDECLS_H
#define KRAIT_DRIVER_FFIDECLS_H

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "ir/ExternDecl.h"

#include <string>
#include <vector>

namespace krait {

/// The C type a Python annotation stands for at the FFI boundary.
enum class FFIType {
    Int,   ///< int: int64_t
    Float, ///< float: double
    Bool,  ///< bool: bool
    Str,   ///< str: const char * (NUL-terminated UTF-8)
    Bytes, ///< bytes: const uint8_t * plus a size_t length
    None,  ///< None (results only): void
    // C types by name, for @extern only (annotations are never evaluated, so
    // these need no definition): c_int8 .. c_uint64, c_long, c_ulong,
    // c_size_t, c_ssize_t, c_float (a C float), c_double, c_void_p (an int
    // holding an address).
    CInt8,
    CUInt8,
    CInt16,
    CUInt16,
    CInt32,
    CUInt32,
    CInt64,
    CUInt64,
    CLong,
    CULong,
    CSizeT,
    CSSizeT,
    CFloat,
    CVoidP,
};

/// One parameter of an FFI function.
struct FFIParam {
    std::string name;
    FFIType type;
};

/// A top-level function with an FFI decorator and its C signature.
struct FFIFunction {
    std::string name; ///< the Python name
    std::vector<FFIParam> params;
    FFIType result = FFIType::None;
    SourceLoc loc; ///< the `def`'s name, for diagnostics
};

/// Which decorator to look for.
enum class FFIDecorator { Export, Extern };

/// The functions of `tree` decorated with `which`, in source order. Reports
/// an error to `diags` for each one whose signature the FFI cannot express
/// (missing or unsupported annotations, *args, keyword-only parameters) and
/// leaves it out.
std::vector<FFIFunction> findFFIFunctions(const ast::Module &tree, FFIDecorator which,
                                          DiagnosticEngine &diags);

/// The Python spelling of a type ("int", "None"...), for messages.
const char *ffiTypeName(FFIType type);

/// How `type` crosses into C as an @extern parameter or result (`int` is C
/// `int`; c_long, c_ulong, c_size_t and c_ssize_t are pointer-sized).
ir::CType externCType(FFIType type);

/// The C prototype of the @extern function `fn`.
ir::ExternDecl externDecl(const FFIFunction &fn);

/// The @extern declarations of `tree` (the module read from `file`) that the
/// FFI can express, for ir::Module::externs. The others are left out without
/// a diagnostic: writeExternObject (driver/ExternGen.h) reports them when the
/// program is linked.
std::vector<ir::ExternDecl> collectExternDecls(const ast::Module &tree, const SourceFile &file);

} // namespace krait

#endif // KRAIT_DRIVER_FFIDECLS_H
