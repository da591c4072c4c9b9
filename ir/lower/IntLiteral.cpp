//===- IntLiteral.cpp - Exact base conversion of int literals -------------===//

#include "ir/lower/IntLiteral.h"

#include <cstdint>
#include <vector>

namespace krait::lower {

namespace {

/// Value of one digit character, or 99 when it is not a digit.
unsigned digitValue(char c) {
    if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
    if (c >= 'a' && c <= 'z') return static_cast<unsigned>(c - 'a') + 10;
    if (c >= 'A' && c <= 'Z') return static_cast<unsigned>(c - 'A') + 10;
    return 99;
}

} // namespace

std::string digitsToDecimal(std::string_view digits, unsigned base) {
    if (digits.empty() || base < 2 || base > 16) return {};
    // Little-endian limbs of 10^9 each: multiply-and-add one digit at a time.
    constexpr uint32_t limbBase = 1000000000u;
    std::vector<uint32_t> limbs{0};
    for (char c : digits) {
        unsigned d = digitValue(c);
        if (d >= base) return {};
        uint64_t carry = d;
        for (uint32_t &limb : limbs) {
            uint64_t v = static_cast<uint64_t>(limb) * base + carry;
            limb = static_cast<uint32_t>(v % limbBase);
            carry = v / limbBase;
        }
        if (carry) limbs.push_back(static_cast<uint32_t>(carry));
    }
    std::string out = std::to_string(limbs.back());
    for (size_t i = limbs.size() - 1; i-- > 0;) {
        std::string part = std::to_string(limbs[i]);
        out.append(9 - part.size(), '0');
        out += part;
    }
    return out;
}

} // namespace krait::lower
