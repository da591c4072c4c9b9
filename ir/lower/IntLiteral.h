//===- IntLiteral.h - Exact base conversion of int literals ----*- C++ -*-===//
///
/// \file
/// `const.int` carries decimal digits of any size; the parser keeps an int
/// literal's digits in its own base. This converts them exactly.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_LOWER_INTLITERAL_H
#define KRAIT_IR_LOWER_INTLITERAL_H

#include <string>
#include <string_view>

namespace krait::lower {

/// Converts the digits `digits` (no prefix, no underscores, letters in either
/// case) of a non-negative integer written in `base` (2, 8, 10 or 16) into
/// its decimal spelling without leading zeros ("0" for zero). Exact for any
/// length. Returns an empty string when a digit is not valid in `base`.
std::string digitsToDecimal(std::string_view digits, unsigned base);

} // namespace krait::lower

#endif // KRAIT_IR_LOWER_INTLITERAL_H
