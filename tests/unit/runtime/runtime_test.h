//===- runtime_test.h - helpers shared by the runtime core tests -*- C++ -*-===//
#ifndef KRAIT_TESTS_UNIT_RUNTIME_RUNTIME_TEST_H
#define KRAIT_TESTS_UNIT_RUNTIME_RUNTIME_TEST_H

#include "rt_test_support.h"

#include "exception.h"
#include "function.h"
#include "gc.h"
#include "init.h"

/// The stack base main() gave the runtime (for tests that re-create the heap).
extern void *test_stack_base;

/// Call the builtin named `name`.
kr_value builtin(const char *name, std::initializer_list<kr_value> args, kw_args kw = {});

/// Skips a test whose loops allocate far too much to collect at every
/// allocation (KRAIT_GC_STRESS builds).
#define SKIP_UNDER_GC_STRESS()                                                                     \
    if (kr_gc_stress_mode()) GTEST_SKIP() << "allocation-heavy: skipped under KRAIT_GC_STRESS"

/// Run `fn` with the process's stdout captured; returns what it printed.
std::string capture_stdout(void (*fn)(void *), void *ctx);

#endif
