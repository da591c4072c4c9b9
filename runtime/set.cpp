//===- runtime/set.cpp - the hash table behind set and frozenset ----------===//
//
// Part of the krait runtime. See set.h for the layout; the operators, the
// methods and the type objects are in set_ops.cpp.
//
//===----------------------------------------------------------------------===//
#include "set.h"
#include "dict.h"
#include "exception.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

#include <string.h>

const kr_object kr_set_dummy_obj = {&kr_type_object};

static kr_set *as_set(kr_value v) {
    return (kr_set *)kr_obj(v);
}

//===----------------------------------------------------------------------===//
// Probing
//===----------------------------------------------------------------------===//

/// Slots tried one after another before jumping: neighbouring slots share
/// cache lines, so a short linear run is cheap.
static const size_t kLinearProbes = 9;
/// Smallest table; a fresh set allocates it on the first insertion.
static const size_t kMinSize = 8;

/// The probe sequence of a hash: from each base slot a linear run of
/// kLinearProbes slots (when it does not wrap around), then the next base
/// along base = base * 5 + 1 + perturb. Once perturb has shifted down to
/// zero that recurrence visits every slot, so a probe always finds an empty
/// slot (the table is never more than 3/5 full).
struct set_probe {
    size_t base, step, linear, mask, perturb;

    set_probe(kr_int hash, size_t mask_)
        : base((size_t)hash & mask_), step(0), mask(mask_), perturb((size_t)hash) {
        linear = run_length();
    }
    size_t run_length() const { return base + kLinearProbes <= mask ? kLinearProbes : 0; }
    size_t slot() const { return base + step; }
    void next() {
        if (step < linear) {
            step++;
            return;
        }
        perturb >>= 5;
        base = (base * 5 + 1 + perturb) & mask;
        step = 0;
        linear = run_length();
    }
};

/// How far a key of `hash` placed at `slot` sits past its home slot, or
/// SIZE_MAX when it is outside the first linear run of its probe path (it
/// got there by a jump).
static size_t placement_reach(size_t slot, kr_int hash, size_t mask) {
    size_t home = (size_t)hash & mask;
    size_t last = home + kLinearProbes <= mask ? home + kLinearProbes : home;
    return slot >= home && slot <= last ? slot - home : SIZE_MAX;
}

/// Note that a key of `hash` now sits at `slot`.
static void note_placement(kr_set *s, size_t slot, kr_int hash) {
    size_t r = placement_reach(slot, hash, s->mask);
    if (r > s->reach) s->reach = r;
}

bool kr_set_hash_key(kr_value key, kr_int *out) {
    // kr_hash's own first case, without the call: small ints hash to their value.
    if (kr_is_small_int(key)) {
        *out = kr_small_int_value(key);
        return true;
    }
    if (kr_is_str(key)) {
        *out = kr_str_hash(key);
        return true;
    }
    return kr_hash(key, out);
}

/// set_lookup's full form, comparing keys of equal hash with kr_equal.
[[gnu::noinline]] static kr_int set_lookup_slow(kr_set *s, kr_value key, kr_int hash,
                                                size_t *free_slot) {
restart:
    kr_set_entry *table = s->table;
    size_t mask = s->mask;
    size_t dummy = SIZE_MAX;
    for (set_probe p(hash, mask);; p.next()) {
        size_t i = p.slot();
        kr_value k = table[i].key;
        if (k == key) return (kr_int)i;
        if (k == 0) {
            if (free_slot) *free_slot = dummy != SIZE_MAX ? dummy : i;
            return -1;
        }
        if (table[i].hash != hash || k == KR_SET_DUMMY) {
            // A dummy's stored hash is 0, so a key hashing to 0 gets here too.
            if (k == KR_SET_DUMMY && dummy == SIZE_MAX) dummy = i;
            continue;
        }
        if (kr_is_str(key) && kr_is_str(k)) {
            if (kr_str_equal(k, key)) return (kr_int)i;
            continue;
        }
        int r = kr_equal(k, key);
        if (r < 0) return -2;
        // A user __eq__ may have changed the set: start over.
        if (s->table != table || s->mask != mask || table[i].key != k) goto restart;
        if (r) return (kr_int)i;
    }
}

/// Look key up. Returns its slot, or -1 when absent (then, when free_slot is
/// not null, *free_slot is where to insert it: the first dummy on its probe
/// path, else the empty slot that ended the probe; SIZE_MAX when there is no
/// table), or -2 when a comparison raised. The loop here settles identical
/// keys, empty slots and dummies without calls; the first slot of equal hash
/// holding another object hands the whole probe over to set_lookup_slow.
static kr_int set_lookup(kr_set *s, kr_value key, kr_int hash, size_t *free_slot) {
    if (!s->table) {
        if (free_slot) *free_slot = SIZE_MAX;
        return -1;
    }
    const kr_set_entry *table = s->table;
    size_t dummy = SIZE_MAX;
    for (set_probe p(hash, s->mask);; p.next()) {
        size_t i = p.slot();
        kr_value k = table[i].key;
        if (k == key) return (kr_int)i;
        if (k == 0) {
            if (free_slot) *free_slot = dummy != SIZE_MAX ? dummy : i;
            return -1;
        }
        if (k == KR_SET_DUMMY) {
            if (dummy == SIZE_MAX) dummy = i;
        } else if (table[i].hash == hash) {
            return set_lookup_slow(s, key, hash, free_slot);
        }
    }
}

/// The first empty slot on hash's probe path (the table has no equal key).
static size_t set_find_empty(const kr_set *s, kr_int hash) {
    set_probe p(hash, s->mask);
    while (s->table[p.slot()].key)
        p.next();
    return p.slot();
}

/// Rebuild the table with more than `min_used` slots (at least kMinSize),
/// dropping the dummies. False with MemoryError pending.
[[gnu::noinline]] static bool set_resize(kr_set *s, size_t min_used) {
    size_t size = kMinSize;
    while (size <= min_used) {
        if (size > ((size_t)-1 / sizeof(kr_set_entry)) / 2) {
            kr_raise_memory_error();
            return false;
        }
        size <<= 1;
    }
    kr_set_entry *old = s->table;
    size_t old_size = old ? s->mask + 1 : 0;
    kr_set_entry *table = (kr_set_entry *)kr_gc_alloc(size * sizeof(kr_set_entry));
    if (!table) return false;
    s->table = table;
    s->mask = size - 1;
    s->fill = s->used;
    s->finger = 0;
    s->reach = 0;
    for (size_t i = 0; i < old_size; i++) {
        kr_value k = old[i].key;
        if (!k || k == KR_SET_DUMMY) continue;
        size_t j = set_find_empty(s, old[i].hash);
        table[j] = old[i];
        note_placement(s, j, old[i].hash);
    }
    return true;
}

/// Tables up to this many slots drop their dummies in place, with a bitmap
/// on the stack; larger ones are rebuilt into a new table.
static const size_t kMaxInPlaceSlots = 1024;

static bool bit_get(const uint8_t *bits, size_t i) {
    return (bits[i >> 3] >> (i & 7)) & 1;
}
static void bit_put(uint8_t *bits, size_t i, bool on) {
    if (on)
        bits[i >> 3] |= (uint8_t)(1u << (i & 7));
    else
        bits[i >> 3] &= (uint8_t) ~(1u << (i & 7));
}

/// The first slot on hash's probe path that is empty or still pending.
static size_t set_find_open(const kr_set *s, kr_int hash, const uint8_t *pending) {
    set_probe p(hash, s->mask);
    while (s->table[p.slot()].key && !bit_get(pending, p.slot()))
        p.next();
    return p.slot();
}

/// Turn every dummy back into an empty slot, keeping the table: the dummies
/// become empty and each live key is re-placed at the first open slot of its
/// probe path, in one pass. A key is "pending" until placed; a placed key's
/// path before it holds only placed keys, which never move again, so every
/// key stays reachable. Placing onto a pending slot swaps the two keys and
/// goes on with the one that came back (each swap places one key for good).
[[gnu::noinline]] static void set_purge_dummies(kr_set *s) {
    size_t size = s->mask + 1;
    if (size > kMaxInPlaceSlots) {
        // Rebuild (possibly smaller) as an insertion would size it. Out of
        // memory, the dummies simply stay.
        size_t n = s->used + 1;
        if (!set_resize(s, n > 50000 ? n * 2 : n * 4)) kr_exc_fetch();
        return;
    }
    uint8_t pending[kMaxInPlaceSlots / 8];
    memset(pending, 0, (size + 7) / 8);
    kr_set_entry *table = s->table;
    for (size_t i = 0; i < size; i++) {
        if (table[i].key == KR_SET_DUMMY)
            table[i].key = 0;
        else if (table[i].key)
            bit_put(pending, i, true);
    }
    // Always the lowest pending slot: a swap leaves slot i pending again.
    for (size_t w = 0; w < (size + 7) / 8; w++) {
        while (pending[w]) {
            size_t i = w * 8 + (size_t)__builtin_ctz(pending[w]);
            size_t j = set_find_open(s, table[i].hash, pending);
            if (j == i) {
                bit_put(pending, i, false);
            } else if (!table[j].key) {
                table[j] = table[i];
                table[i].key = 0;
                table[i].hash = 0;
                bit_put(pending, i, false);
            } else {
                kr_set_entry t = table[j];
                table[j] = table[i];
                table[i] = t;
                bit_put(pending, j, false);
            }
        }
    }
    s->fill = s->used;
    s->finger = 0;
    s->reach = 0;
    for (size_t i = 0; i < size; i++)
        if (table[i].key) note_placement(s, i, table[i].hash);
}

//===----------------------------------------------------------------------===//
// The internal API
//===----------------------------------------------------------------------===//

kr_value kr_set_new(const kr_type *type) {
    kr_set *s = kr_new_object<kr_set>(type);
    if (!s) return 0;
    s->hash = -1;
    return kr_val(s);
}

int kr_set_contains_hashed(kr_value set, kr_value key, kr_int hash) {
    kr_int pos = set_lookup(as_set(set), key, hash, nullptr);
    return pos == -2 ? -1 : pos >= 0;
}

int kr_set_contains(kr_value set, kr_value key) {
    kr_int hash;
    if (!kr_set_hash_key(key, &hash)) return -1;
    return kr_set_contains_hashed(set, key, hash);
}

/// kr_set_add_hashed's body, inlined into kr_set_add too: `s.add(x)` makes
/// one call into the table, not two.
[[gnu::always_inline]] static inline kr_value set_add_entry(kr_value set, kr_value key,
                                                            kr_int hash) {
    kr_set *s = as_set(set);
    size_t slot;
    kr_int pos = set_lookup(s, key, hash, &slot);
    if (pos == -2) return 0;
    if (pos >= 0) return kr_val(&kr_None);
    // Reusing a dummy slot leaves `fill` as it is; taking an empty one may
    // push the table past 3/5 full, so grow first (to about 4x the keys, as
    // CPython does, 2x for very large sets).
    bool takes_empty = !s->table || !s->table[slot].key;
    if (takes_empty && (!s->table || (s->fill + 1) * 5 >= s->mask * 3)) {
        size_t n = s->used + 1;
        if (!set_resize(s, n > 50000 ? n * 2 : n * 4)) return 0;
        slot = set_find_empty(s, hash);
    }
    if (!s->table[slot].key) s->fill++;
    s->table[slot].key = key;
    s->table[slot].hash = hash;
    s->used++;
    note_placement(s, slot, hash);
    return kr_val(&kr_None);
}

kr_value kr_set_add_hashed(kr_value set, kr_value key, kr_int hash) {
    return set_add_entry(set, key, hash);
}

kr_value kr_set_add(kr_value set, kr_value key) {
    kr_int hash;
    if (!kr_set_hash_key(key, &hash)) return 0;
    return set_add_entry(set, key, hash);
}

/// Whether slot i (a key being removed, or a dummy) can become empty: the
/// table has no jumped key, so a probe path runs through i only to a key at
/// most `reach` slots further on whose home slot is at or before i, with no
/// empty slot between (an empty slot ends every probe).
static bool slot_can_empty(const kr_set *s, size_t i) {
    if (s->reach == SIZE_MAX) return false;
    const kr_set_entry *t = s->table;
    size_t last = s->mask - i < s->reach ? s->mask : i + s->reach;
    for (size_t j = i + 1; j <= last; j++) {
        kr_value k = t[j].key;
        if (!k) return true;
        if (k != KR_SET_DUMMY && ((size_t)t[j].hash & s->mask) <= i) return false;
    }
    return true;
}

/// kr_set_discard_hashed's body, inlined into kr_set_discard too.
[[gnu::always_inline]] static inline int set_discard_entry(kr_value set, kr_value key,
                                                           kr_int hash) {
    kr_set *s = as_set(set);
    kr_int pos = set_lookup(s, key, hash, nullptr);
    if (pos < 0) return pos == -2 ? -1 : 0;
    s->used--;
    kr_set_entry *t = s->table;
    size_t i = (size_t)pos;
    // Empty the slot when no probe path runs through it; then each dummy
    // just before it can go too (its next slot is now empty). A set whose
    // small-int keys come and go (a backtracking search's visited set) sits
    // at its home slots, so this keeps it free of dummies and its lookups
    // stop at the first slot.
    if (slot_can_empty(s, i)) {
        for (;;) {
            t[i].key = 0;
            t[i].hash = 0;
            s->fill--;
            if (i == 0 || t[i - 1].key != KR_SET_DUMMY) return 1;
            i--;
        }
    }
    // The dummy keeps probes for keys placed after this one going.
    t[i].key = KR_SET_DUMMY;
    t[i].hash = 0;
    // Re-adding a key reuses a dummy on its path, so a set whose keys come
    // and go never grows into a resize and its dummies could pile up until
    // every miss walks them all. Drop them once they are an eighth of the
    // table (amortised O(1) per discard); a lone dummy is not worth a pass.
    size_t dummies = s->fill - s->used;
    if (dummies > 1 && dummies * 8 >= s->mask + 1) set_purge_dummies(s);
    return 1;
}

int kr_set_discard_hashed(kr_value set, kr_value key, kr_int hash) {
    return set_discard_entry(set, key, hash);
}

int kr_set_discard(kr_value set, kr_value key) {
    kr_int hash;
    if (!kr_set_hash_key(key, &hash)) return -1;
    return set_discard_entry(set, key, hash);
}

kr_set_entry *kr_set_next(kr_value set, size_t *pos) {
    kr_set *s = as_set(set);
    while (s->table && *pos <= s->mask) {
        kr_set_entry *e = &s->table[(*pos)++];
        if (e->key && e->key != KR_SET_DUMMY) return e;
    }
    return nullptr;
}

kr_value kr_set_pop(kr_value set) {
    kr_set *s = as_set(set);
    if (!s->used) return KR_NOTFOUND;
    // Resume where the last pop stopped so repeated pops do not rescan the
    // emptied front of the table.
    size_t i = s->finger & s->mask;
    while (!s->table[i].key || s->table[i].key == KR_SET_DUMMY)
        i = (i + 1) & s->mask;
    kr_value key = s->table[i].key;
    s->table[i].key = KR_SET_DUMMY;
    s->table[i].hash = 0;
    s->used--;
    s->finger = i + 1;
    return key;
}

void kr_set_clear(kr_value set) {
    kr_set *s = as_set(set);
    s->used = s->fill = s->mask = s->finger = 0;
    s->table = nullptr;
    s->reach = 0;
}

void kr_set_swap_contents(kr_value to, kr_value from) {
    kr_set *t = as_set(to), *f = as_set(from);
    t->used = f->used;
    t->fill = f->fill;
    t->mask = f->mask;
    t->table = f->table;
    t->finger = f->finger;
    t->reach = f->reach;
    kr_set_clear(from);
}

/// Add the items of a list or tuple. The items are re-read each time: a user
/// __hash__ or __eq__ may resize the list.
static kr_value set_update_seq(kr_value set, kr_value seq) {
    for (size_t i = 0;; i++) {
        size_t n;
        kr_value *items = kr_is_list(seq) ? kr_list_items(seq, &n) : kr_tuple_items(seq, &n);
        if (i >= n) return kr_val(&kr_None);
        if (!kr_set_add(set, items[i])) return 0;
    }
}

/// Copy the table of `from`, which has no dummies, into the empty set `to`:
/// the same slots, so no key is probed for (as CPython copies a set).
static bool set_clone_table(kr_set *to, const kr_set *from) {
    size_t size = from->mask + 1;
    kr_set_entry *table = (kr_set_entry *)kr_gc_alloc(size * sizeof(kr_set_entry));
    if (!table) return false;
    memcpy(table, from->table, size * sizeof(kr_set_entry));
    to->table = table;
    to->mask = from->mask;
    to->used = to->fill = from->used;
    to->finger = 0;
    to->reach = from->reach;
    return true;
}

kr_value kr_set_update(kr_value set, kr_value iterable) {
    if (kr_is_anyset(iterable)) {
        if (iterable == set) return kr_val(&kr_None);
        const kr_set *from = as_set(iterable);
        kr_set *to = as_set(set);
        // A sparse table (most keys discarded) is cheaper to re-insert.
        if (to->fill == 0 && from->table && from->fill == from->used &&
            (from->mask < 64 || from->used * 10 > from->mask))
            return set_clone_table(to, from) ? kr_val(&kr_None) : 0;
        // Stored hashes: no key is hashed again.
        size_t pos = 0;
        while (kr_set_entry *e = kr_set_next(iterable, &pos))
            if (!kr_set_add_hashed(set, e->key, e->hash)) return 0;
        return kr_val(&kr_None);
    }
    if (kr_is_dict(iterable)) {
        // dict hashes keys as kr_set_hash_key does: its stored hashes serve.
        size_t pos = 0;
        while (kr_dict_entry *e = kr_dict_next(iterable, &pos))
            if (!kr_set_add_hashed(set, e->key, e->hash)) return 0;
        return kr_val(&kr_None);
    }
    if (kr_is_list(iterable) || kr_is_tuple(iterable)) return set_update_seq(set, iterable);
    kr_value it = kr_iter(iterable);
    if (!it) return 0;
    for (;;) {
        kr_value item = kr_iter_next(it);
        if (!item) return 0;
        if (item == KR_STOP) return kr_val(&kr_None);
        if (!kr_set_add(set, item)) return 0;
    }
}

kr_value kr_set_from_iterable(const kr_type *type, kr_value iterable) {
    kr_value s = kr_set_new(type);
    if (!s || !kr_set_update(s, iterable)) return 0;
    return s;
}

/// Spread a key's hash over all bits, so the xor of several keys' hashes
/// does not cancel for nearby small ints (a 64-bit finaliser in the style of
/// SplitMix64).
static uint64_t mix_hash(uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

kr_int kr_set_hash_keys(kr_value set) {
    // xor is order-independent: equal sets hash alike whatever their
    // insertion history.
    uint64_t h = 0;
    size_t pos = 0;
    while (kr_set_entry *e = kr_set_next(set, &pos))
        h ^= mix_hash((uint64_t)e->hash);
    h = mix_hash(h ^ ((uint64_t)kr_set_len(set) * 0x9e3779b97f4a7c15ull));
    return (kr_int)((size_t)h & (size_t)KR_SMALL_INT_MAX);
}

//===----------------------------------------------------------------------===//
// Iteration
//===----------------------------------------------------------------------===//

/// Iterator over a set's keys in table order.
struct set_iterator {
    kr_object base;
    kr_value set;
    size_t pos;
    size_t used; ///< len(set) when iteration started
};

static kr_value set_iter_next(kr_value self) {
    set_iterator *it = (set_iterator *)kr_obj(self);
    // Adding or removing keys may move keys around the table (a resize), so
    // the position would no longer mean anything.
    if (kr_set_len(it->set) != it->used)
        return kr_raise_msg(&kr_type_RuntimeError, "Set changed size during iteration");
    kr_set_entry *e = kr_set_next(it->set, &it->pos);
    return e ? e->key : KR_STOP;
}

extern "C" const kr_type kr_type_set_iter = {
    {&kr_type_type}, "iterator", KR_TYPE_FLAG_ITER_IS_SELF,
    &kr_type_object, nullptr,    nullptr,
    nullptr,         nullptr,    nullptr,
    nullptr,         nullptr,    nullptr,
    set_iter_next,   nullptr,    nullptr,
    nullptr,         0,          0,
};

kr_value kr_set_iter(kr_value set) {
    set_iterator *it = kr_new_object<set_iterator>(&kr_type_set_iter);
    if (!it) return 0;
    it->set = set;
    it->pos = 0;
    it->used = kr_set_len(set);
    return kr_val(it);
}
