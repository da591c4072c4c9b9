//===- call_test.cpp - calls, argument binding, bound methods -------------===//
#include "runtime_test.h"

#include <gtest/gtest.h>

namespace {

/// A "compiled" function body: returns its parameter slots as a tuple.
template <size_t N> kr_value slots_tuple(kr_value, kr_value *slots) {
    return kr_build_tuple(N, slots);
}

// def f(a, b, c=3, d=4)
const char *const f_params[] = {"a", "b", "c", "d"};
const kr_code_info f_info = {"f", f_params, 4, 0, 0};

// def g(a, *args, k, m=9, **kw)
const char *const g_params[] = {"a", "k", "m", "args", "kw"};
const kr_code_info g_info = {"g", g_params, 1, 2, KR_CODE_VARARGS | KR_CODE_VARKW};

kr_value make_f() {
    kr_value defaults[] = {I(3), I(4)};
    return kr_function_new(&f_info, slots_tuple<4>, kr_build_tuple(2, defaults), 0);
}

kr_value make_g() {
    kr_value g = kr_function_new(&g_info, slots_tuple<5>, 0, 0);
    kr_value kwdefaults = kr_dict_new();
    kr_dict_set(kwdefaults, S("m"), I(9));
    ((kr_function *)kr_obj(g))->kwdefaults = kwdefaults;
    return g;
}

TEST(Call, PositionalAndDefaults) {
    kr_value f = make_f();
    EXPECT_EQ(repr(call(f, {I(1), I(2)})), "(1, 2, 3, 4)");
    EXPECT_EQ(repr(call(f, {I(1), I(2), I(5)})), "(1, 2, 5, 4)");
    EXPECT_EQ(repr(call(f, {I(1), I(2), I(5), I(6)})), "(1, 2, 5, 6)");
}

TEST(Call, Keywords) {
    kr_value f = make_f();
    EXPECT_EQ(repr(call(f, {I(1)}, {{"b", I(2)}})), "(1, 2, 3, 4)");
    EXPECT_EQ(repr(call(f, {}, {{"d", I(8)}, {"b", I(2)}, {"a", I(1)}})), "(1, 2, 3, 8)");
}

TEST(Call, BindingErrors) {
    kr_value f = make_f();
    EXPECT_EQ(call(f, {I(1)}), 0u);
    EXPECT_EQ(take_error(), "TypeError: function missing 1 required positional arguments");
    EXPECT_EQ(call(f, {}), 0u);
    EXPECT_EQ(take_error(), "TypeError: function missing 2 required positional arguments");
    EXPECT_EQ(call(f, {I(1), I(2), I(3), I(4), I(5)}), 0u);
    EXPECT_EQ(take_error(), "TypeError: function takes 4 positional arguments but 5 were given");
    EXPECT_EQ(call(f, {I(1), I(2)}, {{"x", I(1)}}), 0u);
    EXPECT_EQ(take_error(), "TypeError: unexpected keyword argument 'x'");
    EXPECT_EQ(call(f, {I(1), I(2)}, {{"a", I(1)}}), 0u);
    EXPECT_EQ(take_error(), "TypeError: function got multiple values for argument 'a'");
}

TEST(Call, VarargsKwonlyVarkw) {
    kr_value g = make_g();
    EXPECT_EQ(repr(call(g, {I(1), I(2), I(3)}, {{"k", I(5)}, {"z", I(6)}})),
              "(1, 5, 9, (2, 3), {'z': 6})");
    EXPECT_EQ(repr(call(g, {I(1)}, {{"m", I(0)}, {"k", I(5)}})), "(1, 5, 0, (), {})");
    EXPECT_EQ(call(g, {I(1)}), 0u);
    EXPECT_EQ(take_error(), "TypeError: function missing required keyword argument 'k'");
}

TEST(Call, ManySlotsGoToTheHeap) {
    static const char *const names[] = {"p0",  "p1",  "p2",  "p3",  "p4",  "p5",  "p6",
                                        "p7",  "p8",  "p9",  "p10", "p11", "p12", "p13",
                                        "p14", "p15", "p16", "p17", "p18", "p19"};
    static const kr_code_info info = {"many", names, 20, 0, 0};
    kr_value fn = kr_function_new(&info, slots_tuple<20>, 0, 0);
    kr_value args[20];
    for (int i = 0; i < 20; ++i)
        args[i] = I(i);
    kr_value r = kr_call(fn, 20, args);
    ASSERT_NE(r, 0u) << take_error();
    size_t n;
    kr_value *items = kr_tuple_items(r, &n);
    ASSERT_EQ(n, 20u);
    EXPECT_EQ(items[19], I(19));
}

TEST(Call, NotCallable) {
    EXPECT_EQ(kr_call(I(42), 0, nullptr), 0u);
    EXPECT_EQ(take_error(), "TypeError: 'int' object isn't callable");
}

TEST(Call, FunctionRepresentationAndAttributes) {
    kr_value f = make_f();
    EXPECT_EQ(repr(f).rfind("<function f at ", 0), 0u);
    EXPECT_EQ(str(kr_getattr(f, S("__name__"))), "f");
    EXPECT_EQ(kr_setattr(f, S("x"), I(0)), 0u);
    EXPECT_EQ(take_error(), "AttributeError: 'function' object has no attribute 'x'");
    EXPECT_EQ(kr_getattr(f, S("__module__")), 0u);
    EXPECT_EQ(take_error(), "AttributeError: 'function' object has no attribute '__module__'");
    EXPECT_EQ(repr(kr_builtin_load(S("len"))), "<function len>");
}

TEST(Call, BuiltinArgumentChecks) {
    EXPECT_EQ(builtin("len", {}), 0u);
    EXPECT_EQ(take_error(), "TypeError: function takes 1 positional arguments but 0 were given");
    EXPECT_EQ(builtin("next", {}), 0u);
    EXPECT_EQ(take_error(), "TypeError: function missing 1 required positional arguments");
    EXPECT_EQ(builtin("next", {I(1), I(2), I(3)}), 0u);
    EXPECT_EQ(take_error(), "TypeError: function expected at most 2 arguments, got 3");
    EXPECT_EQ(builtin("len", {S("ab")}, {{"x", I(1)}}), 0u);
    EXPECT_EQ(take_error(), "TypeError: function doesn't take keyword arguments");
}

TEST(Call, BoundMethodsFromTypeAttrs) {
    // list.append through attribute lookup: a bound method that counts self.
    kr_value l = kr_list_new(0);
    kr_value append = kr_getattr(l, S("append"));
    ASSERT_NE(append, 0u) << take_error();
    EXPECT_EQ(kr_type_of(append), &kr_type_bound_method);
    EXPECT_EQ(call(append, {I(5)}), kr_val(&kr_None));
    EXPECT_EQ(repr(l), "[5]");
    EXPECT_EQ(call(append, {}), 0u);
    EXPECT_EQ(take_error(), "TypeError: function takes 2 positional arguments but 1 were given");
    // Through the class: unbound, self passed explicitly.
    kr_value unbound = kr_getattr(kr_val(&kr_type_list), S("append"));
    EXPECT_EQ(call(unbound, {l, I(6)}), kr_val(&kr_None));
    EXPECT_EQ(repr(l), "[5, 6]");
}

TEST(Call, TypeCall) {
    EXPECT_EQ(builtin("type", {I(1)}), kr_val(&kr_type_int));
    EXPECT_EQ(repr(builtin("type", {S("x")})), "<class 'str'>");
    EXPECT_EQ(repr(builtin("type", {kr_val(&kr_type_int)})), "<class 'type'>");
    EXPECT_EQ(str(kr_getattr(kr_val(&kr_type_int), S("__name__"))), "int");
    kr_value o = builtin("object", {});
    EXPECT_EQ(repr(o).rfind("<object object at ", 0), 0u);
}

/// Recurses through kr_call until the stack limit trips.
kr_value recurse(size_t, const kr_value *args, kr_value) {
    // The volatile read after the call keeps an optimising build from turning
    // this into a tail call, which would loop forever without using stack.
    volatile kr_value result = kr_call(args[0], 1, args);
    return result;
}
KR_BUILTIN(recurse_obj, "recurse", recurse, 1, 1);

TEST(Call, NativeRecursionIsBounded) {
    uintptr_t saved = kr_stack_limit;
    kr_stack_limit = (uintptr_t)__builtin_frame_address(0) - 256 * 1024;
    kr_value fn = kr_val(&recurse_obj);
    EXPECT_EQ(kr_call(fn, 1, &fn), 0u);
    EXPECT_EQ(take_error(), "RuntimeError: maximum recursion depth exceeded");
    kr_stack_limit = saved;
}

} // namespace

namespace {

TEST(Call, CallMethodWithoutBoundMethod) {
    kr_value l = kr_build_list(0, nullptr);
    kr_value five = I(5);
    EXPECT_EQ(kr_call_method(l, S("append"), 1, &five, 0), kr_val(&kr_None));
    EXPECT_EQ(repr(l), "[5]");
    kr_value items[2] = {I(3), I(1)};
    kr_value m = kr_build_list(2, items);
    kr_value names[1] = {S("reverse")};
    kr_value kwnames = kr_build_tuple(1, names);
    kr_value kwvalue = kr_val(&kr_True);
    EXPECT_EQ(kr_call_method(m, S("sort"), 0, &kwvalue, kwnames), kr_val(&kr_None));
    EXPECT_EQ(repr(m), "[3, 1]");
    kr_value sep = S("-");
    kr_value ab[2] = {S("a"), S("b")};
    kr_value parts = kr_build_list(2, ab);
    EXPECT_EQ(str(kr_call_method(sep, S("join"), 1, &parts, 0)), "a-b");
    // Module functions go through getattr.
    kr_value gc = kr_import(S("gc"));
    EXPECT_EQ(kr_call_method(gc, S("isenabled"), 0, nullptr, 0), kr_bool(true));
    EXPECT_EQ(kr_call_method(l, S("nope"), 0, nullptr, 0), 0u);
    EXPECT_EQ(take_error(), "AttributeError: 'list' object has no attribute 'nope'");
    EXPECT_EQ(kr_call_method(l, S("append"), 0, nullptr, 0), 0u);
    EXPECT_EQ(take_error(), "TypeError: function takes 2 positional arguments but 1 were given");
}

} // namespace
