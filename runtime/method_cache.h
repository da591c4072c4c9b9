//===- runtime/method_cache.h - global class attribute lookup cache -*- C++ -*-===//
//
// Attribute lookup on a class walks its bases depth first with a hash lookup
// in every user class dict, or scans a built-in type's method table by name.
// This direct-mapped cache remembers the outcome of such a walk, keyed by
// (type, name, kind), so repeated `obj.method` and `obj.attr = v` skip it.
//
// Invalidation is global and exact: every class dict is marked (dict.h,
// kr_dict_mark_class), and any change of a marked dict, or the creation of a
// class, bumps kr_class_epoch. An entry is only used while the epoch it was
// filled in is current. Entries hold their type, name and result as GC roots,
// so no address in the cache can be reused by a new object while it is there.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_METHOD_CACHE_H
#define KRAIT_RUNTIME_METHOD_CACHE_H

#include <string.h>

#include "str.h"

/// What a cached lookup computed; part of the key.
enum kr_lookup_kind : uintptr_t {
    KR_LOOKUP_FULL = 0,  ///< kr_class_lookup over class dicts and method tables
    KR_LOOKUP_USER = 1,  ///< kr_class_lookup over user class dicts only
    KR_LOOKUP_ATTRS = 2, ///< built-in method tables along the parent chain
    /// kr_class_lookup_special: KR_LOOKUP_SPECIAL + the slot offset.
    KR_LOOKUP_SPECIAL = 3,
    /// What `obj.name = v` / `del obj.name` finds in the class (class.cpp):
    /// beyond every slot offset.
    KR_LOOKUP_STORE = 0x10000,
    KR_LOOKUP_DELETE = 0x10001,
};

/// One cached lookup. Every word is a value the collector scans.
struct kr_lookup_entry {
    const kr_type *type;
    uintptr_t name; ///< a str value, or the address of a static C string
    uintptr_t kind;
    kr_value value; ///< the result (KR_NOTFOUND, KR_STOP or an attribute)
    const kr_type *owner;
    uintptr_t epoch;
};

/// The current class epoch (see above). Never 0 while entries are valid.
extern uintptr_t kr_class_epoch;

/// Forget every entry (on epoch wrap-around).
void kr_method_cache_flush(void);

/// Entries in the cache: a power of two, small on 32-bit targets where RAM
/// is scarce.
#if UINTPTR_MAX > 0xffffffffu
#define KR_METHOD_CACHE_ENTRIES 512
#else
#define KR_METHOD_CACHE_ENTRIES 64
#endif

/// The entries (method_cache.cpp).
extern kr_lookup_entry kr_method_cache[KR_METHOD_CACHE_ENTRIES];

/// The cache slot for a key (hit or not).
inline kr_lookup_entry *kr_method_cache_slot(const kr_type *t, uintptr_t name, uintptr_t kind) {
    // Objects are at least 8-byte aligned: drop the low bits, mix, fold.
    uintptr_t h = ((uintptr_t)t >> 3) * 31u + (name >> 3) + kind * 7u;
    h ^= h >> 9;
    return &kr_method_cache[h & (KR_METHOD_CACHE_ENTRIES - 1)];
}

/// Whether slot `e` holds the current result for the key.
inline bool kr_method_cache_hit(const kr_lookup_entry *e, const kr_type *t, uintptr_t name,
                                uintptr_t kind) {
    return e->type == t && e->name == name && e->kind == kind && e->epoch == kr_class_epoch;
}

/// Fill slot `e`; `epoch` is kr_class_epoch as read before the lookup ran
/// (a class change during the lookup leaves the entry stale).
void kr_method_cache_fill(kr_lookup_entry *e, const kr_type *t, uintptr_t name, uintptr_t kind,
                          kr_value value, const kr_type *owner, uintptr_t epoch);

/// Signal a change of some class's attributes: invalidates every entry.
inline void kr_class_changed(void) {
    if (++kr_class_epoch == 0) kr_method_cache_flush();
}

/// The entry of built-in method tables along t's parent chain named `name`
/// (a str), or null; `*owner` receives the type whose table has it. Cached.
const kr_object *kr_type_find_attr(const kr_type *t, kr_value name, const kr_type **owner);

/// Whether `s` is the str spelled by string literal `lit`: a length check
/// first, no strlen (hot attribute paths test a few special names).
template <size_t N> inline bool kr_name_is(kr_value s, const char (&lit)[N]) {
    if (!kr_is_str(s)) return false;
    const kr_str *o = kr_str_obj(s);
    return o->len == N - 1 && memcmp(o->data, lit, N - 1) == 0;
}

#endif // KRAIT_RUNTIME_METHOD_CACHE_H
