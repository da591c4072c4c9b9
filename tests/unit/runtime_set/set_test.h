//===- set_test.h - helpers for the set unit tests -------------*- C++ -*-===//
#ifndef KRAIT_TESTS_SET_TEST_H
#define KRAIT_TESTS_SET_TEST_H

#include "rt_test_support.h"

/// A set / frozenset of small ints, built through the type's constructor.
kr_value int_set(std::initializer_list<kr_int> items);
kr_value int_frozenset(std::initializer_list<kr_int> items);
/// repr(sorted(list(iterable))), or the error text.
std::string sorted_repr(kr_value iterable);

#endif // KRAIT_TESTS_SET_TEST_H
