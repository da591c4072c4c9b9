//===- set_test_util.cpp - helpers of the set unit tests ------------------===//
#include "set_test.h"

#include "exception.h"
#include "list.h"
#include "set.h"

kr_value int_set(std::initializer_list<kr_int> items) {
    return kr_set_from_iterable(&kr_type_set, ints_tuple(items));
}

kr_value int_frozenset(std::initializer_list<kr_int> items) {
    return kr_set_from_iterable(&kr_type_frozenset, ints_tuple(items));
}

std::string sorted_repr(kr_value iterable) {
    kr_value l = kr_list_new(0);
    if (!l || !kr_list_extend(l, iterable) || !kr_list_sort(l, 0, false))
        return "<raised " + take_error() + ">";
    return repr(l);
}
