//===- runtime/list.h - list objects ----------------------------*- C++ -*-===//
//
// A growable array of values. The items array is a separate gc block so the
// list object keeps its identity as it grows.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_LIST_H
#define KRAIT_RUNTIME_LIST_H

#include "object.h"

struct kr_list {
    kr_object base;
    size_t len;
    size_t alloc; ///< capacity of items
    kr_value *items;
};

inline bool kr_is_list(kr_value v) {
    return kr_is_obj(v) && kr_obj(v)->type == &kr_type_list;
}

/// Append every item of an iterable to a list. kr_None, or 0 on error.
kr_value kr_list_extend(kr_value list, kr_value iterable);
/// Sort in place; `key` is a callable or 0. kr_None, or 0 when a comparison
/// or the key function raised (the list then holds all its items, in some
/// order).
kr_value kr_list_sort(kr_value list, kr_value key, bool reverse);

#endif // KRAIT_RUNTIME_LIST_H
