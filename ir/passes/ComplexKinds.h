//===- ComplexKinds.h - Result kinds of builtins on complex numbers -*- C++ -*-===//
///
/// \file
/// The rules the whole-program inference (ProgramTypes.cpp) needs for calls
/// of the stable builtins `complex` and `abs` once operands may be `complex`
/// (the arithmetic rules are in TypeInference.cpp):
///
///   complex(), complex(x), complex(x, y) -> complex, whatever x and y are
///   abs(complex) -> float
///
/// Every path of the constructor (runtime/complex.cpp, complex_make_new)
/// returns an exact complex or raises: numbers are converted, a string is
/// parsed, an exact complex argument is returned itself, anything else is a
/// TypeError (MicroPython has no __complex__ protocol). abs of an exact
/// complex is its float magnitude.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_PASSES_COMPLEXKINDS_H
#define KRAIT_IR_PASSES_COMPLEXKINDS_H

#include "ir/Type.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace krait::ir {

/// True for the kinds the numeric inference tracks: exact int, float, complex.
inline bool isNumberKind(Type::Kind k) {
    return k == Type::Int || k == Type::Float || k == Type::Complex;
}

/// The kind of a call of the stable builtin `name` with `nargs` positional
/// arguments whose kinds `argKind(i)` gives (nullopt: not known yet), when a
/// complex rule decides it: Complex/Float, or nullopt while an argument is
/// unknown. Returns Type::Void when no complex rule applies (the caller's
/// other rules decide then). Must be asked before a rule such as "abs(x) has
/// the kind of x", which is wrong for complex x.
template <typename ArgKind>
std::optional<Type::Kind> complexBuiltinResult(std::string_view name, size_t nargs,
                                               ArgKind &&argKind) {
    if (name == "complex" && nargs <= 2) return Type::Complex;
    if (name == "abs" && nargs == 1) {
        std::optional<Type::Kind> k = argKind(0);
        if (!k) return std::nullopt;
        if (*k == Type::Complex) return Type::Float;
    }
    return Type::Void;
}

} // namespace krait::ir

#endif // KRAIT_IR_PASSES_COMPLEXKINDS_H
