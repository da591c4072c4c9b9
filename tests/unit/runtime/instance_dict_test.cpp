//===- instance_dict_test.cpp - presized instance dicts -------------------===//
//
// runtime/dict.cpp's borrowed storage (kr_dict_use_storage) and one-probe
// str insertion, and runtime/class.cpp's per-class attribute room: a class
// learns how many attributes its instances get and new instances start
// with that room, so their constructors neither allocate nor grow the dict.
//
//===----------------------------------------------------------------------===//
#include "runtime_test.h"

#include "class.h"
#include "dict.h"

#include <gtest/gtest.h>

namespace {

kr_dict *as_dict(kr_value d) {
    return (kr_dict *)kr_obj(d);
}

/// A new empty dict whose first `cap` entries live in its own block, as an
/// instance's dict made at its first store.
kr_value dict_with_storage(size_t cap) {
    auto *d = (kr_dict *)kr_gc_alloc(sizeof(kr_dict) + kr_dict_storage_bytes(cap));
    d->base.type = &kr_type_dict;
    kr_dict_touch(d);
    auto *entries = (kr_dict_entry *)(d + 1);
    kr_dict_use_storage(d, entries, entries + cap, cap);
    return kr_val(d);
}

TEST(InstanceDict, BorrowedStorageFillsThenGrows) {
    kr_value d = dict_with_storage(3);
    kr_dict *p = as_dict(d);
    kr_dict_entry *first = p->entries;
    EXPECT_EQ((char *)first, (char *)p + sizeof(kr_dict));
    EXPECT_EQ(p->index_size, 8u); // at most half full
    ASSERT_TRUE(kr_dict_set_str(d, S("a"), I(1)));
    ASSERT_TRUE(kr_dict_set_str(d, S("b"), I(2)));
    ASSERT_TRUE(kr_dict_set_str(d, S("c"), I(3)));
    EXPECT_EQ(p->entries, first); // no growth within the room
    EXPECT_EQ(repr(d), "{'a': 1, 'b': 2, 'c': 3}");
    // Past the room: the entries move out and the old storage is cleared,
    // so it keeps nothing alive.
    ASSERT_TRUE(kr_dict_set_str(d, S("d"), I(4)));
    EXPECT_NE(p->entries, first);
    for (size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(first[i].key, 0u);
        EXPECT_EQ(first[i].value, 0u);
    }
    EXPECT_EQ(repr(d), "{'a': 1, 'b': 2, 'c': 3, 'd': 4}");
    EXPECT_EQ(kr_dict_get_str(d, S("c")), I(3));
    EXPECT_EQ(kr_dict_get(d, S("d")), I(4));
    EXPECT_EQ(kr_dict_get_str(d, S("e")), KR_NOTFOUND);
}

TEST(InstanceDict, SetStrReplacesEqualKeysAndReusesNothingDeleted) {
    kr_value d = dict_with_storage(4);
    // Equal strs that are different objects are one key.
    kr_value k1 = kr_str_new("name", 4);
    kr_value k2 = kr_str_new("name", 4);
    ASSERT_NE(k1, k2);
    ASSERT_TRUE(kr_dict_set_str(d, k1, I(1)));
    ASSERT_TRUE(kr_dict_set_str(d, k2, I(2)));
    EXPECT_EQ(kr_dict_len(d), 1u);
    EXPECT_EQ(kr_dict_get_str(d, k1), I(2));
    // A deleted key leaves a tombstone; storing it again appends it.
    ASSERT_TRUE(kr_dict_set_str(d, S("x"), I(3)));
    EXPECT_EQ(kr_dict_remove(d, S("name")), I(2));
    ASSERT_TRUE(kr_dict_set_str(d, S("name"), I(4)));
    EXPECT_EQ(repr(d), "{'x': 3, 'name': 4}");
    EXPECT_EQ(kr_dict_len(d), 2u);
    // Many insertions and deletions of other names: the index stays usable.
    for (int i = 0; i < 50; ++i) {
        char buf[8] = {'k', (char)('0' + i / 10), (char)('0' + i % 10), 0};
        ASSERT_TRUE(kr_dict_set_str(d, S(buf), I(i)));
        ASSERT_EQ(kr_dict_remove(d, S(buf)), I(i));
    }
    EXPECT_EQ(repr(d), "{'x': 3, 'name': 4}");
    EXPECT_EQ(kr_dict_get_str(d, S("k49")), KR_NOTFOUND);
}

/// A new user class named `name` without bases or attributes.
kr_value new_class(const char *name) {
    kr_value cls = kr_class_new(S(name), kr_build_tuple(0, nullptr), kr_dict_new());
    EXPECT_TRUE(cls);
    return cls;
}

TEST(InstanceDict, ClassLearnsItsInstancesSize) {
    kr_value cls = new_class("Learner");
    kr_value names[5] = {S("a"), S("b"), S("c"), S("d"), S("e")};
    kr_value first = call(cls, {});
    ASSERT_TRUE(first);
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(kr_setattr(first, names[i], I(i)));
    // The next instance's dict (made at its first store: the class has no
    // __init__ of its own) starts with room for five, in the dict's block:
    // storing them moves nothing.
    kr_value second = call(cls, {});
    ASSERT_TRUE(second);
    EXPECT_EQ(*kr_instance_dict_ref(second), 0u);
    ASSERT_TRUE(kr_setattr(second, names[0], I(10)));
    kr_value dict = *kr_instance_dict_ref(second);
    ASSERT_TRUE(dict);
    kr_dict_entry *entries = as_dict(dict)->entries;
    EXPECT_EQ(as_dict(dict)->cap, 5u);
    EXPECT_EQ((char *)entries, (char *)kr_obj(dict) + sizeof(kr_dict));
    for (int i = 1; i < 5; ++i)
        ASSERT_TRUE(kr_setattr(second, names[i], I(10 + i)));
    EXPECT_EQ(as_dict(dict)->entries, entries);
    EXPECT_EQ(repr(dict), "{'a': 10, 'b': 11, 'c': 12, 'd': 13, 'e': 14}");
    // A sixth attribute grows the dict as before; the class learns six.
    ASSERT_TRUE(kr_setattr(second, S("f"), I(15)));
    EXPECT_EQ(kr_getattr(second, S("f")), I(15));
    EXPECT_EQ(kr_getattr(second, S("a")), I(10));
    kr_value third = call(cls, {});
    ASSERT_TRUE(kr_setattr(third, names[0], I(0)));
    EXPECT_EQ(as_dict(*kr_instance_dict_ref(third))->cap, 6u);
}

TEST(InstanceDict, RoomIsCappedForHugeInstances) {
    kr_value cls = new_class("Huge");
    kr_value obj = call(cls, {});
    for (int i = 0; i < 100; ++i) {
        char buf[8] = {'a', (char)('0' + i / 10), (char)('0' + i % 10), 0};
        ASSERT_TRUE(kr_setattr(obj, S(buf), I(i)));
    }
    kr_value next = call(cls, {});
    ASSERT_TRUE(kr_setattr(next, S("a00"), I(0)));
    EXPECT_EQ(as_dict(*kr_instance_dict_ref(next))->cap, 32u);
    EXPECT_EQ(kr_getattr(obj, S("a99")), I(99));
}

TEST(InstanceDict, ValuesInTheInstanceBlockSurviveCollections) {
    kr_value cls = new_class("Keeper");
    kr_value warm = call(cls, {});
    ASSERT_TRUE(kr_setattr(warm, S("p"), I(0)));
    ASSERT_TRUE(kr_setattr(warm, S("q"), I(0)));
    kr_value obj = call(cls, {});
    ASSERT_TRUE(kr_setattr(obj, S("p"), ints_list({1, 2, 3})));
    ASSERT_TRUE(kr_setattr(obj, S("q"), kr_str_new("kept string", 11)));
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 1000; ++j)
            ints_list({j, j, j, j});
        kr_gc_collect();
    }
    EXPECT_EQ(repr(kr_getattr(obj, S("p"))), "[1, 2, 3]");
    EXPECT_EQ(str(kr_getattr(obj, S("q"))), "kept string");
}

} // namespace
