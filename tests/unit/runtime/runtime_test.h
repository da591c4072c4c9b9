//===- runtime_test.h - helpers shared by the runtime core tests -*- C++ -*-===//
#ifndef KRAIT_TESTS_UNIT_RUNTIME_RUNTIME_TEST_H
#define KRAIT_TESTS_UNIT_RUNTIME_RUNTIME_TEST_H

#include "exception.h"
#include "function.h"
#include "gc.h"
#include "init.h"
#include "object.h"

#include <initializer_list>
#include <string>
#include <utility>

/// The stack base main() gave the runtime (for tests that re-create the heap).
extern void *test_stack_base;

/// Take the pending exception and return "Type: message" ("" when none).
std::string take_error();
/// str() / repr() of a value as a std::string ("<raised ...>" on error).
std::string str(kr_value v);
std::string repr(kr_value v);

inline kr_value S(const char *s) {
    return kr_str_from_cstr(s);
}
inline kr_value I(kr_int i) {
    return kr_small_int(i);
}

/// Call `callee` with positional args and keyword args (name, value).
kr_value call(kr_value callee, std::initializer_list<kr_value> args,
              std::initializer_list<std::pair<const char *, kr_value>> kw = {});
/// Call the builtin named `name`.
kr_value builtin(const char *name, std::initializer_list<kr_value> args,
                 std::initializer_list<std::pair<const char *, kr_value>> kw = {});

/// Skips a test whose loops allocate far too much to collect at every
/// allocation (KRAIT_GC_STRESS builds).
#define SKIP_UNDER_GC_STRESS()                                                                     \
    if (kr_gc_stress_mode()) GTEST_SKIP() << "allocation-heavy: skipped under KRAIT_GC_STRESS"

/// Run `fn` with the process's stdout captured; returns what it printed.
std::string capture_stdout(void (*fn)(void *), void *ctx);

#endif
