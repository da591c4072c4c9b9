//===- runtime/set.h - set and frozenset objects ----------------*- C++ -*-===//
//
// An unordered open-addressing hash table of keys with their hashes, as
// CPython's set: a power-of-two table probed linearly for a few slots, then
// along a perturbed sequence that reaches every slot. Deleting empties the
// slot when no probe path can run through it (see `reach`), else leaves a
// dummy key so later probes continue past it; a resize or an in-place purge
// drops the dummies.
// Iteration follows table order, so small ints come out ordered by their
// value modulo the table size, as in CPython.
//
// set.cpp holds the table and the internal API; set_ops.cpp the operators,
// the methods and the two type objects.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_SET_H
#define KRAIT_RUNTIME_SET_H

#include "object.h"

extern "C" {
/// The mutable `set` and the immutable, hashable `frozenset`.
extern const kr_type kr_type_set, kr_type_frozenset;
}

/// One table slot: key 0 is empty, kr_set_dummy a deleted key.
struct kr_set_entry {
    kr_value key;
    kr_int hash;
};

/// A set or frozenset (same layout).
struct kr_set {
    kr_object base;
    size_t used;         ///< live keys
    size_t fill;         ///< live plus dummy slots
    size_t mask;         ///< slots - 1; 0 with table null when never filled
    kr_set_entry *table; ///< mask + 1 slots, or null
    size_t finger;       ///< where pop() resumes its scan
    kr_int hash;         ///< frozenset's cached hash, -1 until computed
    /// How far past its home slot a key was placed since the table was last
    /// rebuilt: 0 while every key sits at its home slot; SIZE_MAX once one
    /// was placed by a jump. Below SIZE_MAX every probe path is one linear
    /// run, which lets a discard empty its slot instead of leaving a dummy.
    size_t reach;
};

/// The marker a deleted slot's key holds (never escapes to Python code).
extern const kr_object kr_set_dummy_obj;
#define KR_SET_DUMMY kr_val(&kr_set_dummy_obj)

/// True when t is `base` or a user class deriving from it (built-in types
/// other than base never derive from set or frozenset).
inline bool kr_set_type_is(const kr_type *t, const kr_type *base) {
    return t == base || ((t->flags & KR_TYPE_FLAG_USER) && kr_type_is_subtype(t, base));
}
/// True for an instance of set (or a subclass).
inline bool kr_is_set(kr_value v) {
    return kr_is_obj(v) && kr_set_type_is(kr_obj(v)->type, &kr_type_set);
}
/// True for an instance of frozenset (or a subclass).
inline bool kr_is_frozenset(kr_value v) {
    return kr_is_obj(v) && kr_set_type_is(kr_obj(v)->type, &kr_type_frozenset);
}
/// True for a set or a frozenset.
inline bool kr_is_anyset(kr_value v) {
    return kr_is_set(v) || kr_is_frozenset(v);
}

/// Number of keys.
inline size_t kr_set_len(kr_value s) {
    return ((const kr_set *)kr_obj(s))->used;
}

/// A new empty set of `type` (set, frozenset or a subclass); 0 on MemoryError.
kr_value kr_set_new(const kr_type *type);
/// A new set of `type` holding the items of an iterable; 0 on error.
kr_value kr_set_from_iterable(const kr_type *type, kr_value iterable);
/// The hash the table uses for key: false with TypeError when unhashable.
bool kr_set_hash_key(kr_value key, kr_int *out);
/// key in s: 1, 0, or -1 when hashing or comparing raised.
int kr_set_contains(kr_value s, kr_value key);
/// As kr_set_contains with the key's hash already known.
int kr_set_contains_hashed(kr_value s, kr_value key, kr_int hash);
/// kr_set_contains for a small-int key when its first probe slot settles it
/// (a small int hashes to its value): 1 or 0, or -1 when the probe must go on
/// (then call kr_set_contains).
inline int kr_set_contains_small_int_fast(kr_value s, kr_value key) {
    const kr_set *set = (const kr_set *)kr_obj(s);
    if (!set->table) return 0;
    kr_value k = set->table[(size_t)kr_small_int_value(key) & set->mask].key;
    if (k == key) return 1;
    return k == 0 ? 0 : -1;
}
/// Add key (no effect when present). kr_None, or 0 on error.
kr_value kr_set_add(kr_value s, kr_value key);
/// As kr_set_add with the key's hash already known.
kr_value kr_set_add_hashed(kr_value s, kr_value key, kr_int hash);
/// Remove key: 1 when it was present, 0 when absent, -1 on error.
int kr_set_discard(kr_value s, kr_value key);
/// As kr_set_discard with the key's hash already known.
int kr_set_discard_hashed(kr_value s, kr_value key, kr_int hash);
/// Add every item of an iterable (sets and dicts reuse their stored hashes).
/// kr_None, or 0 on error.
kr_value kr_set_update(kr_value s, kr_value iterable);
/// Remove and return an arbitrary key; KR_NOTFOUND when the set is empty.
kr_value kr_set_pop(kr_value s);
/// Remove every key.
void kr_set_clear(kr_value s);
/// Walk the live slots: start with *pos = 0; returns the next slot and
/// advances *pos, or null at the end.
kr_set_entry *kr_set_next(kr_value s, size_t *pos);
/// Move the contents of `from` into `to` (whose old contents are dropped);
/// `from` is left empty.
void kr_set_swap_contents(kr_value to, kr_value from);
/// The order-independent hash of a set's keys (frozenset hashing).
kr_int kr_set_hash_keys(kr_value s);
/// iter(s): raises RuntimeError if s changes size during the loop.
kr_value kr_set_iter(kr_value s);

#endif // KRAIT_RUNTIME_SET_H
