//===- Type.cpp - Type spellings --------------------------------------------===//

#include "ir/Type.h"

#include <charconv>

namespace krait::ir {

namespace {

constexpr std::string_view KindNames[] = {
    "void",  "unpacked", "object", "int",  "float", "bool", "None",  "str",
    "bytes", "list",     "tuple",  "dict", "set",   "func", "class", "instance",
    "complex",
};

} // namespace

std::string Type::str() const {
    std::string s(KindNames[kind_]);
    if (hasId()) s += "(" + std::to_string(id_) + ")";
    return s;
}

std::optional<Type> Type::parse(std::string_view text) {
    size_t paren = text.find('(');
    std::string_view head = text.substr(0, paren);
    for (unsigned k = 0; k < std::size(KindNames); ++k) {
        if (KindNames[k] != head) continue;
        Type t(static_cast<Kind>(k));
        if (!t.hasId())
            return paren == std::string_view::npos ? std::optional<Type>(t) : std::nullopt;
        if (paren == std::string_view::npos || text.back() != ')') return std::nullopt;
        std::string_view digits = text.substr(paren + 1, text.size() - paren - 2);
        uint32_t id = 0;
        auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
        if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty())
            return std::nullopt;
        return Type(static_cast<Kind>(k), id);
    }
    return std::nullopt;
}

} // namespace krait::ir
