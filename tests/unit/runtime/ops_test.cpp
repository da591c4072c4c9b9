//===- ops_test.cpp - generic operators, builtins, modules ----------------===//
#include "runtime_test.h"

#include "print.h"

#include <gtest/gtest.h>

namespace {

kr_value F(double d) {
    return kr_float_new(d);
}
kr_value list(std::initializer_list<kr_value> items) {
    return kr_build_list(items.size(), items.begin());
}
kr_value tuple(std::initializer_list<kr_value> items) {
    return kr_build_tuple(items.size(), items.begin());
}

TEST(Ops, Arithmetic) {
    EXPECT_EQ(kr_binary_op(KR_BINARY_ADD, I(1), I(2)), I(3));
    EXPECT_EQ(str(kr_binary_op(KR_BINARY_ADD, I(1), F(2.0))), "3.0");
    EXPECT_EQ(str(kr_binary_op(KR_BINARY_SUB, I(1), F(0.5))), "0.5");
    EXPECT_EQ(repr(kr_binary_op(KR_BINARY_MUL, I(2), list({I(1)}))), "[1, 1]");
    EXPECT_EQ(repr(kr_binary_op(KR_BINARY_MUL, list({I(1)}), I(2))), "[1, 1]");
    EXPECT_EQ(kr_binary_op(KR_BINARY_ADD, kr_val(&kr_True), I(1)), I(2));
    EXPECT_EQ(kr_binary_op(KR_BINARY_ADD, I(1), kr_val(&kr_True)), I(2));
    EXPECT_EQ(kr_binary_op(KR_BINARY_AND, kr_val(&kr_True), kr_val(&kr_False)), kr_bool(false));
    EXPECT_EQ(kr_binary_op(KR_BINARY_ADD, I(1), S("a")), 0u);
    EXPECT_EQ(take_error(), "TypeError: unsupported types for __add__: 'int', 'str'");
    EXPECT_EQ(kr_binary_op(KR_BINARY_INPLACE_ADD, I(1), S("a")), 0u);
    EXPECT_EQ(take_error(), "TypeError: unsupported types for __iadd__: 'int', 'str'");
    kr_value l = list({I(1)});
    EXPECT_EQ(kr_binary_op(KR_BINARY_INPLACE_ADD, l, list({I(2)})), l);
    EXPECT_EQ(repr(l), "[1, 2]");
    EXPECT_EQ(repr(builtin("divmod", {I(7), I(-2)})), "(-4, -1)");
}

TEST(Ops, Comparisons) {
    EXPECT_EQ(kr_binary_op(KR_BINARY_EQ, I(1), S("a")), kr_bool(false));
    EXPECT_EQ(kr_binary_op(KR_BINARY_NE, I(1), S("a")), kr_bool(true));
    EXPECT_EQ(kr_binary_op(KR_BINARY_EQ, I(1), F(1.0)), kr_bool(true));
    EXPECT_EQ(kr_binary_op(KR_BINARY_EQ, F(1.0), I(1)), kr_bool(true));
    EXPECT_EQ(kr_binary_op(KR_BINARY_EQ, kr_val(&kr_None), kr_val(&kr_None)), kr_bool(true));
    EXPECT_EQ(kr_binary_op(KR_BINARY_EQ, kr_val(&kr_True), I(1)), kr_bool(true));
    EXPECT_EQ(kr_binary_op(KR_BINARY_LT, I(1), F(1.5)), kr_bool(true));
    EXPECT_EQ(kr_binary_op(KR_BINARY_LT, I(1), S("a")), 0u);
    EXPECT_EQ(take_error(), "TypeError: unsupported types for __lt__: 'int', 'str'");
    kr_value nan = F(__builtin_nan(""));
    EXPECT_EQ(kr_binary_op(KR_BINARY_EQ, nan, nan), kr_bool(false));
    kr_value a = list({I(1)});
    EXPECT_EQ(kr_binary_op(KR_BINARY_IS, a, a), kr_bool(true));
    EXPECT_EQ(kr_binary_op(KR_BINARY_IS_NOT, a, list({I(1)})), kr_bool(true));
    EXPECT_EQ(kr_binary_op(KR_BINARY_EQ, a, list({I(1)})), kr_bool(true));
}

TEST(Ops, Containment) {
    EXPECT_EQ(kr_binary_op(KR_BINARY_IN, I(2), list({I(1), I(2)})), kr_bool(true));
    EXPECT_EQ(kr_binary_op(KR_BINARY_NOT_IN, I(3), tuple({I(1), I(2)})), kr_bool(true));
    EXPECT_EQ(kr_binary_op(KR_BINARY_IN, S("b"), S("abc")), kr_bool(true));
    kr_value r = builtin("range", {I(10)});
    EXPECT_EQ(kr_binary_op(KR_BINARY_IN, I(9), r), kr_bool(true));
    // An iterator has no IN slot: the generic path iterates it.
    kr_value it = kr_iter(list({I(4), I(5)}));
    EXPECT_EQ(kr_binary_op(KR_BINARY_IN, I(5), it), kr_bool(true));
    EXPECT_EQ(kr_binary_op(KR_BINARY_IN, I(1), I(5)), 0u);
    EXPECT_EQ(take_error(), "TypeError: 'int' object isn't iterable");
}

TEST(Ops, TruthAndUnary) {
    EXPECT_EQ(kr_truthy(I(0)), 0);
    EXPECT_EQ(kr_truthy(I(-1)), 1);
    EXPECT_EQ(kr_truthy(S("")), 0);
    EXPECT_EQ(kr_truthy(list({})), 0);
    EXPECT_EQ(kr_truthy(list({I(0)})), 1);
    EXPECT_EQ(kr_truthy(kr_val(&kr_None)), 0);
    EXPECT_EQ(kr_truthy(F(0.0)), 0);
    EXPECT_EQ(kr_truthy(kr_val(&kr_type_int)), 1);
    EXPECT_EQ(kr_not(I(0)), kr_bool(true));
    EXPECT_EQ(kr_unary_op(KR_UNARY_NEG, I(5)), I(-5));
    EXPECT_EQ(kr_unary_op(KR_UNARY_NEG, kr_val(&kr_True)), I(-1));
    EXPECT_EQ(kr_unary_op(KR_UNARY_NEG, S("a")), 0u);
    EXPECT_EQ(take_error(), "TypeError: unsupported type for __neg__: 'str'");
    EXPECT_EQ(kr_unary_op(KR_UNARY_LEN, I(1)), 0u);
    EXPECT_EQ(take_error(), "TypeError: object of type 'int' has no len()");
}

TEST(Ops, Hashing) {
    kr_int h1, h2;
    ASSERT_TRUE(kr_hash(S("abc"), &h1));
    ASSERT_TRUE(kr_hash(S("abc"), &h2));
    EXPECT_EQ(h1, h2);
    ASSERT_TRUE(kr_hash(I(5), &h1));
    EXPECT_EQ(h1, 5);
    ASSERT_TRUE(kr_hash(kr_val(&kr_True), &h1));
    EXPECT_EQ(h1, 1);
    EXPECT_TRUE(kr_hash(kr_val(&kr_None), &h1));
    EXPECT_TRUE(kr_hash(kr_val(&kr_type_int), &h1));
    EXPECT_FALSE(kr_hash(list({}), &h1));
    EXPECT_EQ(take_error(), "TypeError: unsupported type for __hash__: 'list'");
}

TEST(Ops, Items) {
    kr_value l = list({I(1), I(2)});
    EXPECT_EQ(kr_getitem(l, I(1)), I(2));
    EXPECT_EQ(kr_setitem(l, I(0), I(9)), kr_val(&kr_None));
    EXPECT_EQ(kr_delitem(l, I(1)), kr_val(&kr_None));
    EXPECT_EQ(repr(l), "[9]");
    EXPECT_EQ(kr_getitem(I(1), I(0)), 0u);
    EXPECT_EQ(take_error(), "TypeError: 'int' object isn't subscriptable");
    EXPECT_EQ(kr_setitem(tuple({I(1)}), I(0), I(2)), 0u);
    EXPECT_EQ(take_error(), "TypeError: 'tuple' object doesn't support item assignment");
}

TEST(Ops, Attributes) {
    EXPECT_EQ(kr_getattr(I(1), S("foo")), 0u);
    EXPECT_EQ(take_error(), "AttributeError: 'int' object has no attribute 'foo'");
    EXPECT_EQ(kr_getattr(kr_val(&kr_type_int), S("foo")), 0u);
    EXPECT_EQ(take_error(), "AttributeError: type object 'int' has no attribute 'foo'");
    EXPECT_EQ(kr_getattr(I(1), S("__class__")), kr_val(&kr_type_int));
    kr_value upper = kr_getattr(S("ab"), S("upper"));
    EXPECT_EQ(str(call(upper, {})), "AB");
}

TEST(Ops, Unpack) {
    kr_value out[3];
    EXPECT_EQ(kr_unpack(tuple({I(1), I(2)}), 2, out), 1);
    EXPECT_EQ(out[1], I(2));
    EXPECT_EQ(kr_unpack(list({I(1)}), 2, out), 0);
    EXPECT_EQ(take_error(), "ValueError: need more than 1 values to unpack");
    EXPECT_EQ(kr_unpack(list({I(1), I(2), I(3)}), 2, out), 0);
    EXPECT_EQ(take_error(), "ValueError: too many values to unpack (expected 2)");
    EXPECT_EQ(kr_unpack(S("ab"), 2, out), 1);
    EXPECT_EQ(str(out[0]), "a");
    EXPECT_EQ(kr_unpack(builtin("range", {I(5)}), 2, out), 0);
    EXPECT_EQ(take_error(), "ValueError: too many values to unpack (expected 2)");
    EXPECT_EQ(kr_unpack(I(5), 2, out), 0);
    EXPECT_EQ(take_error(), "TypeError: 'int' object isn't iterable");
}

TEST(Ops, Iteration) {
    kr_value it = kr_iter(list({I(1)}));
    EXPECT_EQ(kr_iter_next(it), I(1));
    EXPECT_EQ(kr_iter_next(it), KR_STOP);
    EXPECT_EQ(kr_iter_next(I(1)), 0u);
    EXPECT_EQ(take_error(), "TypeError: 'int' object isn't an iterator");
    it = builtin("iter", {list({I(1)})});
    EXPECT_EQ(builtin("next", {it}), I(1));
    EXPECT_EQ(builtin("next", {it, I(0)}), I(0));
    EXPECT_EQ(builtin("next", {it}), 0u);
    EXPECT_EQ(take_error(), "StopIteration: ");
}

void print_some(void *) {
    builtin("print", {I(1), S("a"), F(2.5), kr_val(&kr_None), list({S("x")})});
    builtin("print", {I(1), I(2)}, {{"sep", S("-")}, {"end", S("|\n")}});
    builtin("print", {});
    builtin("print", {S("z")}, {{"sep", kr_val(&kr_None)}, {"end", kr_val(&kr_None)}});
}

TEST(Builtins, Print) {
    EXPECT_EQ(capture_stdout(print_some, nullptr), "1 a 2.5 None ['x']\n1-2|\n\nz\n");
    EXPECT_EQ(builtin("print", {}, {{"bad", I(1)}}), 0u);
    EXPECT_EQ(take_error(), "TypeError: unexpected keyword argument 'bad'");
}

TEST(Builtins, Numbers) {
    EXPECT_EQ(builtin("abs", {I(-3)}), I(3));
    EXPECT_EQ(str(builtin("abs", {F(-2.5)})), "2.5");
    EXPECT_EQ(builtin("abs", {kr_val(&kr_True)}), I(1));
    EXPECT_EQ(builtin("abs", {S("x")}), 0u);
    EXPECT_EQ(take_error(), "TypeError: unsupported type for __abs__: 'str'");
    EXPECT_EQ(builtin("pow", {I(2), I(10)}), I(1024));
    EXPECT_EQ(builtin("pow", {I(3), I(200), I(1000)}), I(1));
    EXPECT_EQ(builtin("pow", {I(7), I(5), I(13)}), I(11));
    EXPECT_EQ(builtin("sum", {list({I(1), I(2), I(3)})}), I(6));
    EXPECT_EQ(builtin("sum", {list({I(1)}), I(10)}), I(11));
    EXPECT_EQ(builtin("min", {I(3), I(1), I(2)}), I(1));
    EXPECT_EQ(builtin("max", {list({I(3), I(7), I(2)})}), I(7));
    EXPECT_EQ(builtin("max", {list({})}, {{"default", I(-1)}}), I(-1));
    EXPECT_EQ(builtin("max", {list({})}), 0u);
    EXPECT_EQ(take_error(), "ValueError: arg is an empty sequence");
    EXPECT_EQ(builtin("max", {list({I(1), I(-5)})}, {{"key", kr_builtin_load(S("abs"))}}), I(-5));
    EXPECT_EQ(str(builtin("min", {S("bca")})), "a");
}

TEST(Builtins, Characters) {
    EXPECT_EQ(str(builtin("chr", {I(65)})), "A");
    EXPECT_EQ(str(builtin("chr", {I(0x20ac)})), "\xe2\x82\xac");
    EXPECT_EQ(builtin("ord", {S("\xe2\x82\xac")}), I(0x20ac));
    EXPECT_EQ(builtin("ord", {S("a")}), I(97));
    EXPECT_EQ(builtin("ord", {S("ab")}), 0u);
    EXPECT_EQ(take_error(), "TypeError: ord() expected a character, but string of length 2 found");
    EXPECT_EQ(builtin("chr", {I(0x110000)}), 0u);
    EXPECT_EQ(take_error(), "ValueError: chr() arg not in range(0x110000)");
}

TEST(Builtins, Introspection) {
    EXPECT_EQ(builtin("isinstance", {I(1), kr_val(&kr_type_int)}), kr_bool(true));
    EXPECT_EQ(builtin("isinstance", {kr_val(&kr_True), kr_val(&kr_type_int)}), kr_bool(true));
    EXPECT_EQ(builtin("isinstance", {I(1), tuple({kr_val(&kr_type_str), kr_val(&kr_type_int)})}),
              kr_bool(true));
    EXPECT_EQ(builtin("isinstance", {I(1), kr_val(&kr_type_str)}), kr_bool(false));
    EXPECT_EQ(builtin("isinstance", {I(1), I(2)}), 0u);
    EXPECT_EQ(take_error(), "TypeError: isinstance() arg 2 must be a class or a tuple of classes");
    EXPECT_EQ(builtin("issubclass", {kr_val(&kr_type_bool), kr_val(&kr_type_int)}), kr_bool(true));
    EXPECT_EQ(builtin("issubclass", {kr_val(&kr_type_KeyError), kr_val(&kr_type_Exception)}),
              kr_bool(true));
    EXPECT_EQ(builtin("callable", {kr_builtin_load(S("len"))}), kr_bool(true));
    EXPECT_EQ(builtin("callable", {kr_val(&kr_type_int)}), kr_bool(true));
    EXPECT_EQ(builtin("callable", {I(1)}), kr_bool(false));
    EXPECT_EQ(builtin("len", {list({I(1), I(2)})}), I(2));
    EXPECT_EQ(str(builtin("repr", {S("a")})), "'a'");
    EXPECT_EQ(builtin("hash", {I(7)}), I(7));
    EXPECT_NE(builtin("id", {list({})}), 0u);
    EXPECT_EQ(builtin("all", {list({I(1), I(2)})}), kr_bool(true));
    EXPECT_EQ(builtin("all", {list({I(1), I(0)})}), kr_bool(false));
    EXPECT_EQ(builtin("any", {list({I(0), I(0)})}), kr_bool(false));
    EXPECT_EQ(builtin("any", {list({})}), kr_bool(false));
    EXPECT_EQ(builtin("getattr", {I(1), S("nope"), I(5)}), I(5));
    EXPECT_EQ(builtin("hasattr", {S("a"), S("upper")}), kr_bool(true));
    EXPECT_EQ(builtin("hasattr", {S("a"), S("nope")}), kr_bool(false));
    EXPECT_EQ(repr(builtin("bool", {list({})})), "False");
    EXPECT_EQ(repr(kr_builtin_load(S("NotImplemented"))), "NotImplemented");
}

/// list(iterable) as a repr.
std::string listed(kr_value iterable) {
    if (!iterable) return "<raised " + take_error() + ">";
    return repr(call(kr_val(&kr_type_list), {iterable}));
}

TEST(Builtins, LazyIterators) {
    kr_value abc = S("abc");
    EXPECT_EQ(listed(builtin("enumerate", {abc})), "[(0, 'a'), (1, 'b'), (2, 'c')]");
    EXPECT_EQ(listed(builtin("enumerate", {abc, I(5)})), "[(5, 'a'), (6, 'b'), (7, 'c')]");
    EXPECT_EQ(listed(builtin("enumerate", {abc}, {{"start", I(1)}})),
              "[(1, 'a'), (2, 'b'), (3, 'c')]");
    EXPECT_EQ(listed(builtin("zip", {abc, list({I(1), I(2)})})), "[('a', 1), ('b', 2)]");
    EXPECT_EQ(listed(builtin("zip", {})), "[]");
    kr_value abs_fn = kr_builtin_load(S("abs"));
    EXPECT_EQ(listed(builtin("map", {abs_fn, list({I(-1), I(2), I(-3)})})), "[1, 2, 3]");
    kr_value pow_fn = kr_builtin_load(S("pow"));
    EXPECT_EQ(listed(builtin("map", {pow_fn, list({I(2), I(3)}), list({I(3), I(2), I(9)})})),
              "[8, 9]");
    EXPECT_EQ(listed(builtin("filter", {kr_val(&kr_None), list({I(0), I(1), S(""), S("x")})})),
              "[1, 'x']");
    kr_value bool_type = kr_val(&kr_type_bool);
    EXPECT_EQ(listed(builtin("filter", {bool_type, list({I(0), I(2)})})), "[2]");
    EXPECT_EQ(listed(builtin("reversed", {list({I(1), I(2), I(3)})})), "[3, 2, 1]");
    EXPECT_EQ(listed(builtin("reversed", {builtin("range", {I(4)})})), "[3, 2, 1, 0]");
    EXPECT_EQ(listed(builtin("reversed", {S("")})), "[]");
    EXPECT_EQ(builtin("reversed", {I(1)}), 0u);
    EXPECT_EQ(take_error(), "TypeError: 'int' object isn't reversible");
    EXPECT_EQ(builtin("zip", {I(1)}), 0u);
    EXPECT_EQ(take_error(), "TypeError: 'int' object isn't iterable");
    kr_value e = builtin("enumerate", {list({})});
    EXPECT_EQ(kr_iter(e), e);
    EXPECT_EQ(repr(builtin("type", {e})), "<class 'enumerate'>");
}

TEST(Builtins, SortedRoundFormat) {
    kr_value l = list({I(3), I(1), I(2)});
    EXPECT_EQ(repr(builtin("sorted", {l})), "[1, 2, 3]");
    EXPECT_EQ(repr(l), "[3, 1, 2]");
    EXPECT_EQ(repr(builtin("sorted", {l}, {{"reverse", kr_val(&kr_True)}})), "[3, 2, 1]");
    EXPECT_EQ(
        repr(builtin("sorted", {list({I(-3), I(1), I(2)})}, {{"key", kr_builtin_load(S("abs"))}})),
        "[1, 2, -3]");
    EXPECT_EQ(repr(builtin("sorted", {S("cab")})), "['a', 'b', 'c']");
    EXPECT_EQ(repr(builtin("round", {F(2.5)})), "2");
    EXPECT_EQ(repr(builtin("round", {F(2.675), I(2)})), "2.67");
    EXPECT_EQ(repr(builtin("round", {I(1234), I(-2)})), "1200");
    EXPECT_EQ(builtin("round", {S("x")}), 0u);
    EXPECT_EQ(take_error(), "TypeError: type str doesn't define __round__");
    EXPECT_EQ(str(builtin("hex", {I(255)})), "0xff");
    EXPECT_EQ(str(builtin("oct", {I(-8)})), "-0o10");
    EXPECT_EQ(str(builtin("bin", {I(5)})), "0b101");
    EXPECT_EQ(builtin("hex", {F(1.0)}), 0u);
    EXPECT_EQ(take_error(), "TypeError: can't convert float to int");
    EXPECT_EQ(str(builtin("format", {I(42), S(">5")})), "   42");
    EXPECT_EQ(str(builtin("format", {F(0.5)})), "0.5");
}

TEST(Modules, GlobalsAndBuiltins) {
    kr_value m = kr_module_new("__main__", "prog.py");
    ASSERT_NE(m, 0u);
    kr_value g = kr_module_dict(m);
    EXPECT_EQ(str(kr_global_load(g, S("__name__"))), "__main__");
    EXPECT_EQ(str(kr_global_load(g, S("__file__"))), "prog.py");
    EXPECT_EQ(kr_global_store(g, S("x"), I(1)), kr_val(&kr_None));
    EXPECT_EQ(kr_global_load(g, S("x")), I(1));
    EXPECT_EQ(kr_getattr(m, S("x")), I(1));
    EXPECT_EQ(kr_global_load(g, S("len")), kr_builtin_load(S("len")));
    EXPECT_EQ(kr_global_store(g, S("x"), 0), kr_val(&kr_None));
    EXPECT_EQ(kr_global_load(g, S("x")), 0u);
    EXPECT_EQ(take_error(), "NameError: name 'x' isn't defined");
    EXPECT_EQ(kr_global_store(g, S("x"), 0), 0u);
    EXPECT_EQ(take_error(), "NameError: name 'x' isn't defined");
    EXPECT_EQ(kr_raise_unbound_local(S("y")), 0u);
    EXPECT_EQ(take_error(), "NameError: local variable referenced before assignment");
    EXPECT_EQ(repr(kr_builtin_load(S("ValueError"))), "<class 'ValueError'>");
    // Modules with a known file print it, as MicroPython and CPython do.
    EXPECT_EQ(repr(m), "<module '__main__' from 'prog.py'>");
}

} // namespace

namespace {

void use_streams(void *) {
    kr_value sys = kr_import(S("sys"));
    call(kr_getattr(kr_getattr(sys, S("stdout")), S("write")), {S("direct\n")});
    builtin("print", {S("to"), S("stderr")}, {{"file", kr_getattr(sys, S("stderr"))}});
    builtin("print", {S("to stdout")}, {{"file", kr_val(&kr_None)}});
}

TEST(Modules, Sys) {
    kr_value sys = kr_import(S("sys"));
    ASSERT_NE(sys, 0u) << take_error();
    kr_value argv = kr_getattr(sys, S("argv"));
    ASSERT_NE(argv, 0u);
    EXPECT_EQ(repr(builtin("type", {argv})), "<class 'list'>");
    EXPECT_GE(kr_small_int_value(builtin("len", {argv})), 1);
    EXPECT_EQ(str(kr_getattr(sys, S("byteorder"))), "little");
    EXPECT_EQ(str(kr_getattr(sys, S("platform"))), "linux");
    EXPECT_EQ(str(kr_getattr(sys, S("maxsize"))), "9223372036854775807");
    EXPECT_EQ(call(kr_getattr(sys, S("exit")), {I(3)}), 0u);
    EXPECT_EQ(take_error(), "SystemExit: 3");
    EXPECT_EQ(call(kr_getattr(sys, S("exit")), {}), 0u);
    EXPECT_EQ(take_error(), "SystemExit: ");

    testing::internal::CaptureStderr();
    std::string out = capture_stdout(use_streams, nullptr);
    EXPECT_EQ(testing::internal::GetCapturedStderr(), "to stderr\n");
    EXPECT_EQ(out, "direct\nto stdout\n");
    EXPECT_EQ(builtin("print", {S("x")}, {{"file", I(5)}}), 0u);
    EXPECT_EQ(take_error(), "AttributeError: 'int' object has no attribute 'write'");
}

} // namespace

namespace {

kr_value time_fn(kr_value time, const char *name, std::initializer_list<kr_value> args) {
    return call(kr_getattr(time, S(name)), args);
}

TEST(Modules, Time) {
    kr_value time = kr_import(S("time"));
    ASSERT_NE(time, 0u) << take_error();
    double now;
    ASSERT_TRUE(kr_number_to_double(time_fn(time, "time", {}), &now));
    EXPECT_GT(now, 1.6e9);
    kr_value start = time_fn(time, "ticks_ms", {});
    kr_value start_us = time_fn(time, "ticks_us", {});
    EXPECT_EQ(time_fn(time, "sleep_ms", {I(20)}), kr_val(&kr_None));
    kr_value elapsed = time_fn(time, "ticks_diff", {time_fn(time, "ticks_ms", {}), start});
    EXPECT_GE(kr_small_int_value(elapsed), 19);
    EXPECT_LT(kr_small_int_value(elapsed), 2000);
    kr_value elapsed_us = time_fn(time, "ticks_diff", {time_fn(time, "ticks_us", {}), start_us});
    EXPECT_GE(kr_small_int_value(elapsed_us), 19000);
    EXPECT_EQ(time_fn(time, "sleep", {F(0.001)}), kr_val(&kr_None));
    // Wrapping arithmetic: one tick before the wrap plus two is one after it.
    kr_value last = I(KR_SMALL_INT_MAX);
    kr_value wrapped = time_fn(time, "ticks_add", {last, I(2)});
    EXPECT_EQ(wrapped, I(1));
    EXPECT_EQ(time_fn(time, "ticks_diff", {wrapped, last}), I(2));
    EXPECT_EQ(time_fn(time, "ticks_diff", {last, wrapped}), I(-2));
    EXPECT_EQ(time_fn(time, "sleep", {I(-1)}), 0u);
    EXPECT_EQ(take_error(), "ValueError: sleep length must be non-negative");
}

} // namespace

namespace {

TEST(Ops, DeepNestingRaisesInsteadOfOverflowing) {
    SKIP_UNDER_GC_STRESS();
    uintptr_t saved = kr_stack_limit;
    kr_stack_limit = (uintptr_t)__builtin_frame_address(0) - 256 * 1024;
    kr_value t = tuple({}), l = list({}), m = list({});
    for (int i = 0; i < 100000; ++i) {
        t = kr_build_tuple(1, &t);
        l = kr_build_list(1, &l);
        m = kr_build_list(1, &m);
    }
    kr_int h;
    EXPECT_FALSE(kr_hash(t, &h));
    EXPECT_EQ(take_error(), "RuntimeError: maximum recursion depth exceeded");
    EXPECT_EQ(kr_obj_repr(l), 0u);
    EXPECT_EQ(take_error(), "RuntimeError: maximum recursion depth exceeded");
    EXPECT_EQ(kr_equal(l, m), -1);
    EXPECT_EQ(take_error(), "RuntimeError: maximum recursion depth exceeded");
    EXPECT_EQ(kr_binary_op(KR_BINARY_LT, l, m), 0u);
    EXPECT_EQ(take_error(), "RuntimeError: maximum recursion depth exceeded");
    kr_stack_limit = saved;
}

} // namespace
