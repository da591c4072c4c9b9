//===- runtime/dict.h - dict objects ----------------------------*- C++ -*-===//
//
// An insertion-ordered hash table: entries live in an array in insertion
// order; a separate open-addressing index (8, 16 or 32-bit slots, sized to
// the table) maps hashes to entry positions. Deleting leaves a tombstone
// entry (key 0) that the next resize compacts away.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_DICT_H
#define KRAIT_RUNTIME_DICT_H

#include "object.h"

/// One key/value pair; key == 0 marks a deleted entry.
struct kr_dict_entry {
    kr_value key;
    kr_value value;
    kr_int hash;
};

struct kr_dict {
    kr_object base;
    /// Stamp of the last change (insert, value store, removal, clear), unique
    /// over all dicts and never 0: inline caches of global loads compare it.
    /// Generated code reads it at offset 8 on every target (codegen's
    /// KrDictVersionOffset), so it stays right after the header.
    uint64_t version;
    size_t used;   ///< live entries
    size_t filled; ///< entries[0, filled) are live or deleted
    size_t cap;    ///< capacity of entries
    kr_dict_entry *entries;
    size_t index_size; ///< slots in index (a power of two), 0 when none
    void *index;       ///< slot = entry position + 1, 0 = empty
    size_t index_used; ///< non-empty slots (popitem can leave stale ones)
};

inline bool kr_is_dict(kr_value v) {
    return kr_is_obj(v) && kr_obj(v)->type == &kr_type_dict;
}

/// Give `d` a fresh version stamp: call after every change of its contents.
/// A change of a class dict also invalidates the class lookup cache.
void kr_dict_touch(kr_dict *d);
/// Mark `d` as the dict of a class (its changes bump kr_class_epoch).
void kr_dict_mark_class(kr_value d);

/// kr_dict_get for a key that is exactly a str (attribute names): the
/// same result, with a faster probe for small dicts.
kr_value kr_dict_get_str(kr_value dict, kr_value key);

/// kr_dict_set for a key that is exactly a str: replacing an existing
/// value in a small dict skips the generic path.
kr_value kr_dict_set_str(kr_value dict, kr_value key, kr_value value);

/// Bytes of the index kr_dict_use_storage gives `cap` entries (at most half
/// full; byte-wide for small `cap`).
size_t kr_dict_index_bytes(size_t cap);
/// Bytes of `cap` entries followed by their index, rounded up to words.
size_t kr_dict_storage_bytes(size_t cap);
/// Give the empty, never used dict `d` room for `cap` entries: `entries`
/// (cap zeroed entries in a scanned gc block) and `index`
/// (kr_dict_index_bytes(cap) zeroed bytes), both living at least as long as
/// d (an instance allocates its dict's first entries with itself). Growing
/// beyond `cap` moves the entries out; entries and index placed right after
/// d in d's own block are then cleared (they live as long as d).
void kr_dict_use_storage(kr_dict *d, kr_dict_entry *entries, void *index, size_t cap);

/// Number of items.
inline size_t kr_dict_len(kr_value d) {
    return ((const kr_dict *)kr_obj(d))->used;
}
/// Walk the live entries: start with *pos = 0; returns the next entry and
/// advances *pos, or null at the end.
kr_dict_entry *kr_dict_next(kr_value d, size_t *pos);

/// What a dict view or iterator yields (dict_views.cpp).
enum kr_dict_view_kind { KR_DICT_VIEW_KEYS, KR_DICT_VIEW_VALUES, KR_DICT_VIEW_ITEMS };
/// d.keys(), d.values() or d.items(): a live view of dict.
kr_value kr_dict_view_new(kr_value dict, int kind);
/// iter(d): an iterator over d's keys that detects resizing by the loop body.
kr_value kr_dict_getiter(kr_value self);
/// d.update(other): other is a dict, an object with keys(), or an iterable of
/// pairs. kr_None, or 0 on error.
kr_value kr_dict_update(kr_value d, kr_value other);
/// Remove every item.
void kr_dict_clear(kr_value d);

#endif // KRAIT_RUNTIME_DICT_H
