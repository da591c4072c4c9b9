//===- exception_test.cpp - exceptions, messages and tracebacks -----------===//
#include "runtime_test.h"

#include "print.h"

#include <gtest/gtest.h>

namespace {

kr_value exc(const kr_type *t, std::initializer_list<kr_value> args) {
    return call(kr_val(t), args);
}

TEST(Exception, RaiseMsgFormats) {
    EXPECT_EQ(kr_raise_msg(&kr_type_ValueError, "%d-%u-%s-%zu-%ld-%x-%c-%%", -3, 4u, "s", (size_t)5,
                           (long)-6, 255u, 'z'),
              0u);
    EXPECT_EQ(take_error(), "ValueError: -3-4-s-5--6-ff-z-%");
    kr_raise_msg(&kr_type_TypeError, "%q %S %T", S("a"), S("b"), I(1));
    EXPECT_EQ(take_error(), "TypeError: 'a' b int");
    kr_raise_msg(&kr_type_TypeError, "[%.*s]", 3, "abcdef");
    EXPECT_EQ(take_error(), "TypeError: [abc]");
}

TEST(Exception, StrAndReprFollowMicroPython) {
    kr_value none = exc(&kr_type_ValueError, {});
    EXPECT_EQ(str(none), "");
    EXPECT_EQ(repr(none), "ValueError()");
    kr_value one = exc(&kr_type_ValueError, {S("bad")});
    EXPECT_EQ(str(one), "bad");
    EXPECT_EQ(repr(one), "ValueError('bad',)");
    kr_value two = exc(&kr_type_ValueError, {S("bad"), I(42)});
    EXPECT_EQ(str(two), "('bad', 42)");
    EXPECT_EQ(repr(two), "ValueError('bad', 42)");
    kr_raise(exc(&kr_type_KeyError, {I(2)}));
    EXPECT_EQ(take_error(), "KeyError: 2");
    kr_raise(kr_val(&kr_type_ValueError));
    EXPECT_EQ(take_error(), "ValueError: ");
    EXPECT_EQ(repr(kr_val(&kr_type_ZeroDivisionError)), "<class 'ZeroDivisionError'>");
}

TEST(Exception, ArgsAndValueAttributes) {
    kr_value e = exc(&kr_type_StopIteration, {I(7)});
    EXPECT_EQ(repr(kr_getattr(e, S("args"))), "(7,)");
    EXPECT_EQ(kr_getattr(e, S("value")), I(7));
    kr_value empty = exc(&kr_type_StopIteration, {});
    EXPECT_EQ(repr(kr_getattr(empty, S("args"))), "()");
    EXPECT_EQ(kr_getattr(empty, S("value")), kr_val(&kr_None));
    EXPECT_EQ(kr_getattr(e, S("nope")), 0u);
    EXPECT_EQ(take_error(), "AttributeError: 'StopIteration' object has no attribute 'nope'");
    EXPECT_EQ(exc(&kr_type_ValueError, {}) != 0, true);
    EXPECT_EQ(call(kr_val(&kr_type_ValueError), {}, {{"x", I(1)}}), 0u);
    EXPECT_EQ(take_error(), "TypeError: function doesn't take keyword arguments");
}

TEST(Exception, Hierarchy) {
    EXPECT_TRUE(kr_type_is_subtype(&kr_type_ZeroDivisionError, &kr_type_ArithmeticError));
    EXPECT_TRUE(kr_type_is_subtype(&kr_type_KeyError, &kr_type_LookupError));
    EXPECT_TRUE(kr_type_is_subtype(&kr_type_NotImplementedError, &kr_type_RuntimeError));
    EXPECT_TRUE(kr_type_is_subtype(&kr_type_Exception, &kr_type_BaseException));
    EXPECT_FALSE(kr_type_is_subtype(&kr_type_SystemExit, &kr_type_Exception));
    EXPECT_TRUE(kr_type_is_subtype(&kr_type_UnicodeError, &kr_type_ValueError));
}

TEST(Exception, Match) {
    kr_value e = exc(&kr_type_ZeroDivisionError, {S("divide by zero")});
    EXPECT_EQ(kr_exc_match(e, kr_val(&kr_type_ZeroDivisionError)), 1);
    EXPECT_EQ(kr_exc_match(e, kr_val(&kr_type_ArithmeticError)), 1);
    EXPECT_EQ(kr_exc_match(e, kr_val(&kr_type_Exception)), 1);
    EXPECT_EQ(kr_exc_match(e, kr_val(&kr_type_KeyError)), 0);
    kr_value types[] = {kr_val(&kr_type_KeyError), kr_val(&kr_type_ArithmeticError)};
    EXPECT_EQ(kr_exc_match(e, kr_build_tuple(2, types)), 1);
    EXPECT_EQ(kr_exc_match(e, kr_build_tuple(1, types)), 0);
    EXPECT_EQ(kr_exc_match(e, kr_val(&kr_type_int)), -1);
    EXPECT_EQ(take_error(),
              "TypeError: catching classes that do not inherit from BaseException is not allowed");
}

TEST(Exception, RaiseForms) {
    EXPECT_EQ(kr_raise(kr_val(&kr_type_KeyError)), 0u);
    EXPECT_TRUE(kr_exc_pending_is(&kr_type_KeyError));
    kr_value e = kr_exc_fetch();
    EXPECT_FALSE(kr_exc_pending());
    EXPECT_EQ(kr_reraise(e), 0u);
    EXPECT_EQ(kr_exc_fetch(), e);
    kr_raise(I(3));
    EXPECT_EQ(take_error(), "TypeError: exceptions must derive from BaseException");
    kr_reraise(0);
    EXPECT_EQ(take_error(), "RuntimeError: no active exception to reraise");
    kr_raise_assertion(0);
    EXPECT_EQ(take_error(), "AssertionError: ");
    kr_raise_assertion(S("x must be negative"));
    EXPECT_EQ(take_error(), "AssertionError: x must be negative");
    kr_raise_recursion();
    EXPECT_EQ(take_error(), "RuntimeError: maximum recursion depth exceeded");
    kr_exc_restore(e);
    EXPECT_TRUE(kr_exc_pending_is(&kr_type_LookupError));
    kr_exc_fetch();
}

int report_status;

void report(void *) {
    report_status = kr_report_uncaught();
}

std::string report_stderr() {
    testing::internal::CaptureStderr();
    report(nullptr);
    return testing::internal::GetCapturedStderr();
}

TEST(Exception, UncaughtTracebackFormat) {
    kr_raise_msg(&kr_type_ZeroDivisionError, "divide by zero");
    kr_traceback_add("prog.py", 3, "f");
    kr_traceback_add("prog.py", 7, "<module>");
    EXPECT_EQ(report_stderr(), "Traceback (most recent call last):\n"
                               "  File \"prog.py\", line 7, in <module>\n"
                               "  File \"prog.py\", line 3, in f\n"
                               "ZeroDivisionError: divide by zero\n");
    EXPECT_EQ(report_status, 1);
    EXPECT_FALSE(kr_exc_pending());
}

TEST(Exception, LongTracebackKeepsEveryFrame) {
    kr_raise(kr_val(&kr_type_ValueError));
    for (uint32_t i = 0; i < 100; ++i)
        kr_traceback_add("deep.py", i + 1, "g");
    std::string out = report_stderr();
    EXPECT_EQ(out.find("  File \"deep.py\", line 100, in g\n"), 35u);
    EXPECT_NE(out.find("  File \"deep.py\", line 1, in g\nValueError: \n"), std::string::npos);
}

TEST(Exception, SystemExitStatus) {
    kr_raise(exc(&kr_type_SystemExit, {I(3)}));
    EXPECT_EQ(report_stderr(), "");
    EXPECT_EQ(report_status, 3);
    kr_raise(kr_val(&kr_type_SystemExit));
    report_stderr();
    EXPECT_EQ(report_status, 0);
    kr_raise(exc(&kr_type_SystemExit, {S("bye")}));
    EXPECT_EQ(report_stderr(), "bye\n");
    EXPECT_EQ(report_status, 1);
}

void print_then_fail(void *) {
    kr_print_cstr(&kr_stdout_printer, "before\n");
    kr_raise_msg(&kr_type_RuntimeError, "after");
    report(nullptr);
}

TEST(Exception, StdoutIsFlushedBeforeTraceback) {
    testing::internal::CaptureStderr();
    std::string out = capture_stdout(print_then_fail, nullptr);
    std::string err = testing::internal::GetCapturedStderr();
    EXPECT_EQ(out, "before\n");
    EXPECT_EQ(err, "RuntimeError: after\n");
}

TEST(Exception, MemoryErrorNeedsNoAllocation) {
    kr_raise_memory_error();
    kr_traceback_add("m.py", 1, "<module>");
    EXPECT_EQ(report_stderr(), "Traceback (most recent call last):\n"
                               "  File \"m.py\", line 1, in <module>\n"
                               "MemoryError: \n");
}

} // namespace
