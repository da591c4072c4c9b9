//===- set_test.h - helpers for the set unit tests -------------*- C++ -*-===//
#ifndef KRAIT_TESTS_SET_TEST_H
#define KRAIT_TESTS_SET_TEST_H

#include "object.h"

#include <initializer_list>
#include <string>

/// repr() of a value as a std::string ("<raised Type: msg>" when v is 0).
std::string repr(kr_value v);
/// The pending exception as "Type: message", cleared; "" when none.
std::string take_error();
/// A str value from a C string.
kr_value S(const char *s);
/// A small int value.
kr_value I(kr_int i);
/// A tuple / list of small ints.
kr_value ints_tuple(std::initializer_list<kr_int> items);
kr_value ints_list(std::initializer_list<kr_int> items);
/// A set / frozenset of small ints, built through the type's constructor.
kr_value int_set(std::initializer_list<kr_int> items);
kr_value int_frozenset(std::initializer_list<kr_int> items);
/// Call method `name` of self's type (looked up in its attrs table, self
/// prepended) with positional args, checking the arg counts as the runtime does.
kr_value call_method(kr_value self, const char *name, std::initializer_list<kr_value> args = {});
/// repr(sorted(list(iterable))), or the error text.
std::string sorted_repr(kr_value iterable);
/// Call a type's constructor slot with positional args.
kr_value make(const kr_type *type, std::initializer_list<kr_value> args = {});

#endif // KRAIT_TESTS_SET_TEST_H
