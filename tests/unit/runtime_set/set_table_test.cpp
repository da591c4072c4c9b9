//===- set_table_test.cpp - the hash table behind set and frozenset -------===//
#include "set_test.h"

#include "exception.h"
#include "floatobj.h"
#include "set.h"

#include <gtest/gtest.h>

static kr_set *as_set(kr_value v) {
    return (kr_set *)kr_obj(v);
}

/// Recount the table: used and fill must match its slots, the table must be
/// a power of two that is never more than 3/5 full.
static void expect_consistent(kr_value v) {
    kr_set *s = as_set(v);
    if (!s->table) {
        EXPECT_EQ(s->used, 0u);
        EXPECT_EQ(s->fill, 0u);
        return;
    }
    size_t size = s->mask + 1, live = 0, dummies = 0;
    EXPECT_EQ(size & s->mask, 0u) << "size " << size << " is not a power of two";
    for (size_t i = 0; i < size; i++) {
        if (s->table[i].key == KR_SET_DUMMY)
            dummies++;
        else if (s->table[i].key)
            live++;
    }
    EXPECT_EQ(live, s->used);
    EXPECT_EQ(live + dummies, s->fill);
    EXPECT_LT(s->fill * 5, s->mask * 3);
}

TEST(SetTable, EmptySetHasNoTable) {
    kr_value s = kr_set_new(&kr_type_set);
    ASSERT_TRUE(s);
    EXPECT_EQ(as_set(s)->table, nullptr);
    EXPECT_EQ(kr_set_len(s), 0u);
    EXPECT_EQ(kr_set_contains(s, I(1)), 0);
    EXPECT_EQ(kr_set_discard(s, I(1)), 0);
    size_t pos = 0;
    EXPECT_EQ(kr_set_next(s, &pos), nullptr);
    EXPECT_EQ(kr_set_pop(s), KR_NOTFOUND);
}

TEST(SetTable, AddIsIdempotent) {
    kr_value s = kr_set_new(&kr_type_set);
    EXPECT_EQ(kr_set_add(s, I(5)), None);
    EXPECT_EQ(kr_set_add(s, I(5)), None);
    EXPECT_EQ(kr_set_add(s, S("a")), None);
    EXPECT_EQ(kr_set_add(s, kr_str_new("a", 1)), None); // equal str, other object
    EXPECT_EQ(kr_set_len(s), 2u);
    EXPECT_EQ(as_set(s)->mask + 1, 8u); // the smallest table
    expect_consistent(s);
}

TEST(SetTable, GrowthKeepsEveryKey) {
    kr_value s = kr_set_new(&kr_type_set);
    size_t last_size = 0, resizes = 0;
    for (kr_int i = 0; i < 20000; i++) {
        ASSERT_TRUE(kr_set_add(s, I(i)));
        if (as_set(s)->mask + 1 != last_size) {
            last_size = as_set(s)->mask + 1;
            resizes++;
        }
    }
    EXPECT_EQ(kr_set_len(s), 20000u);
    // Growing about 4x at a time: few resizes.
    EXPECT_LE(resizes, 9u);
    expect_consistent(s);
    for (kr_int i = 0; i < 20000; i++)
        ASSERT_EQ(kr_set_contains(s, I(i)), 1) << i;
    EXPECT_EQ(kr_set_contains(s, I(20000)), 0);
    EXPECT_EQ(kr_set_contains(s, I(-1)), 0);
}

TEST(SetTable, CollidingHashes) {
    // Multiples of 4096 all start probing at slot 0 of tables up to 4096
    // slots; negative ints and big strides exercise the perturbed probes.
    kr_value s = kr_set_new(&kr_type_set);
    for (kr_int i = -300; i < 300; i++)
        ASSERT_TRUE(kr_set_add(s, I(i * 4096)));
    EXPECT_EQ(kr_set_len(s), 600u);
    expect_consistent(s);
    for (kr_int i = -300; i < 300; i++) {
        ASSERT_EQ(kr_set_contains(s, I(i * 4096)), 1);
        ASSERT_EQ(kr_set_contains(s, I(i * 4096 + 1)), 0);
    }
}

TEST(SetTable, DeletionLeavesDummiesThatProbesPass) {
    kr_value s = kr_set_new(&kr_type_set);
    // Four keys that collide in an 8-slot table.
    for (kr_int k : {0, 8, 16, 24})
        kr_set_add(s, I(k));
    ASSERT_EQ(as_set(s)->mask + 1, 8u);
    EXPECT_EQ(kr_set_discard(s, I(8)), 1);
    EXPECT_EQ(kr_set_discard(s, I(8)), 0);
    EXPECT_EQ(kr_set_len(s), 3u);
    EXPECT_EQ(as_set(s)->fill, 4u); // the dummy still fills a slot
    // Keys placed after the deleted one are still found.
    EXPECT_EQ(kr_set_contains(s, I(16)), 1);
    EXPECT_EQ(kr_set_contains(s, I(24)), 1);
    EXPECT_EQ(kr_set_contains(s, I(8)), 0);
    expect_consistent(s);
    // Re-adding reuses the dummy: fill stays.
    kr_set_add(s, I(32));
    EXPECT_EQ(as_set(s)->fill, 4u);
    EXPECT_EQ(kr_set_len(s), 4u);
    EXPECT_EQ(sorted_repr(s), "[0, 16, 24, 32]");
    expect_consistent(s);
}

TEST(SetTable, ChurnDoesNotGrowForever) {
    // Adding and removing different keys fills the table with dummies; each
    // resize drops them, so the table stays proportional to the live keys.
    kr_value s = kr_set_new(&kr_type_set);
    for (kr_int i = 0; i < 100000; i++) {
        ASSERT_TRUE(kr_set_add(s, I(i)));
        if (i >= 10) ASSERT_EQ(kr_set_discard(s, I(i - 10)), 1);
    }
    EXPECT_EQ(kr_set_len(s), 10u);
    EXPECT_LE(as_set(s)->mask + 1, 64u);
    expect_consistent(s);
    EXPECT_EQ(sorted_repr(s), "[99990, 99991, 99992, 99993, 99994, 99995, 99996, 99997, 99998, "
                              "99999]");
}

TEST(SetTable, RemoveHalfThenReadd) {
    kr_value s = kr_set_new(&kr_type_set);
    for (kr_int i = 0; i < 5000; i++)
        kr_set_add(s, I(i));
    for (kr_int i = 0; i < 5000; i += 2)
        ASSERT_EQ(kr_set_discard(s, I(i)), 1);
    EXPECT_EQ(kr_set_len(s), 2500u);
    expect_consistent(s);
    for (kr_int i = 0; i < 5000; i++)
        ASSERT_EQ(kr_set_contains(s, I(i)), i % 2) << i;
    for (kr_int i = 0; i < 5000; i += 2)
        kr_set_add(s, I(i));
    EXPECT_EQ(kr_set_len(s), 5000u);
    expect_consistent(s);
}

TEST(SetTable, PopEmptiesInTableOrder) {
    kr_value s = int_set({3, 1, 2, 7});
    // Small ints sit at their own slot: table order is ascending.
    EXPECT_EQ(kr_set_pop(s), I(1));
    EXPECT_EQ(kr_set_pop(s), I(2));
    EXPECT_EQ(kr_set_pop(s), I(3));
    EXPECT_EQ(kr_set_pop(s), I(7));
    EXPECT_EQ(kr_set_pop(s), KR_NOTFOUND);
    expect_consistent(s);
    kr_set_add(s, I(0)); // before the finger: pop wraps around to find it
    EXPECT_EQ(kr_set_pop(s), I(0));
}

TEST(SetTable, NumbersThatCompareEqualAreOneKey) {
    kr_value s = kr_set_new(&kr_type_set);
    kr_set_add(s, I(1));
    kr_set_add(s, kr_float_new(1.0));
    kr_set_add(s, kr_val(&kr_True));
    EXPECT_EQ(kr_set_len(s), 1u);
    EXPECT_EQ(repr(s), "{1}"); // the first key stays
    EXPECT_EQ(kr_set_contains(s, kr_float_new(1.0)), 1);
    EXPECT_EQ(kr_set_contains(s, kr_float_new(1.5)), 0);
}

TEST(SetTable, UnhashableKeys) {
    kr_value s = kr_set_new(&kr_type_set);
    EXPECT_EQ(kr_set_add(s, ints_list({1})), 0u);
    EXPECT_EQ(take_error(), "TypeError: unsupported type for __hash__: 'list'");
    EXPECT_EQ(kr_set_contains(s, kr_set_new(&kr_type_set)), -1);
    EXPECT_EQ(take_error(), "TypeError: unsupported type for __hash__: 'set'");
    EXPECT_EQ(kr_set_discard(s, ints_list({})), -1);
    take_error();
    EXPECT_EQ(kr_set_len(s), 0u);
}

TEST(SetTable, UpdateFromEveryKindOfIterable) {
    kr_value s = kr_set_new(&kr_type_set);
    ASSERT_TRUE(kr_set_update(s, ints_list({1, 2, 2})));
    ASSERT_TRUE(kr_set_update(s, ints_tuple({3})));
    kr_value d = kr_dict_new();
    kr_dict_set(d, I(4), S("x"));
    kr_dict_set(d, S("k"), I(0));
    ASSERT_TRUE(kr_set_update(s, d)); // the keys
    ASSERT_TRUE(kr_set_update(s, int_frozenset({5, 1})));
    ASSERT_TRUE(kr_set_update(s, S("ab"))); // generic iteration
    ASSERT_TRUE(kr_set_update(s, s));       // itself: nothing to do
    EXPECT_EQ(kr_set_len(s), 8u);
    for (kr_value k : {I(1), I(2), I(3), I(4), I(5), S("k"), S("a"), S("b")})
        EXPECT_EQ(kr_set_contains(s, k), 1) << repr(k);
    EXPECT_EQ(kr_set_update(s, I(3)), 0u);
    EXPECT_EQ(take_error(), "TypeError: 'int' object isn't iterable");
}

TEST(SetTable, SwapContents) {
    kr_value a = int_set({1, 2}), b = int_set({7, 8, 9});
    kr_set_swap_contents(a, b);
    EXPECT_EQ(sorted_repr(a), "[7, 8, 9]");
    EXPECT_EQ(kr_set_len(b), 0u);
    expect_consistent(a);
    expect_consistent(b);
    kr_set_add(b, I(1)); // b is usable again
    EXPECT_EQ(repr(b), "{1}");
}

TEST(SetTable, HashOfKeysIgnoresOrderAndHistory) {
    kr_value a = int_set({1, 2, 3, 100});
    kr_value b = kr_set_new(&kr_type_set);
    for (kr_int k : {100, 50, 3, 2, 1, 60})
        kr_set_add(b, I(k));
    kr_set_discard(b, I(50));
    kr_set_discard(b, I(60));
    EXPECT_EQ(kr_set_hash_keys(a), kr_set_hash_keys(b));
    EXPECT_NE(kr_set_hash_keys(a), kr_set_hash_keys(int_set({1, 2, 3})));
    // Nearby small ints must not cancel out.
    EXPECT_NE(kr_set_hash_keys(int_set({1, 2})), kr_set_hash_keys(int_set({3, 0})));
    EXPECT_NE(kr_set_hash_keys(int_set({})), kr_set_hash_keys(int_set({0})));
    EXPECT_GE(kr_set_hash_keys(a), 0);
}

TEST(SetTable, IteratorDetectsSizeChanges) {
    kr_value s = int_set({1, 2, 3});
    kr_value it = kr_set_iter(s);
    EXPECT_EQ(kr_iter_next(it), I(1));
    kr_set_add(s, I(10));
    EXPECT_EQ(kr_iter_next(it), 0u);
    EXPECT_EQ(take_error(), "RuntimeError: Set changed size during iteration");
    // Exhausting an unchanged set ends with KR_STOP.
    it = kr_set_iter(s);
    size_t n = 0;
    for (kr_value v; (v = kr_iter_next(it)) != KR_STOP; n++)
        ASSERT_TRUE(v);
    EXPECT_EQ(n, 4u);
}
