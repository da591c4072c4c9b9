//===- rt_test_support.h - helpers shared by the runtime unit tests -*- C++ -*-===//
#ifndef KRAIT_TESTS_UNIT_RT_TEST_SUPPORT_H
#define KRAIT_TESTS_UNIT_RT_TEST_SUPPORT_H

#include "object.h"
#include "print.h"

#include <initializer_list>
#include <string>
#include <utility>

/// Keyword arguments of a test call: (name, value) pairs.
using kw_args = std::initializer_list<std::pair<const char *, kr_value>>;

/// A printer that appends what it is given to *out.
kr_printer string_printer(std::string *out);
/// Take the pending exception and return "Type: message" ("" when none).
std::string take_error();
/// str() / repr() of a value as a std::string ("<raised ...>" on error or
/// when v is 0).
std::string str(kr_value v);
std::string repr(kr_value v);

/// A str value from a C string.
inline kr_value S(const char *s) {
    return kr_str_from_cstr(s);
}
/// A small int value.
inline kr_value I(kr_int i) {
    return kr_small_int(i);
}
/// The singletons, as values.
inline const kr_value None = kr_val(&kr_None);
inline const kr_value True = kr_val(&kr_True);
inline const kr_value False = kr_val(&kr_False);

/// A list / tuple of small ints.
kr_value ints_list(std::initializer_list<kr_int> items);
kr_value ints_tuple(std::initializer_list<kr_int> items);

/// repr of the list of the items that o's iterator yields (through the
/// type slots), or "<raised ...>" when one step raises.
std::string drain(kr_value o);

/// Call `callee` with positional args and keyword args, through the runtime's
/// call path (which checks the counts as for Python code).
kr_value call(kr_value callee, std::initializer_list<kr_value> args, kw_args kw = {});
/// Call method `name` of self's type with self prepended. The method is
/// looked up in the attrs tables along the native parent chain, as attribute
/// lookup does (bytes keeps the methods it shares with str in a parent's
/// table); when self is a type object, in that type's own tables.
kr_value call_method(kr_value self, const char *name, std::initializer_list<kr_value> args = {},
                     kw_args kw = {});
/// Call a type's constructor slot.
kr_value make(const kr_type *type, std::initializer_list<kr_value> args = {}, kw_args kw = {});

/// Set up a 64 MiB GC heap region and the core types, set the recursion limit
/// 4 MiB below `stack_base`, then run every test. For a main() whose frame
/// address is `stack_base`.
int run_tests_on_heap_region(int argc, char **argv, void *stack_base);

#endif // KRAIT_TESTS_UNIT_RT_TEST_SUPPORT_H
