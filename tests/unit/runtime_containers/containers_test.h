//===- containers_test.h - helpers for the container unit tests -*- C++ -*-===//
#ifndef KRAIT_TESTS_CONTAINERS_TEST_H
#define KRAIT_TESTS_CONTAINERS_TEST_H

#include "object.h"

#include <initializer_list>
#include <string>
#include <utility>

/// repr() / str() of a value as a std::string ("<raised ...>" on error).
std::string repr(kr_value v);
std::string str(kr_value v);
/// The pending exception as "Type: message", cleared; "" when none.
std::string take_error();
/// A str value from a C string.
kr_value S(const char *s);
/// A small int value.
kr_value I(kr_int i);
/// Call method `name` of self's type (looked up in its attrs table) with
/// positional args and keyword args.
kr_value call_method(kr_value self, const char *name, std::initializer_list<kr_value> args = {},
                     std::initializer_list<std::pair<const char *, kr_value>> kw = {});
/// Call a type's constructor slot.
kr_value make(const kr_type *type, std::initializer_list<kr_value> args = {},
              std::initializer_list<std::pair<const char *, kr_value>> kw = {});
/// Evaluate repr of call_method(...), or the error text.
std::string mrepr(kr_value self, const char *name, std::initializer_list<kr_value> args = {},
                  std::initializer_list<std::pair<const char *, kr_value>> kw = {});
/// A list / tuple of small ints.
kr_value ints_list(std::initializer_list<kr_int> items);
kr_value ints_tuple(std::initializer_list<kr_int> items);

#endif // KRAIT_TESTS_CONTAINERS_TEST_H
