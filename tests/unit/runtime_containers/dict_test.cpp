//===- dict_test.cpp - dict and its views ------------------------------------===//
#include "containers_test.h"

#include "dict.h"
#include "exception.h"

#include <gtest/gtest.h>

#include <string>

/// The repr of the KeyError arg a failed call raised ("" if none was raised).
static std::string key_error_arg(kr_value result) {
    if (result || !kr_exc_pending_is(&kr_type_KeyError)) return "";
    kr_value exc = kr_pending;
    take_error();
    return repr(kr_exc_value(exc));
}

TEST(Dict, SetGetRemoveKeepOrder) {
    kr_value d = kr_dict_new();
    EXPECT_EQ(repr(d), "{}");
    kr_dict_set(d, S("b"), I(1));
    kr_dict_set(d, S("a"), I(2));
    kr_dict_set(d, I(3), S("x"));
    EXPECT_EQ(repr(d), "{'b': 1, 'a': 2, 3: 'x'}");
    kr_dict_set(d, S("b"), I(10)); // replacing keeps the position
    EXPECT_EQ(repr(d), "{'b': 10, 'a': 2, 3: 'x'}");
    EXPECT_EQ(kr_dict_get(d, S("a")), I(2));
    EXPECT_EQ(kr_dict_get(d, kr_str_new("a", 1)), I(2));
    EXPECT_EQ(kr_dict_get(d, S("zz")), KR_NOTFOUND);
    EXPECT_EQ(kr_dict_remove(d, S("b")), I(10));
    EXPECT_EQ(kr_dict_remove(d, S("b")), KR_NOTFOUND);
    EXPECT_EQ(repr(d), "{'a': 2, 3: 'x'}");
    kr_dict_set(d, S("b"), I(11)); // re-added at the end
    EXPECT_EQ(repr(d), "{'a': 2, 3: 'x', 'b': 11}");
    EXPECT_EQ(kr_type_dict.unary_op(KR_UNARY_LEN, d), I(3));
}

TEST(Dict, GrowthAndDeletionChurn) {
    kr_value d = kr_dict_new();
    for (int i = 0; i < 5000; i++)
        ASSERT_TRUE(kr_dict_set(d, I(i), I(i * 2)));
    for (int i = 0; i < 5000; i += 2)
        ASSERT_EQ(kr_dict_remove(d, I(i)), I(i * 2));
    EXPECT_EQ(kr_dict_len(d), 2500u);
    for (int i = 0; i < 5000; i++)
        ASSERT_EQ(kr_dict_get(d, I(i)), i % 2 ? I(i * 2) : KR_NOTFOUND) << i;
    // Churn: insert/delete many times; tombstones are compacted on resize.
    for (int round = 0; round < 20; round++) {
        for (int i = 0; i < 100; i++)
            kr_dict_set(d, I(100000 + i), I(round));
        for (int i = 0; i < 100; i++)
            kr_dict_remove(d, I(100000 + i));
    }
    EXPECT_EQ(kr_dict_len(d), 2500u);
    size_t pos = 0, n = 0;
    kr_int last = -1;
    while (kr_dict_entry *e = kr_dict_next(d, &pos)) {
        EXPECT_GT(kr_small_int_value(e->key), last); // insertion order kept
        last = kr_small_int_value(e->key);
        n++;
    }
    EXPECT_EQ(n, 2500u);
    // Many string keys.
    kr_value s = kr_dict_new();
    for (int i = 0; i < 1000; i++)
        kr_dict_set(s, S(("key" + std::to_string(i)).c_str()), I(i));
    for (int i = 0; i < 1000; i++)
        ASSERT_EQ(kr_dict_get(s, S(("key" + std::to_string(i)).c_str())), I(i));
}

TEST(Dict, PopitemChurnKeepsIndexUsable) {
    // Inserting and popping the last item forever must not fill the index.
    kr_value d = kr_dict_new();
    kr_dict_set(d, S("keep"), I(0));
    for (int i = 0; i < 20000; i++) {
        ASSERT_TRUE(kr_dict_set(d, I(i), I(i)));
        ASSERT_EQ(mrepr(d, "popitem"), "(" + std::to_string(i) + ", " + std::to_string(i) + ")");
    }
    EXPECT_EQ(repr(d), "{'keep': 0}");
    EXPECT_EQ(kr_dict_get(d, I(5)), KR_NOTFOUND);
}

TEST(Dict, Operators) {
    kr_value kv[4] = {S("a"), I(1), S("b"), I(2)};
    kr_value d = kr_build_dict(2, kv);
    kr_value kv2[4] = {S("b"), I(2), S("a"), I(1)};
    kr_value e = kr_build_dict(2, kv2);
    EXPECT_EQ(kr_type_dict.binary_op(KR_BINARY_EQ, d, e), True);
    kr_dict_set(e, S("a"), I(5));
    EXPECT_EQ(kr_type_dict.binary_op(KR_BINARY_EQ, d, e), False);
    EXPECT_EQ(kr_type_dict.binary_op(KR_BINARY_IN, d, S("a")), True);
    EXPECT_EQ(kr_type_dict.binary_op(KR_BINARY_IN, d, S("z")), False);
    EXPECT_EQ(key_error_arg(kr_type_dict.getitem(d, S("z"))), "'z'");
    EXPECT_EQ(repr(kr_type_dict.getitem(d, I(1))), "<raised KeyError: 1>");
    EXPECT_EQ(key_error_arg(kr_type_dict.setitem(d, S("z"), 0)), "'z'");
    EXPECT_EQ(kr_type_dict.setitem(d, S("c"), I(3)), None);
    EXPECT_EQ(kr_type_dict.setitem(d, S("a"), 0), None);
    EXPECT_EQ(repr(d), "{'b': 2, 'c': 3}");
    EXPECT_EQ(repr(kr_dict_set(d, ints_list({1}), I(1))),
              "<raised TypeError: unsupported type for __hash__: 'list'>");
    kr_dict_set(d, ints_tuple({1, 2}), I(7));
    EXPECT_EQ(kr_dict_get(d, ints_tuple({1, 2})), I(7));
    EXPECT_EQ(drain(d), "['b', 'c', (1, 2)]");
}

TEST(Dict, IterationDetectsResize) {
    kr_value kv[4] = {S("a"), I(1), S("b"), I(2)};
    kr_value d = kr_build_dict(2, kv);
    kr_value it = kr_type_dict.getiter(d);
    const kr_type *t = kr_obj(it)->type;
    EXPECT_EQ(repr(t->iternext(it)), "'a'");
    kr_dict_set(d, S("c"), I(3));
    EXPECT_EQ(repr(t->iternext(it)),
              "<raised RuntimeError: dictionary changed size during iteration>");
}

TEST(Dict, Views) {
    kr_value kv[4] = {S("a"), I(1), S("b"), I(2)};
    kr_value d = kr_build_dict(2, kv);
    kr_value keys = call_method(d, "keys"), values = call_method(d, "values"),
             items = call_method(d, "items");
    EXPECT_EQ(repr(keys), "dict_keys(['a', 'b'])");
    EXPECT_EQ(repr(values), "dict_values([1, 2])");
    EXPECT_EQ(repr(items), "dict_items([('a', 1), ('b', 2)])");
    EXPECT_EQ(drain(items), "[('a', 1), ('b', 2)]");
    kr_dict_set(d, S("c"), I(3)); // views are live
    EXPECT_EQ(drain(values), "[1, 2, 3]");
    EXPECT_EQ(kr_obj(keys)->type->unary_op(KR_UNARY_LEN, keys), I(3));
    EXPECT_EQ(kr_obj(keys)->type->binary_op(KR_BINARY_IN, keys, S("c")), True);
    EXPECT_EQ(kr_obj(values)->type->binary_op(KR_BINARY_IN, values, I(3)), True);
    kr_value pair[2] = {S("b"), I(2)};
    EXPECT_EQ(kr_obj(items)->type->binary_op(KR_BINARY_IN, items, kr_build_tuple(2, pair)), True);
}

TEST(Dict, Methods) {
    kr_value d = make(&kr_type_dict, {}, {{"x", I(1)}, {"y", I(2)}});
    EXPECT_EQ(repr(d), "{'x': 1, 'y': 2}");
    EXPECT_EQ(mrepr(d, "get", {S("x")}), "1");
    EXPECT_EQ(mrepr(d, "get", {S("q")}), "None");
    EXPECT_EQ(mrepr(d, "get", {S("q"), I(0)}), "0");
    EXPECT_EQ(mrepr(d, "setdefault", {S("z"), I(3)}), "3");
    EXPECT_EQ(mrepr(d, "setdefault", {S("z"), I(4)}), "3");
    EXPECT_EQ(mrepr(d, "pop", {S("x")}), "1");
    EXPECT_EQ(mrepr(d, "pop", {S("x"), I(9)}), "9");
    EXPECT_EQ(key_error_arg(call_method(d, "pop", {S("x")})), "'x'");
    EXPECT_EQ(mrepr(d, "popitem"), "('z', 3)");
    EXPECT_EQ(repr(d), "{'y': 2}");
    kr_value pairs = kr_list_new(0);
    kr_value p1[2] = {S("a"), I(1)};
    kr_list_append(pairs, kr_build_tuple(2, p1));
    kr_list_append(pairs, S("bc"));
    EXPECT_EQ(call_method(d, "update", {pairs}, {{"k", I(0)}}), None);
    EXPECT_EQ(repr(d), "{'y': 2, 'a': 1, 'b': 'c', 'k': 0}");
    kr_value c = call_method(d, "copy");
    call_method(d, "clear");
    EXPECT_EQ(repr(d), "{}");
    EXPECT_EQ(mrepr(d, "popitem"), "<raised KeyError: popitem(): dictionary is empty>");
    EXPECT_EQ(repr(c), "{'y': 2, 'a': 1, 'b': 'c', 'k': 0}");
    EXPECT_EQ(repr(make(&kr_type_dict, {c})), "{'y': 2, 'a': 1, 'b': 'c', 'k': 0}");
    EXPECT_EQ(mrepr(kr_val(&kr_type_dict), "fromkeys", {S("ab"), I(0)}), "{'a': 0, 'b': 0}");
    EXPECT_EQ(repr(make(&kr_type_dict, {ints_list({1})})).substr(0, 17), "<raised TypeError");
}
