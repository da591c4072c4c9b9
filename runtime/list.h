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

struct kr_slice_range;
/// A new list of the items of `list` that `r` (resolved against its length)
/// selects. 0 on MemoryError.
kr_value kr_list_slice(kr_value list, const kr_slice_range &r);
/// list[r] = value (any iterable; extended slices need an equal length), or
/// del list[r] when value is 0. kr_None, or 0 on error.
kr_value kr_list_store_slice(kr_value list, const kr_slice_range &r, kr_value value);
/// list[r] = the n items at src, which must not point into the list's own
/// items (they may move). kr_None, or 0 on error.
kr_value kr_list_store_items(kr_value list, const kr_slice_range &r, const kr_value *src, size_t n);

#endif // KRAIT_RUNTIME_LIST_H
