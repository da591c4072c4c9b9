//===- set_ops_test.cpp - set and frozenset operators and methods ---------===//
#include "set_test.h"

#include "exception.h"
#include "set.h"

#include <gtest/gtest.h>

#include <string>

static kr_value op(int code, kr_value a, kr_value b) {
    return kr_binary_op(code, a, b);
}

/// The type name and sorted keys of a set result: "set [1, 2]".
static std::string kind_and_keys(kr_value v) {
    if (!v) return "<raised " + take_error() + ">";
    return std::string(kr_type_name(v)) + " " + sorted_repr(v);
}

//===--- Construction and printing ---------------------------------------===//

TEST(SetPrint, Forms) {
    EXPECT_EQ(repr(make(&kr_type_set)), "set()");
    EXPECT_EQ(repr(make(&kr_type_frozenset)), "frozenset()");
    EXPECT_EQ(repr(int_set({1})), "{1}");
    EXPECT_EQ(repr(int_set({3, 1, 2})), "{1, 2, 3}"); // small ints: table order
    EXPECT_EQ(repr(int_frozenset({2, 1})), "frozenset({1, 2})");
    EXPECT_EQ(repr(make(&kr_type_set, {kr_build_tuple(1, (kr_value[]){S("a")})})), "{'a'}");
    // A frozenset inside a set prints with its own form.
    kr_value s = kr_set_new(&kr_type_set);
    kr_set_add(s, int_frozenset({}));
    EXPECT_EQ(repr(s), "{frozenset()}");
    EXPECT_EQ(kr_obj_str(int_set({4})) ? repr(kr_obj_str(int_set({4}))) : "", "'{4}'");
}

TEST(SetMake, Arguments) {
    EXPECT_EQ(kind_and_keys(make(&kr_type_set, {S("abca")})), "set ['a', 'b', 'c']");
    EXPECT_EQ(kind_and_keys(make(&kr_type_frozenset, {ints_list({5, 5, 6})})), "frozenset [5, 6]");
    EXPECT_EQ(repr(make(&kr_type_set, {I(1)})), "<raised TypeError: 'int' object isn't iterable>");
    EXPECT_EQ(repr(make(&kr_type_set, {I(1), I(2)})),
              "<raised TypeError: function expected at most 1 arguments, got 2>");
    // frozenset(f) is f; set(f) and frozenset(s) copy.
    kr_value f = int_frozenset({1});
    EXPECT_EQ(make(&kr_type_frozenset, {f}), f);
    kr_value s = make(&kr_type_set, {f});
    EXPECT_NE(s, f);
    EXPECT_EQ(kind_and_keys(s), "set [1]");
    EXPECT_NE(make(&kr_type_frozenset, {s}), s);
}

//===--- Slots -----------------------------------------------------------===//

TEST(SetUnary, LenBoolHash) {
    EXPECT_EQ(kr_unary_op(KR_UNARY_LEN, int_set({1, 2, 3})), I(3));
    EXPECT_EQ(kr_truthy(int_set({})), 0);
    EXPECT_EQ(kr_truthy(int_frozenset({0})), 1);
    EXPECT_EQ(kr_unary_op(KR_UNARY_HASH, int_set({1})), 0u);
    EXPECT_EQ(take_error(), "TypeError: unsupported type for __hash__: 'set'");
    kr_value h1 = kr_unary_op(KR_UNARY_HASH, int_frozenset({1, 2, 3}));
    kr_value h2 = kr_unary_op(KR_UNARY_HASH, int_frozenset({3, 2, 1}));
    ASSERT_TRUE(h1);
    EXPECT_EQ(h1, h2);
    EXPECT_NE(h1, kr_unary_op(KR_UNARY_HASH, int_frozenset({1, 2})));
}

TEST(SetUnary, FrozensetsAreKeys) {
    kr_value outer = kr_set_new(&kr_type_set);
    ASSERT_TRUE(kr_set_add(outer, int_frozenset({1, 2})));
    ASSERT_TRUE(kr_set_add(outer, int_frozenset({2, 1})));
    EXPECT_EQ(kr_set_len(outer), 1u);
    EXPECT_EQ(kr_set_contains(outer, int_frozenset({1, 2})), 1);
    EXPECT_EQ(kr_set_contains(outer, int_frozenset({1})), 0);
    kr_value d = kr_dict_new();
    ASSERT_TRUE(kr_dict_set(d, int_frozenset({7}), S("seven")));
    EXPECT_EQ(repr(kr_dict_get(d, int_frozenset({7}))), "'seven'");
}

TEST(SetBinary, Membership) {
    kr_value s = int_set({1, 2});
    EXPECT_EQ(op(KR_BINARY_IN, I(1), s), True);
    EXPECT_EQ(op(KR_BINARY_NOT_IN, I(1), s), False);
    EXPECT_EQ(op(KR_BINARY_IN, S("x"), s), False);
    EXPECT_EQ(op(KR_BINARY_IN, ints_list({}), s), 0u);
    EXPECT_EQ(take_error(), "TypeError: unsupported type for __hash__: 'list'");
}

TEST(SetBinary, Comparisons) {
    kr_value a = int_set({1, 2}), b = int_set({1, 2, 3}), fa = int_frozenset({2, 1});
    EXPECT_EQ(op(KR_BINARY_EQ, a, fa), True);
    EXPECT_EQ(op(KR_BINARY_EQ, fa, a), True);
    EXPECT_EQ(op(KR_BINARY_NE, a, b), True);
    EXPECT_EQ(op(KR_BINARY_EQ, a, ints_list({1, 2})), False);
    EXPECT_EQ(op(KR_BINARY_LE, a, b), True);
    EXPECT_EQ(op(KR_BINARY_LT, a, b), True);
    EXPECT_EQ(op(KR_BINARY_LT, a, fa), False);
    EXPECT_EQ(op(KR_BINARY_LE, a, fa), True);
    EXPECT_EQ(op(KR_BINARY_GE, b, a), True);
    EXPECT_EQ(op(KR_BINARY_GT, b, a), True);
    EXPECT_EQ(op(KR_BINARY_GT, a, b), False);
    // Not a total order: neither is a subset of the other.
    kr_value c = int_set({3});
    EXPECT_EQ(op(KR_BINARY_LT, a, c), False);
    EXPECT_EQ(op(KR_BINARY_GT, a, c), False);
    EXPECT_EQ(op(KR_BINARY_LE, a, ints_list({1})), 0u);
    EXPECT_EQ(take_error(), "TypeError: unsupported types for __le__: 'set', 'list'");
}

TEST(SetBinary, Algebra) {
    kr_value a = int_set({1, 2, 3}), b = int_frozenset({3, 4});
    EXPECT_EQ(kind_and_keys(op(KR_BINARY_OR, a, b)), "set [1, 2, 3, 4]");
    EXPECT_EQ(kind_and_keys(op(KR_BINARY_AND, a, b)), "set [3]");
    EXPECT_EQ(kind_and_keys(op(KR_BINARY_SUB, a, b)), "set [1, 2]");
    EXPECT_EQ(kind_and_keys(op(KR_BINARY_XOR, a, b)), "set [1, 2, 4]");
    // The left operand decides the kind.
    EXPECT_EQ(kind_and_keys(op(KR_BINARY_OR, b, a)), "frozenset [1, 2, 3, 4]");
    EXPECT_EQ(kind_and_keys(op(KR_BINARY_AND, b, a)), "frozenset [3]");
    EXPECT_EQ(kind_and_keys(op(KR_BINARY_SUB, b, a)), "frozenset [4]");
    EXPECT_EQ(kind_and_keys(op(KR_BINARY_XOR, b, a)), "frozenset [1, 2, 4]");
    // The operands are untouched.
    EXPECT_EQ(sorted_repr(a), "[1, 2, 3]");
    EXPECT_EQ(sorted_repr(b), "[3, 4]");
    // With itself.
    EXPECT_EQ(kind_and_keys(op(KR_BINARY_AND, a, a)), "set [1, 2, 3]");
    EXPECT_EQ(kind_and_keys(op(KR_BINARY_SUB, a, a)), "set []");
    EXPECT_EQ(kind_and_keys(op(KR_BINARY_XOR, a, a)), "set []");
    // Only sets on the right.
    EXPECT_EQ(op(KR_BINARY_OR, a, ints_list({9})), 0u);
    EXPECT_EQ(take_error(), "TypeError: unsupported types for __or__: 'set', 'list'");
    EXPECT_EQ(op(KR_BINARY_ADD, a, a), 0u);
    EXPECT_EQ(take_error(), "TypeError: unsupported types for __add__: 'set', 'set'");
}

TEST(SetBinary, InPlaceKeepsIdentity) {
    kr_value s = int_set({1, 2, 3});
    EXPECT_EQ(op(KR_BINARY_INPLACE_OR, s, int_set({4})), s);
    EXPECT_EQ(sorted_repr(s), "[1, 2, 3, 4]");
    EXPECT_EQ(op(KR_BINARY_INPLACE_AND, s, int_frozenset({2, 3, 4, 5})), s);
    EXPECT_EQ(sorted_repr(s), "[2, 3, 4]");
    EXPECT_EQ(op(KR_BINARY_INPLACE_SUB, s, int_set({3})), s);
    EXPECT_EQ(sorted_repr(s), "[2, 4]");
    EXPECT_EQ(op(KR_BINARY_INPLACE_XOR, s, int_set({4, 6})), s);
    EXPECT_EQ(sorted_repr(s), "[2, 6]");
    EXPECT_EQ(op(KR_BINARY_INPLACE_OR, s, s), s);
    EXPECT_EQ(sorted_repr(s), "[2, 6]");
    EXPECT_EQ(op(KR_BINARY_INPLACE_AND, s, s), s);
    EXPECT_EQ(sorted_repr(s), "[2, 6]");
    EXPECT_EQ(op(KR_BINARY_INPLACE_XOR, s, s), s);
    EXPECT_EQ(sorted_repr(s), "[]");
    EXPECT_EQ(op(KR_BINARY_INPLACE_OR, s, ints_tuple({1})), 0u);
    EXPECT_EQ(take_error(), "TypeError: unsupported types for __ior__: 'set', 'tuple'");
}

TEST(SetBinary, InPlaceOnFrozensetBuildsANewOne) {
    kr_value f = int_frozenset({1});
    kr_value r = op(KR_BINARY_INPLACE_OR, f, int_set({2}));
    EXPECT_NE(r, f);
    EXPECT_EQ(kind_and_keys(r), "frozenset [1, 2]");
    EXPECT_EQ(sorted_repr(f), "[1]");
    r = op(KR_BINARY_INPLACE_SUB, f, int_set({1}));
    EXPECT_EQ(repr(r), "frozenset()");
}

//===--- Methods ---------------------------------------------------------===//

TEST(SetMethods, AddRemoveDiscardPopClear) {
    kr_value s = kr_set_new(&kr_type_set);
    EXPECT_EQ(call_method(s, "add", {I(4)}), None);
    EXPECT_EQ(call_method(s, "add", {I(4)}), None);
    EXPECT_EQ(call_method(s, "add", {S("x")}), None);
    EXPECT_EQ(kr_set_len(s), 2u);
    EXPECT_EQ(call_method(s, "remove", {I(4)}), None);
    EXPECT_EQ(call_method(s, "remove", {I(4)}), 0u);
    EXPECT_EQ(take_error(), "KeyError: 4");
    EXPECT_EQ(call_method(s, "discard", {I(4)}), None);
    EXPECT_EQ(call_method(s, "discard", {S("x")}), None);
    EXPECT_EQ(kr_set_len(s), 0u);
    EXPECT_EQ(call_method(s, "pop"), 0u);
    EXPECT_EQ(take_error(), "KeyError: pop from an empty set");
    call_method(s, "add", {I(9)});
    EXPECT_EQ(call_method(s, "pop"), I(9));
    call_method(s, "update", {ints_list({1, 2})});
    EXPECT_EQ(call_method(s, "clear"), None);
    EXPECT_EQ(repr(s), "set()");
    EXPECT_EQ(call_method(s, "add", {ints_list({})}), 0u);
    EXPECT_EQ(take_error(), "TypeError: unsupported type for __hash__: 'list'");
    EXPECT_EQ(call_method(s, "add"), 0u);
    EXPECT_EQ(take_error(), "TypeError: function takes 2 positional arguments but 1 were given");
}

TEST(SetMethods, Copy) {
    kr_value s = int_set({1, 2});
    kr_value c = call_method(s, "copy");
    EXPECT_NE(c, s);
    EXPECT_EQ(kind_and_keys(c), "set [1, 2]");
    kr_set_add(c, I(3));
    EXPECT_EQ(kr_set_len(s), 2u);
    kr_value f = int_frozenset({1});
    EXPECT_EQ(call_method(f, "copy"), f); // immutable: no copy needed
}

TEST(SetMethods, UpdateAndUnionTakeManyIterables) {
    kr_value s = int_set({1});
    EXPECT_EQ(call_method(s, "update", {ints_list({2}), ints_tuple({3}), S("a")}), None);
    EXPECT_EQ(kr_set_len(s), 4u);
    EXPECT_EQ(call_method(s, "update"), None);
    kr_value u = call_method(int_frozenset({1}), "union", {ints_list({2}), int_set({3})});
    EXPECT_EQ(kind_and_keys(u), "frozenset [1, 2, 3]");
    EXPECT_EQ(kind_and_keys(call_method(int_set({1}), "union")), "set [1]");
    EXPECT_EQ(call_method(s, "update", {ints_list({}), I(5)}), 0u);
    EXPECT_EQ(take_error(), "TypeError: 'int' object isn't iterable");
}

TEST(SetMethods, Intersection) {
    kr_value s = int_set({1, 2, 3, 4});
    EXPECT_EQ(kind_and_keys(call_method(s, "intersection", {ints_list({2, 3, 9})})), "set [2, 3]");
    EXPECT_EQ(
        kind_and_keys(call_method(s, "intersection",
                                  {ints_list({2, 3, 4}), ints_tuple({4, 3}), int_frozenset({3})})),
        "set [3]");
    EXPECT_EQ(kind_and_keys(call_method(int_frozenset({1, 2}), "intersection", {s})),
              "frozenset [1, 2]");
    kr_value copy = call_method(s, "intersection");
    EXPECT_NE(copy, s);
    EXPECT_EQ(kind_and_keys(copy), "set [1, 2, 3, 4]");
    EXPECT_EQ(call_method(s, "intersection_update", {ints_list({4, 1, 7}), int_set({1, 4})}), None);
    EXPECT_EQ(sorted_repr(s), "[1, 4]");
    EXPECT_EQ(call_method(s, "intersection_update", {ints_list({})}), None);
    EXPECT_EQ(repr(s), "set()");
}

TEST(SetMethods, Difference) {
    kr_value s = int_set({1, 2, 3, 4});
    EXPECT_EQ(kind_and_keys(call_method(s, "difference", {ints_list({1}), ints_tuple({4, 5})})),
              "set [2, 3]");
    EXPECT_EQ(kind_and_keys(call_method(int_frozenset({1, 2}), "difference", {ints_list({2})})),
              "frozenset [1]");
    EXPECT_EQ(call_method(s, "difference_update", {int_set({2}), ints_list({3})}), None);
    EXPECT_EQ(sorted_repr(s), "[1, 4]");
    EXPECT_EQ(call_method(s, "difference_update", {s}), None);
    EXPECT_EQ(repr(s), "set()");
    EXPECT_EQ(call_method(int_set({1}), "difference", {ints_list({1}), I(0)}), 0u);
    EXPECT_EQ(take_error(), "TypeError: 'int' object isn't iterable");
}

TEST(SetMethods, SymmetricDifference) {
    kr_value s = int_set({1, 2, 3});
    // Repeated items of an iterable toggle once.
    EXPECT_EQ(kind_and_keys(call_method(s, "symmetric_difference", {ints_list({3, 4, 4})})),
              "set [1, 2, 4]");
    EXPECT_EQ(call_method(s, "symmetric_difference_update", {ints_tuple({1, 5, 5})}), None);
    EXPECT_EQ(sorted_repr(s), "[2, 3, 5]");
    EXPECT_EQ(call_method(s, "symmetric_difference_update", {s}), None);
    EXPECT_EQ(repr(s), "set()");
    EXPECT_EQ(call_method(s, "symmetric_difference", {ints_list({1}), ints_list({2})}), 0u);
    EXPECT_EQ(take_error(), "TypeError: function takes 2 positional arguments but 3 were given");
}

TEST(SetMethods, SubsetSupersetDisjoint) {
    kr_value s = int_set({1, 2});
    EXPECT_EQ(call_method(s, "issubset", {ints_list({2, 1, 3})}), True);
    EXPECT_EQ(call_method(s, "issubset", {ints_list({1})}), False);
    EXPECT_EQ(call_method(s, "issubset", {int_frozenset({1, 2})}), True);
    EXPECT_EQ(call_method(s, "issuperset", {ints_tuple({1, 1})}), True);
    EXPECT_EQ(call_method(s, "issuperset", {ints_list({3})}), False);
    EXPECT_EQ(call_method(s, "issuperset", {ints_list({})}), True);
    EXPECT_EQ(call_method(s, "isdisjoint", {ints_list({3, 4})}), True);
    EXPECT_EQ(call_method(s, "isdisjoint", {ints_list({3, 2})}), False);
    EXPECT_EQ(call_method(s, "isdisjoint", {int_set({0, 5, 6, 7, 8})}), True);
    EXPECT_EQ(call_method(s, "isdisjoint", {int_set({0, 5, 6, 7, 2})}), False);
    EXPECT_EQ(call_method(int_frozenset({}), "issubset", {ints_list({})}), True);
    EXPECT_EQ(call_method(s, "issuperset", {I(1)}), 0u);
    EXPECT_EQ(take_error(), "TypeError: 'int' object isn't iterable");
    EXPECT_EQ(call_method(s, "isdisjoint", {kr_build_tuple(1, (kr_value[]){ints_list({})})}), 0u);
    EXPECT_EQ(take_error(), "TypeError: unsupported type for __hash__: 'list'");
}

TEST(SetMethods, FrozensetHasNoMutators) {
    kr_value f = int_frozenset({1});
    for (const char *name :
         {"add", "remove", "discard", "pop", "clear", "update", "intersection_update",
          "difference_update", "symmetric_difference_update"}) {
        EXPECT_EQ(kr_getattr(f, S(name)), 0u) << name;
        EXPECT_EQ(take_error(),
                  std::string("AttributeError: 'frozenset' object has no attribute '") + name +
                      "'");
    }
}

TEST(SetMethods, CalledThroughTheClassCheckSelf) {
    kr_value add = kr_getattr(kr_val(&kr_type_set), S("add"));
    ASSERT_TRUE(add);
    kr_value args[2] = {int_frozenset({}), I(1)};
    EXPECT_EQ(kr_call(add, 2, args), 0u);
    EXPECT_EQ(
        take_error(),
        "TypeError: descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object");
    kr_value s = int_set({});
    args[0] = s;
    EXPECT_EQ(kr_call(add, 2, args), None);
    EXPECT_EQ(repr(s), "{1}");
}
