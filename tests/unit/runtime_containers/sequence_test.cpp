//===- sequence_test.cpp - tuple, list, range, slice -----------------------===//
#include "containers_test.h"

#include "list.h"
#include "slice.h"
#include "tuple.h"

#include <gtest/gtest.h>

#include <vector>

static kr_value binop(enum kr_binary_op op, kr_value a, kr_value b) {
    return kr_type_of(a)->binary_op(op, a, b);
}
static kr_value sl(kr_value a, kr_value b, kr_value c = kr_val(&kr_None)) {
    return kr_build_slice(a, b, c);
}
static kr_value get(kr_value o, kr_value i) {
    return kr_type_of(o)->getitem(o, i);
}
static kr_value set(kr_value o, kr_value i, kr_value v) {
    return kr_type_of(o)->setitem(o, i, v);
}

TEST(Slice, Resolve) {
    kr_slice_range r;
    ASSERT_TRUE(kr_slice_resolve(sl(None, None), 5, &r));
    EXPECT_EQ(r.start, 0);
    EXPECT_EQ(r.count, 5u);
    ASSERT_TRUE(kr_slice_resolve(sl(None, None, I(-1)), 5, &r));
    EXPECT_EQ(r.start, 4);
    EXPECT_EQ(r.step, -1);
    EXPECT_EQ(r.count, 5u);
    ASSERT_TRUE(kr_slice_resolve(sl(I(-3), I(-1)), 5, &r));
    EXPECT_EQ(r.start, 2);
    EXPECT_EQ(r.count, 2u);
    ASSERT_TRUE(kr_slice_resolve(sl(I(10), I(-10), I(-3)), 5, &r));
    EXPECT_EQ(r.start, 4);
    EXPECT_EQ(r.count, 2u);
    ASSERT_TRUE(kr_slice_resolve(sl(I(1), I(1)), 5, &r));
    EXPECT_EQ(r.count, 0u);
    ASSERT_TRUE(kr_slice_resolve(sl(None, None, I(100)), 5, &r));
    EXPECT_EQ(r.count, 1u);
    ASSERT_TRUE(kr_slice_resolve(sl(None, None), 0, &r));
    EXPECT_EQ(r.count, 0u);
    EXPECT_FALSE(kr_slice_resolve(sl(S("a"), None), 5, &r));
    EXPECT_EQ(take_error(),
              "TypeError: slice indices must be integers or None or have an __index__ method");
    EXPECT_EQ(repr(sl(I(1), I(2))), "slice(1, 2, None)");
}

TEST(Tuple, ReprAndBasics) {
    EXPECT_EQ(repr(kr_tuple_new(0)), "()");
    EXPECT_EQ(repr(ints_tuple({1})), "(1,)");
    kr_value items[2] = {I(1), S("a")};
    EXPECT_EQ(repr(kr_build_tuple(2, items)), "(1, 'a')");
    kr_value t = ints_tuple({1, 2, 3});
    EXPECT_EQ(kr_type_tuple.unary_op(KR_UNARY_LEN, t), I(3));
    EXPECT_EQ(kr_type_tuple.unary_op(KR_UNARY_HASH, t),
              kr_type_tuple.unary_op(KR_UNARY_HASH, ints_tuple({1, 2, 3})));
    EXPECT_NE(kr_type_tuple.unary_op(KR_UNARY_HASH, t),
              kr_type_tuple.unary_op(KR_UNARY_HASH, ints_tuple({3, 2, 1})));
    EXPECT_EQ(repr(get(t, I(-1))), "3");
    EXPECT_EQ(repr(get(t, I(3))), "<raised IndexError: tuple index out of range>");
    EXPECT_EQ(repr(get(t, sl(None, None, I(-1)))), "(3, 2, 1)");
    EXPECT_EQ(repr(set(t, I(0), I(1))),
              "<raised TypeError: 'tuple' object doesn't support item assignment>");
    EXPECT_EQ(repr(binop(KR_BINARY_ADD, t, ints_tuple({4}))), "(1, 2, 3, 4)");
    EXPECT_EQ(repr(binop(KR_BINARY_MUL, ints_tuple({1, 2}), I(2))), "(1, 2, 1, 2)");
    EXPECT_EQ(binop(KR_BINARY_IN, t, I(2)), True);
    EXPECT_EQ(binop(KR_BINARY_IN, t, I(5)), False);
    EXPECT_EQ(binop(KR_BINARY_LT, ints_tuple({1, 2}), ints_tuple({1, 3})), True);
    EXPECT_EQ(binop(KR_BINARY_LT, ints_tuple({1, 2}), ints_tuple({1, 2, 0})), True);
    EXPECT_EQ(binop(KR_BINARY_EQ, ints_tuple({1, 2}), ints_tuple({1, 2})), True);
    EXPECT_EQ(binop(KR_BINARY_GE, ints_tuple({2}), ints_tuple({1, 9})), True);
    EXPECT_EQ(mrepr(ints_tuple({1, 2, 1}), "count", {I(1)}), "2");
    EXPECT_EQ(mrepr(ints_tuple({1, 2, 1}), "index", {I(1), I(1)}), "2");
    EXPECT_EQ(mrepr(ints_tuple({1}), "index", {I(5)}),
              "<raised ValueError: object not in sequence>");
    EXPECT_EQ(repr(make(&kr_type_tuple, {ints_list({4, 5})})), "(4, 5)");
    EXPECT_EQ(repr(make(&kr_type_tuple, {S("ab")})), "('a', 'b')");
    EXPECT_EQ(drain(t), "[1, 2, 3]");
}

TEST(List, ReprAndBasics) {
    kr_value l = ints_list({1, 2, 3});
    EXPECT_EQ(repr(l), "[1, 2, 3]");
    EXPECT_EQ(repr(kr_list_new(0)), "[]");
    EXPECT_EQ(kr_type_list.unary_op(KR_UNARY_LEN, l), I(3));
    EXPECT_EQ(repr(kr_type_list.unary_op(KR_UNARY_HASH, l)),
              "<raised TypeError: unsupported type for __hash__: 'list'>");
    EXPECT_EQ(repr(get(l, I(5))), "<raised IndexError: list index out of range>");
    EXPECT_EQ(repr(get(l, S("x"))), "<raised TypeError: list indices must be integers, not str>");
    EXPECT_EQ(repr(binop(KR_BINARY_ADD, l, ints_list({4}))), "[1, 2, 3, 4]");
    EXPECT_EQ(repr(binop(KR_BINARY_MUL, ints_list({0}), I(3))), "[0, 0, 0]");
    kr_value m = ints_list({1});
    EXPECT_EQ(binop(KR_BINARY_INPLACE_ADD, m, ints_tuple({2, 3})), m);
    EXPECT_EQ(repr(m), "[1, 2, 3]");
    EXPECT_EQ(binop(KR_BINARY_INPLACE_MUL, m, I(2)), m);
    EXPECT_EQ(repr(m), "[1, 2, 3, 1, 2, 3]");
    EXPECT_EQ(binop(KR_BINARY_EQ, l, ints_list({1, 2, 3})), True);
    EXPECT_EQ(binop(KR_BINARY_LT, l, ints_list({1, 3})), True);
    EXPECT_EQ(drain(l), "[1, 2, 3]");
    EXPECT_EQ(repr(make(&kr_type_list, {S("ab")})), "['a', 'b']");
    // A list containing itself is extended by its old contents only.
    kr_value self_ext = ints_list({1, 2});
    EXPECT_TRUE(kr_list_extend(self_ext, self_ext));
    EXPECT_EQ(repr(self_ext), "[1, 2, 1, 2]");
}

TEST(List, SelfReferenceRaisesInsteadOfCrashing) {
    kr_value l = ints_list({1});
    kr_list_append(l, l);
    EXPECT_EQ(repr(l), "<print raised RuntimeError: maximum recursion depth exceeded>");
    kr_value m = ints_list({1});
    kr_list_append(m, m);
    EXPECT_EQ(kr_type_list.binary_op(KR_BINARY_EQ, l, m), 0u);
    EXPECT_EQ(take_error(), "RuntimeError: maximum recursion depth exceeded");
}

TEST(List, SliceAssignAndDelete) {
    kr_value l = ints_list({0, 1, 2, 3, 4, 5});
    EXPECT_TRUE(set(l, sl(I(1), I(3)), ints_list({9})));
    EXPECT_EQ(repr(l), "[0, 9, 3, 4, 5]");
    EXPECT_TRUE(set(l, sl(I(1), I(1)), ints_tuple({7, 7, 7})));
    EXPECT_EQ(repr(l), "[0, 7, 7, 7, 9, 3, 4, 5]");
    EXPECT_TRUE(set(l, sl(None, None, I(2)), ints_list({-1, -2, -3, -4})));
    EXPECT_EQ(repr(l), "[-1, 7, -2, 7, -3, 3, -4, 5]");
    EXPECT_EQ(repr(set(l, sl(None, None, I(2)), ints_list({1}))),
              "<raised ValueError: attempt to assign sequence of size 1 to extended slice of "
              "size 4>");
    EXPECT_TRUE(set(l, sl(None, None, I(-2)), ints_list({10, 20, 30, 40})));
    EXPECT_EQ(repr(l), "[-1, 40, -2, 30, -3, 20, -4, 10]");
    EXPECT_TRUE(set(l, sl(None, None, I(3)), 0));
    EXPECT_EQ(repr(l), "[40, -2, -3, 20, 10]");
    EXPECT_TRUE(set(l, sl(None, None, I(-2)), 0));
    EXPECT_EQ(repr(l), "[-2, 20]");
    EXPECT_TRUE(set(l, sl(None, None), l));
    EXPECT_EQ(repr(l), "[-2, 20]");
    EXPECT_TRUE(set(l, sl(I(5), None), S("ab")));
    EXPECT_EQ(repr(l), "[-2, 20, 'a', 'b']");
    EXPECT_TRUE(set(l, I(0), 0));
    EXPECT_EQ(repr(l), "[20, 'a', 'b']");
    EXPECT_TRUE(set(l, I(-1), I(0)));
    EXPECT_EQ(repr(l), "[20, 'a', 0]");
    EXPECT_TRUE(set(l, sl(None, None), 0));
    EXPECT_EQ(repr(l), "[]");
}

TEST(List, Methods) {
    kr_value l = kr_list_new(0);
    EXPECT_EQ(call_method(l, "append", {I(1)}), None);
    call_method(l, "extend", {ints_tuple({2, 3})});
    call_method(l, "insert", {I(0), I(0)});
    call_method(l, "insert", {I(-1), I(9)});
    call_method(l, "insert", {I(100), I(10)});
    EXPECT_EQ(repr(l), "[0, 1, 2, 9, 3, 10]");
    EXPECT_EQ(mrepr(l, "pop"), "10");
    EXPECT_EQ(mrepr(l, "pop", {I(0)}), "0");
    EXPECT_EQ(mrepr(l, "pop", {I(10)}), "<raised IndexError: list index out of range>");
    EXPECT_EQ(mrepr(kr_list_new(0), "pop"), "<raised IndexError: pop from empty list>");
    EXPECT_EQ(call_method(l, "remove", {I(9)}), None);
    EXPECT_EQ(mrepr(l, "remove", {I(9)}), "<raised ValueError: object not in sequence>");
    EXPECT_EQ(repr(l), "[1, 2, 3]");
    EXPECT_EQ(mrepr(l, "index", {I(3)}), "2");
    EXPECT_EQ(mrepr(l, "count", {I(3)}), "1");
    call_method(l, "reverse");
    EXPECT_EQ(repr(l), "[3, 2, 1]");
    kr_value c = call_method(l, "copy");
    call_method(l, "clear");
    EXPECT_EQ(repr(l), "[]");
    EXPECT_EQ(repr(c), "[3, 2, 1]");
    call_method(l, "append", {I(5)});
    EXPECT_EQ(repr(l), "[5]");
}

TEST(List, SortIsStableWithKeyAndReverse) {
    // (key, tag) pairs: sorting by the first item must keep tags in order.
    const int keys[] = {3, 1, 2, 1, 3, 2, 1, 0, 2, 3, 1, 0};
    kr_value l = kr_list_new(0);
    for (int i = 0; i < 12; i++) {
        kr_value pair[2] = {I(keys[i]), I(i)};
        kr_list_append(l, kr_build_tuple(2, pair));
    }
    EXPECT_EQ(call_method(l, "sort"), None);
    EXPECT_EQ(repr(l), "[(0, 7), (0, 11), (1, 1), (1, 3), (1, 6), (1, 10), (2, 2), (2, 5), "
                       "(2, 8), (3, 0), (3, 4), (3, 9)]");
    kr_value big = kr_list_new(0);
    for (int i = 0; i < 200; i++)
        kr_list_append(big, I((i * 37) % 101));
    EXPECT_EQ(call_method(big, "sort", {}, {{"reverse", True}}), None);
    size_t n;
    kr_value *v = kr_list_items(big, &n);
    for (size_t i = 1; i < n; i++)
        EXPECT_GE(kr_small_int_value(v[i - 1]), kr_small_int_value(v[i]));
    kr_value words = kr_list_new(0);
    for (const char *w : {"ccc", "a", "bb", "dd", "e"})
        kr_list_append(words, S(w));
    kr_value len_fn = kr_builtin_load(S("len"));
    ASSERT_TRUE(len_fn);
    EXPECT_EQ(call_method(words, "sort", {}, {{"key", len_fn}}), None);
    EXPECT_EQ(repr(words), "['a', 'e', 'bb', 'dd', 'ccc']");
    EXPECT_EQ(call_method(words, "sort", {}, {{"key", len_fn}, {"reverse", True}}), None);
    EXPECT_EQ(repr(words), "['ccc', 'bb', 'dd', 'a', 'e']");
    kr_value mixed = kr_list_new(0);
    kr_list_append(mixed, I(1));
    kr_list_append(mixed, S("a"));
    EXPECT_EQ(call_method(mixed, "sort"), 0u);
    EXPECT_NE(take_error().find("TypeError"), std::string::npos);
    EXPECT_EQ(kr_type_list.unary_op(KR_UNARY_LEN, mixed), I(2));
}

TEST(Range, Basics) {
    kr_value r = make(&kr_type_range, {I(5)});
    EXPECT_EQ(repr(r), "range(0, 5)");
    EXPECT_EQ(repr(make(&kr_type_range, {I(0), I(10), I(2)})), "range(0, 10, 2)");
    EXPECT_EQ(repr(make(&kr_type_range, {I(0), I(10), I(0)})), "<raised ValueError: zero step>");
    EXPECT_EQ(kr_type_range.unary_op(KR_UNARY_LEN, r), I(5));
    EXPECT_EQ(drain(make(&kr_type_range, {I(10), I(0), I(-3)})), "[10, 7, 4, 1]");
    EXPECT_EQ(drain(make(&kr_type_range, {I(3), I(1)})), "[]");
    kr_value odd = make(&kr_type_range, {I(1), I(10), I(2)});
    EXPECT_EQ(kr_type_range.unary_op(KR_UNARY_LEN, odd), I(5));
    EXPECT_EQ(get(odd, I(-1)), I(9));
    EXPECT_EQ(repr(get(odd, I(5))), "<raised IndexError: range index out of range>");
    EXPECT_EQ(repr(get(odd, sl(I(1), None))), "range(3, 11, 2)");
    EXPECT_EQ(binop(KR_BINARY_IN, odd, I(7)), True);
    EXPECT_EQ(binop(KR_BINARY_IN, odd, I(8)), False);
    EXPECT_EQ(binop(KR_BINARY_IN, odd, I(11)), False);
    EXPECT_EQ(binop(KR_BINARY_EQ, make(&kr_type_range, {I(0)}), make(&kr_type_range, {I(5), I(1)})),
              True);
    EXPECT_EQ(repr(make(&kr_type_range, {S("a")})), "<raised TypeError: can't convert str to int>");
}
