//===- runtime/contains.cpp - the `in` operator as a direct entry ---------===//
//
// `x in c` compiled to one call that answers with a C int, so the branch on
// it needs no bool object and the built-in containers skip the operator
// dispatch (kr_binary_op -> contains -> the type's binary slot -> the
// container's lookup). Exact sets, frozensets, dicts, lists and tuples go
// straight to their lookups, which compare with kr_equal (user __eq__ and
// __hash__ included); everything else, subclasses too, takes kr_binary_op's
// path, so a user __contains__ or a fallback to iteration behaves as before.
//
//===----------------------------------------------------------------------===//
#include "runtime.h"
#include "set.h"
#include "tuple.h"

extern "C" int kr_contains(kr_value needle, kr_value container) {
    if (kr_is_obj(container)) {
        const kr_type *t = kr_obj(container)->type;
        if (t == &kr_type_set || t == &kr_type_frozenset) {
            if (kr_is_small_int(needle)) {
                int r = kr_set_contains_small_int_fast(container, needle);
                if (r >= 0) return r;
            }
            return kr_set_contains(container, needle);
        }
        if (t == &kr_type_dict) {
            kr_value v = kr_dict_get(container, needle);
            return v ? v != KR_NOTFOUND : -1;
        }
        if (t == &kr_type_list || t == &kr_type_tuple) {
            // The bound is rechecked each step: an __eq__ may shrink the list.
            kr_int i = kr_seq_find(container, 0, (size_t)-1, needle);
            return i == -2 ? -1 : i >= 0;
        }
    }
    kr_value r = kr_binary_op(KR_BINARY_IN, needle, container);
    return r ? r == kr_val(&kr_True) : -1;
}
