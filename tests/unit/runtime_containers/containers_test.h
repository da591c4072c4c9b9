//===- containers_test.h - helpers for the container unit tests -*- C++ -*-===//
#ifndef KRAIT_TESTS_CONTAINERS_TEST_H
#define KRAIT_TESTS_CONTAINERS_TEST_H

#include "rt_test_support.h"

/// Evaluate repr of call_method(...), or the error text.
std::string mrepr(kr_value self, const char *name, std::initializer_list<kr_value> args = {},
                  kw_args kw = {});

#endif // KRAIT_TESTS_CONTAINERS_TEST_H
