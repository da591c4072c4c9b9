//===- Type.h - Static types of IR values ----------------------*- C++ -*-===//
///
/// \file
/// The type lattice of docs/IR.md: `object` on top, one kind per built-in
/// Python type below it, plus known functions, classes and instances. Two
/// kinds sit outside the lattice: `void` (no result) and `unpacked` (the
/// result of `unpack`, only usable by `extract`).
///
/// Representation: `bool` is the native truth bit (what `truth`, `is.stop`
/// and `exc.match` produce and `branch` consumes); every other value kind is
/// one boxed `kr_value`. Python's True/False objects are `object`-typed.
///
//===----------------------------------------------------------------------===//

#ifndef KRAIT_IR_TYPE_H
#define KRAIT_IR_TYPE_H

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace krait::ir {

/// A static type: a kind plus, for Func/Class/Instance, an id (the index of
/// the function in its module, or a class number chosen by the pass that
/// discovered the class).
class Type {
  public:
    /// Every kind of type.
    enum Kind : uint8_t {
        Void,     ///< No value (instructions without a result).
        Unpacked, ///< The result of `unpack`/`unpack.ex`.
        Object,   ///< Any boxed value: the top of the lattice.
        Int,
        Float,
        Bool, ///< The native truth bit.
        None,
        Str,
        Bytes,
        List,
        Tuple,
        Dict,
        Set,
        Func,     ///< A known function (id = function index in the module).
        Class,    ///< A known class (id = class number).
        Instance, ///< An instance of a known class (id = class number).
        Complex,  ///< Python `complex` (an exact complex object).
    };

    /// The default type is `object`.
    constexpr Type() = default;
    /// A type of a kind without id.
    constexpr explicit Type(Kind k, uint32_t id = 0) : kind_(k), id_(id) {}

    /// The type of instructions without a result.
    static constexpr Type voidTy() { return Type(Void); }
    /// The type of `unpack` results.
    static constexpr Type unpacked() { return Type(Unpacked); }
    /// Any boxed value.
    static constexpr Type object() { return Type(Object); }
    /// Python `int` (boxed, any size).
    static constexpr Type integer() { return Type(Int); }
    /// Python `float`.
    static constexpr Type floating() { return Type(Float); }
    /// The native truth bit.
    static constexpr Type boolean() { return Type(Bool); }
    /// The type of `None`.
    static constexpr Type none() { return Type(None); }
    /// Python `str`.
    static constexpr Type string() { return Type(Str); }
    /// Python `bytes`.
    static constexpr Type bytes() { return Type(Bytes); }
    /// Python `list`.
    static constexpr Type list() { return Type(List); }
    /// Python `tuple`.
    static constexpr Type tuple() { return Type(Tuple); }
    /// Python `dict`.
    static constexpr Type dict() { return Type(Dict); }
    /// Python `set`.
    static constexpr Type set() { return Type(Set); }
    /// Python `complex`.
    static constexpr Type complex() { return Type(Complex); }
    /// The known function with index `id` in its module.
    static constexpr Type func(uint32_t id) { return Type(Func, id); }
    /// The known class number `id`.
    static constexpr Type classOf(uint32_t id) { return Type(Class, id); }
    /// An instance of the known class number `id`.
    static constexpr Type instance(uint32_t id) { return Type(Instance, id); }

    /// The kind.
    constexpr Kind kind() const { return kind_; }
    /// The id of a Func/Class/Instance type (0 otherwise).
    constexpr uint32_t id() const { return id_; }

    /// True for `void`.
    constexpr bool isVoid() const { return kind_ == Void; }
    /// True for `unpacked`.
    constexpr bool isUnpacked() const { return kind_ == Unpacked; }
    /// True for `object`.
    constexpr bool isObject() const { return kind_ == Object; }
    /// True for the native truth bit.
    constexpr bool isBool() const { return kind_ == Bool; }
    /// True for kinds that carry an id.
    constexpr bool hasId() const { return kind_ == Func || kind_ == Class || kind_ == Instance; }
    /// True when values of this type are a boxed `kr_value` (every lattice
    /// member except the native `bool`).
    constexpr bool isBoxed() const { return kind_ >= Object && kind_ != Bool; }
    /// True for members of the lattice (not void, not unpacked).
    constexpr bool isValue() const { return kind_ >= Object; }

    /// Least upper bound: equal types join to themselves, anything else to
    /// `object`. Only meaningful for value types.
    static constexpr Type join(Type a, Type b) { return a == b ? a : object(); }

    /// True when `*this` is `other` or below it in the lattice.
    constexpr bool isSubtypeOf(Type other) const { return *this == other || other.isObject(); }

    friend constexpr bool operator==(Type a, Type b) {
        return a.kind_ == b.kind_ && a.id_ == b.id_;
    }
    friend constexpr bool operator!=(Type a, Type b) { return !(a == b); }

    /// Printed spelling: "object", "int", "None", "func(3)", "instance(1)"...
    std::string str() const;
    /// Parses a spelling produced by `str()`; nullopt when malformed.
    static std::optional<Type> parse(std::string_view text);

  private:
    Kind kind_ = Object;
    uint32_t id_ = 0;
};

} // namespace krait::ir

#endif // KRAIT_IR_TYPE_H
