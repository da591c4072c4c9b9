//===- runtime/dict.cpp - the dict type ------------------------------------===//
//
// Part of the krait runtime. See dict.h for the layout.
//
//===----------------------------------------------------------------------===//
#include "dict.h"
#include "exception.h"
#include "function.h"
#include "method_cache.h"
#include "str.h"
#include "tuple.h"

#include <string.h>

static kr_dict *as_dict(kr_value v) {
    return (kr_dict *)kr_obj(v);
}

/// The last version stamp handed out. 64 bits on every target, so stamps never
/// repeat and a cache can never mistake an old state for the current one.
/// Stamps step by 2: the low bit of a dict's version marks a class dict.
static uint64_t last_stamp = 0;

void kr_dict_touch(kr_dict *d) {
    uint64_t class_bit = d->version & 1;
    last_stamp += 2;
    d->version = last_stamp | class_bit;
    if (class_bit) kr_class_changed();
}

void kr_dict_mark_class(kr_value dict) {
    as_dict(dict)->version |= 1;
}

//===----------------------------------------------------------------------===//
// The index: slot widths grow with the table so small dicts stay small
//===----------------------------------------------------------------------===//

static size_t index_width(size_t size) {
    return size <= 0xff ? 1 : size <= 0xffff ? 2 : 4;
}

static size_t index_get(const kr_dict *d, size_t i) {
    switch (index_width(d->index_size)) {
    case 1:
        return ((const uint8_t *)d->index)[i];
    case 2:
        return ((const uint16_t *)d->index)[i];
    default:
        return ((const uint32_t *)d->index)[i];
    }
}

static void index_set(kr_dict *d, size_t i, size_t slot) {
    switch (index_width(d->index_size)) {
    case 1:
        ((uint8_t *)d->index)[i] = (uint8_t)slot;
        break;
    case 2:
        ((uint16_t *)d->index)[i] = (uint16_t)slot;
        break;
    default:
        ((uint32_t *)d->index)[i] = (uint32_t)slot;
        break;
    }
}

/// Probe sequence: perturbed linear congruence visits every slot.
struct probe {
    size_t i, perturb, mask;
    probe(kr_int hash, size_t size)
        : i((size_t)hash & (size - 1)), perturb((size_t)hash), mask(size - 1) {}
    void next() {
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
};

/// The hash dicts use: strs directly (cached), everything else via kr_hash.
static bool dict_hash(kr_value key, kr_int *out) {
    if (kr_is_str(key)) {
        *out = kr_str_hash(key);
        return true;
    }
    return kr_hash(key, out);
}

/// The last lookup that found its key. A version stamp names one dict in
/// one state (kr_dict_touch), so a store right after a load of the same key
/// object (`d[k] = d.get(k, 0) + 1`, `d[k] += 1`) finds the entry again
/// without hashing, probing or comparing. Static data is a GC root, so the
/// key object stays alive while cached and its address cannot be reused.
static struct {
    uint64_t version;
    kr_value key;
    size_t pos;
} last_found;

/// Position of key's entry, -1 when absent, -2 when a comparison raised.
static kr_int dict_find_probe(const kr_dict *d, kr_value key, kr_int hash);

static kr_int dict_find(const kr_dict *d, kr_value key, kr_int hash) {
    kr_int pos = dict_find_probe(d, key, hash);
    if (pos >= 0) {
        last_found.version = d->version;
        last_found.key = key;
        last_found.pos = (size_t)pos;
    }
    return pos;
}

/// The entry position last_found holds for key in d, or -1.
static kr_int dict_find_cached(const kr_dict *d, kr_value key) {
    if (d->version != last_found.version || key != last_found.key || last_found.pos >= d->filled)
        return -1;
    return (kr_int)last_found.pos;
}

static kr_int dict_find_probe(const kr_dict *d, kr_value key, kr_int hash) {
restart:
    if (!d->index_size) return -1;
    bool key_str = kr_is_str(key);
    for (probe p(hash, d->index_size);; p.next()) {
        size_t slot = index_get(d, p.i);
        if (slot == 0) return -1;
        const kr_dict_entry *e = &d->entries[slot - 1];
        if (e->key == key) return (kr_int)(slot - 1);
        if (!e->key || e->hash != hash) continue;
        if (key_str && kr_is_str(e->key)) {
            if (kr_str_equal(e->key, key)) return (kr_int)(slot - 1);
            continue;
        }
        const kr_dict_entry *entries = d->entries;
        kr_value entry_key = e->key;
        int r = kr_equal(entry_key, key);
        if (r < 0) return -2;
        // A user __eq__ may have resized or changed the dict: look again.
        if (d->entries != entries || e->key != entry_key) goto restart;
        if (r) return (kr_int)(slot - 1);
    }
}

/// Point the first empty slot on hash's probe path at entry `pos`.
static void index_insert(kr_dict *d, kr_int hash, size_t pos) {
    probe p(hash, d->index_size);
    while (index_get(d, p.i))
        p.next();
    index_set(d, p.i, pos + 1);
    d->index_used++;
}

/// Index slots for `cap` entries: a power of two, at least 8, that keeps
/// the index at most two thirds full.
static size_t index_size_for(size_t cap) {
    size_t size = 8;
    while (size < cap + cap / 2)
        size *= 2;
    return size;
}

/// Whether d's entries and index are storage kr_dict_use_storage placed
/// right after the dict in the dict's own block (an instance's). (dict_resize
/// allocates them separately; should two such blocks happen to follow a dict
/// exactly so, clearing the old, unreferenced entries is harmless.)
static bool storage_in_dict_block(const kr_dict *d) {
    return d->entries == (const kr_dict_entry *)(d + 1) &&
           (const char *)d->index == (const char *)(d->entries + d->cap);
}

/// Rebuild with room for at least `need` live entries, dropping tombstones.
static bool dict_resize(kr_dict *d, size_t need) {
    size_t cap = need < 4 ? 4 : need;
    size_t size = index_size_for(cap);
    kr_dict_entry *entries = (kr_dict_entry *)kr_gc_alloc(cap * sizeof(kr_dict_entry));
    if (!entries) return false;
    void *index = kr_gc_alloc_atomic(size * index_width(size));
    if (!index) return false;
    size_t n = 0;
    for (size_t i = 0; i < d->filled; i++)
        if (d->entries[i].key) entries[n++] = d->entries[i];
    // Storage in the dict's own block would keep the old keys and values
    // alive as long as the dict: clear it.
    if (storage_in_dict_block(d)) memset(d->entries, 0, d->filled * sizeof(kr_dict_entry));
    d->entries = entries;
    d->cap = cap;
    d->filled = n;
    d->index = index;
    d->index_size = size;
    d->index_used = 0;
    for (size_t i = 0; i < n; i++)
        index_insert(d, entries[i].hash, i);
    return true;
}

//===----------------------------------------------------------------------===//
// The internal API
//===----------------------------------------------------------------------===//

kr_value kr_dict_new(void) {
    kr_dict *d = kr_new_object<kr_dict>(&kr_type_dict);
    if (d) kr_dict_touch(d);
    return kr_val(d);
}

/// Index slots for presized storage: at most half full. Instance dicts are
/// probed for names they lack on every method call (the instance shadows the
/// class), and such a probe ends only at an empty slot.
static size_t sparse_index_size(size_t cap) {
    size_t size = 8;
    while (size < 2 * cap)
        size *= 2;
    return size;
}

size_t kr_dict_index_bytes(size_t cap) {
    size_t size = sparse_index_size(cap);
    return size * index_width(size);
}

size_t kr_dict_storage_bytes(size_t cap) {
    size_t bytes = cap * sizeof(kr_dict_entry) + kr_dict_index_bytes(cap);
    return (bytes + sizeof(kr_value) - 1) / sizeof(kr_value) * sizeof(kr_value);
}

void kr_dict_use_storage(kr_dict *d, kr_dict_entry *entries, void *index, size_t cap) {
    d->entries = entries;
    d->cap = cap;
    d->index = index;
    d->index_size = sparse_index_size(cap);
    d->index_used = 0;
}

kr_value kr_dict_get(kr_value dict, kr_value key) {
    const kr_dict *d = as_dict(dict);
    kr_int hash;
    if (!dict_hash(key, &hash)) return 0;
    kr_int pos = dict_find(d, key, hash);
    if (pos == -2) return 0;
    return pos < 0 ? KR_NOTFOUND : d->entries[pos].value;
}

/// The entry of str `key` in a dict with a byte-wide index, or null when
/// absent or when finding it could need a user __eq__ (*generic set).
static kr_dict_entry *find_str_small(const kr_dict *d, kr_value key, bool *generic) {
    kr_int hash = kr_str_hash(key);
    const uint8_t *index = (const uint8_t *)d->index;
    for (probe p(hash, d->index_size);; p.next()) {
        size_t slot = index[p.i];
        if (slot == 0) return nullptr;
        kr_dict_entry *e = &d->entries[slot - 1];
        if (e->key == key) return e;
        if (!e->key || e->hash != hash) continue;
        if (!kr_is_str(e->key)) {
            *generic = true;
            return nullptr;
        }
        if (kr_str_equal(e->key, key)) return e;
    }
}

kr_value kr_dict_get_str(kr_value dict, kr_value key) {
    const kr_dict *d = as_dict(dict);
    if (d->index_size > 0xff) return kr_dict_get(dict, key);
    if (!d->index_size) return KR_NOTFOUND;
    // Small tables (every instance dict in practice): byte-wide index, and
    // str keys compare by identity, then cached hash, then bytes.
    bool generic = false;
    if (kr_dict_entry *e = find_str_small(d, key, &generic)) return e->value;
    return generic ? kr_dict_get(dict, key) : KR_NOTFOUND;
}

kr_value kr_dict_set_str(kr_value dict, kr_value key, kr_value value) {
    kr_dict *d = as_dict(dict);
    if (!d->index_size || d->index_size > 0xff) return kr_dict_set(dict, key, value);
    // Small tables (instance dicts): one probe finds the key to replace, or
    // the empty slot a new key goes in (the first on its probe path, where
    // index_insert would put it).
    kr_int hash = kr_str_hash(key);
    uint8_t *index = (uint8_t *)d->index;
    for (probe p(hash, d->index_size);; p.next()) {
        size_t slot = index[p.i];
        if (slot == 0) {
            // Full entries or a crowded index: the generic insert resizes.
            if (d->filled == d->cap || 3 * d->index_used >= 2 * d->index_size) break;
            kr_dict_entry *e = &d->entries[d->filled];
            e->key = key;
            e->value = value;
            e->hash = hash;
            index[p.i] = (uint8_t)(++d->filled);
            d->index_used++;
            d->used++;
            kr_dict_touch(d);
            return kr_val(&kr_None);
        }
        kr_dict_entry *e = &d->entries[slot - 1];
        if (e->key != key) {
            if (!e->key || e->hash != hash) continue;
            if (!kr_is_str(e->key)) break; // its __eq__ decides: the generic path
            if (!kr_str_equal(e->key, key)) continue;
        }
        e->value = value;
        kr_dict_touch(d);
        return kr_val(&kr_None);
    }
    return kr_dict_set(dict, key, value);
}

/// Insert with a known hash.
static kr_value dict_set_hashed(kr_dict *d, kr_value key, kr_int hash, kr_value value) {
    kr_int pos = dict_find(d, key, hash);
    if (pos == -2) return 0;
    if (pos >= 0) {
        d->entries[pos].value = value;
        kr_dict_touch(d);
        return kr_val(&kr_None);
    }
    // Grow when the entries are full, or when stale index slots left by
    // popitem have filled the index (it must keep empty slots to end probes).
    if ((d->filled == d->cap || 3 * d->index_used >= 2 * d->index_size) &&
        !dict_resize(d, d->used * 2 + 1))
        return 0;
    kr_dict_entry *e = &d->entries[d->filled];
    e->key = key;
    e->value = value;
    e->hash = hash;
    index_insert(d, hash, d->filled);
    d->filled++;
    d->used++;
    kr_dict_touch(d);
    return kr_val(&kr_None);
}

kr_value kr_dict_set(kr_value dict, kr_value key, kr_value value) {
    kr_dict *d = as_dict(dict);
    kr_int pos = dict_find_cached(d, key);
    if (pos >= 0) {
        d->entries[pos].value = value;
        kr_dict_touch(d);
        return kr_val(&kr_None);
    }
    kr_int hash;
    if (!dict_hash(key, &hash)) return 0;
    return dict_set_hashed(as_dict(dict), key, hash, value);
}

kr_value kr_dict_remove(kr_value dict, kr_value key) {
    kr_dict *d = as_dict(dict);
    kr_int hash;
    if (!dict_hash(key, &hash)) return 0;
    kr_int pos = dict_find(d, key, hash);
    if (pos == -2) return 0;
    if (pos < 0) return KR_NOTFOUND;
    // The index slot keeps pointing at the tombstone so probes pass over it.
    kr_dict_entry *e = &d->entries[pos];
    kr_value old = e->value;
    e->key = e->value = 0;
    d->used--;
    kr_dict_touch(d);
    return old;
}

kr_dict_entry *kr_dict_next(kr_value dict, size_t *pos) {
    kr_dict *d = as_dict(dict);
    while (*pos < d->filled) {
        kr_dict_entry *e = &d->entries[(*pos)++];
        if (e->key) return e;
    }
    return nullptr;
}

void kr_dict_clear(kr_value dict) {
    kr_dict *d = as_dict(dict);
    d->used = d->filled = d->cap = d->index_size = d->index_used = 0;
    d->entries = nullptr;
    d->index = nullptr;
    kr_dict_touch(d);
}

kr_value kr_build_dict(size_t n, const kr_value *keys_values) {
    kr_value d = kr_dict_new();
    if (!d || (n && !dict_resize(as_dict(d), n))) return 0;
    for (size_t i = 0; i < n; i++)
        if (!kr_dict_set(d, keys_values[2 * i], keys_values[2 * i + 1])) return 0;
    return d;
}

/// Add the pairs of an iterable: each item must unpack to exactly two.
static kr_value dict_update_pairs(kr_value dict, kr_value iterable) {
    kr_value it = kr_iter(iterable);
    if (!it) return 0;
    for (;;) {
        kr_value item = kr_iter_next(it);
        if (!item) return 0;
        if (item == KR_STOP) return kr_val(&kr_None);
        kr_value kv[2];
        if (!kr_unpack(item, 2, kv) || !kr_dict_set(dict, kv[0], kv[1])) return 0;
    }
}

kr_value kr_dict_update(kr_value dict, kr_value other) {
    if (kr_is_dict(other)) {
        if (other == dict) return kr_val(&kr_None);
        size_t pos = 0;
        while (kr_dict_entry *e = kr_dict_next(other, &pos))
            if (!dict_set_hashed(as_dict(dict), e->key, e->hash, e->value)) return 0;
        return kr_val(&kr_None);
    }
    // A user mapping: anything with keys() and [].
    if (kr_type_of(other)->flags & KR_TYPE_FLAG_USER) {
        kr_value name = kr_str_from_cstr("keys");
        if (!name) return 0;
        kr_value keys = kr_getattr(other, name);
        if (!keys) {
            if (!kr_exc_pending_is(&kr_type_AttributeError)) return 0;
            kr_exc_fetch();
        } else {
            kr_value ks = kr_call(keys, 0, nullptr);
            kr_value it = ks ? kr_iter(ks) : 0;
            if (!it) return 0;
            for (;;) {
                kr_value k = kr_iter_next(it);
                if (!k) return 0;
                if (k == KR_STOP) return kr_val(&kr_None);
                kr_value v = kr_getitem(other, k);
                if (!v || !kr_dict_set(dict, k, v)) return 0;
            }
        }
    }
    return dict_update_pairs(dict, other);
}

/// Store the keyword arguments of a call into dict.
static kr_value dict_update_kwargs(kr_value dict, size_t nargs, const kr_value *args,
                                   kr_value kwnames) {
    size_t n = kr_kwnames_count(kwnames);
    for (size_t i = 0; i < n; i++)
        if (!kr_dict_set(dict, kr_kwname(kwnames, i), args[nargs + i])) return 0;
    return kr_val(&kr_None);
}

//===----------------------------------------------------------------------===//
// Operators
//===----------------------------------------------------------------------===//

static bool dict_print(const kr_printer *p, kr_value self, kr_print_kind) {
    if (!kr_container_stack_ok()) return false;
    kr_print_cstr(p, "{");
    size_t pos = 0;
    bool first = true;
    while (kr_dict_entry *e = kr_dict_next(self, &pos)) {
        if (!first) kr_print_cstr(p, ", ");
        first = false;
        kr_value k = e->key, v = e->value;
        if (!kr_print_value(p, k, KR_PRINT_REPR)) return false;
        kr_print_cstr(p, ": ");
        if (!kr_print_value(p, v, KR_PRINT_REPR)) return false;
    }
    kr_print_cstr(p, "}");
    return true;
}

static kr_value dict_unary_op(enum kr_unary_op op, kr_value self) {
    switch (op) {
    case KR_UNARY_BOOL:
        return kr_bool(kr_dict_len(self) != 0);
    case KR_UNARY_LEN:
        return kr_small_int((kr_int)kr_dict_len(self));
    case KR_UNARY_HASH:
        return kr_raise_msg(&kr_type_TypeError, "unsupported type for __hash__: 'dict'");
    default:
        return KR_NOTIMPL;
    }
}

/// Same keys with equal values: 1, 0, or -1 on error.
static int dict_equal(kr_value a, kr_value b) {
    if (!kr_container_stack_ok()) return -1;
    if (kr_dict_len(a) != kr_dict_len(b)) return 0;
    size_t pos = 0;
    while (kr_dict_entry *e = kr_dict_next(a, &pos)) {
        kr_value v = e->value;
        kr_int find = dict_find(as_dict(b), e->key, e->hash);
        if (find == -2) return -1;
        if (find < 0) return 0;
        kr_value w = as_dict(b)->entries[find].value;
        int r = v == w ? 1 : kr_equal(v, w);
        if (r <= 0) return r;
    }
    return 1;
}

static kr_value dict_binary_op(enum kr_binary_op op, kr_value self, kr_value other) {
    switch (op) {
    case KR_BINARY_IN: {
        kr_value v = kr_dict_get(self, other);
        return v ? kr_bool(v != KR_NOTFOUND) : 0;
    }
    case KR_BINARY_EQ:
    case KR_BINARY_NE: {
        if (!kr_is_dict(other)) return KR_NOTIMPL;
        int r = dict_equal(self, other);
        return r < 0 ? 0 : kr_bool((r == 1) == (op == KR_BINARY_EQ));
    }
    default:
        return KR_NOTIMPL;
    }
}

static kr_value dict_getitem(kr_value self, kr_value key) {
    kr_value v = kr_dict_get(self, key);
    if (v == KR_NOTFOUND) return kr_raise_with_arg(&kr_type_KeyError, key);
    return v;
}

static kr_value dict_setitem(kr_value self, kr_value key, kr_value value) {
    if (value) return kr_dict_set(self, key, value);
    kr_value old = kr_dict_remove(self, key);
    if (old == KR_NOTFOUND) return kr_raise_with_arg(&kr_type_KeyError, key);
    return old ? kr_val(&kr_None) : 0;
}

//===----------------------------------------------------------------------===//
// Construction and methods
//===----------------------------------------------------------------------===//

static kr_value dict_make_new(const kr_type *, size_t nargs, const kr_value *args,
                              kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 0, 1, true)) return 0;
    kr_value d = kr_dict_new();
    if (!d || (nargs == 1 && !kr_dict_update(d, args[0]))) return 0;
    return dict_update_kwargs(d, nargs, args, kwnames) ? d : 0;
}

static kr_value dict_keys(size_t, const kr_value *args, kr_value) {
    return kr_dict_view_new(args[0], KR_DICT_VIEW_KEYS);
}

static kr_value dict_values(size_t, const kr_value *args, kr_value) {
    return kr_dict_view_new(args[0], KR_DICT_VIEW_VALUES);
}

static kr_value dict_items(size_t, const kr_value *args, kr_value) {
    return kr_dict_view_new(args[0], KR_DICT_VIEW_ITEMS);
}

static kr_value dict_get_m(size_t nargs, const kr_value *args, kr_value) {
    kr_value v = kr_dict_get(args[0], args[1]);
    if (v == KR_NOTFOUND) return nargs > 2 ? args[2] : kr_val(&kr_None);
    return v;
}

static kr_value dict_pop(size_t nargs, const kr_value *args, kr_value) {
    kr_value v = kr_dict_remove(args[0], args[1]);
    if (v == KR_NOTFOUND)
        return nargs > 2 ? args[2] : kr_raise_with_arg(&kr_type_KeyError, args[1]);
    return v;
}

static kr_value dict_popitem(size_t, const kr_value *args, kr_value) {
    kr_dict *d = as_dict(args[0]);
    if (d->used == 0) return kr_raise_msg(&kr_type_KeyError, "popitem(): dictionary is empty");
    // Last in, first out; trailing tombstones are trimmed as we go.
    while (!d->entries[d->filled - 1].key)
        d->filled--;
    kr_dict_entry *e = &d->entries[d->filled - 1];
    kr_value kv[2] = {e->key, e->value};
    kr_value t = kr_build_tuple(2, kv);
    if (!t) return 0;
    e->key = e->value = 0;
    d->used--;
    kr_dict_touch(d);
    return t;
}

static kr_value dict_setdefault(size_t nargs, const kr_value *args, kr_value) {
    kr_value v = kr_dict_get(args[0], args[1]);
    if (v != KR_NOTFOUND) return v;
    v = nargs > 2 ? args[2] : kr_val(&kr_None);
    return kr_dict_set(args[0], args[1], v) ? v : 0;
}

static kr_value dict_update_m(size_t nargs, const kr_value *args, kr_value kwnames) {
    if (nargs > 1 && !kr_dict_update(args[0], args[1])) return 0;
    return dict_update_kwargs(args[0], nargs, args, kwnames);
}

static kr_value dict_clear_m(size_t, const kr_value *args, kr_value) {
    kr_dict_clear(args[0]);
    return kr_val(&kr_None);
}

static kr_value dict_copy(size_t, const kr_value *args, kr_value) {
    kr_value d = kr_dict_new();
    if (!d || !kr_dict_update(d, args[0])) return 0;
    return d;
}

/// dict.fromkeys(iterable[, value]): bound to the class, args[0] is it.
static kr_value dict_fromkeys(size_t nargs, const kr_value *args, kr_value) {
    kr_value d = kr_dict_new();
    kr_value value = nargs > 2 ? args[2] : kr_val(&kr_None);
    kr_value it = d ? kr_iter(args[1]) : 0;
    if (!it) return 0;
    for (;;) {
        kr_value k = kr_iter_next(it);
        if (!k) return 0;
        if (k == KR_STOP) return d;
        if (!kr_dict_set(d, k, value)) return 0;
    }
}

// The item dunders MicroPython puts in dict's type dict, so a subclass can
// reach the native behaviour through super(); self is the native dict here.
static kr_value dict_getitem_m(size_t, const kr_value *args, kr_value) {
    return kr_getitem(args[0], args[1]);
}

static kr_value dict_setitem_m(size_t, const kr_value *args, kr_value) {
    return kr_setitem(args[0], args[1], args[2]) ? kr_val(&kr_None) : 0;
}

static kr_value dict_delitem_m(size_t, const kr_value *args, kr_value) {
    return kr_delitem(args[0], args[1]) ? kr_val(&kr_None) : 0;
}

static KR_BUILTIN(dict_getitem_obj, "__getitem__", dict_getitem_m, 2, 2);
static KR_BUILTIN(dict_setitem_obj, "__setitem__", dict_setitem_m, 3, 3);
static KR_BUILTIN(dict_delitem_obj, "__delitem__", dict_delitem_m, 2, 2);
static KR_BUILTIN(dict_keys_obj, "keys", dict_keys, 1, 1);
static KR_BUILTIN(dict_values_obj, "values", dict_values, 1, 1);
static KR_BUILTIN(dict_items_obj, "items", dict_items, 1, 1);
static KR_BUILTIN(dict_get_obj, "get", dict_get_m, 2, 3);
static KR_BUILTIN(dict_pop_obj, "pop", dict_pop, 2, 3);
static KR_BUILTIN(dict_popitem_obj, "popitem", dict_popitem, 1, 1);
static KR_BUILTIN(dict_setdefault_obj, "setdefault", dict_setdefault, 2, 3);
static KR_BUILTIN_KW(dict_update_obj, "update", dict_update_m, 1, 2);
static KR_BUILTIN(dict_clear_obj, "clear", dict_clear_m, 1, 1);
static KR_BUILTIN(dict_copy_obj, "copy", dict_copy, 1, 1);
static KR_BUILTIN_FLAGS(dict_fromkeys_obj, "fromkeys", dict_fromkeys, 2, 3, KR_BUILTIN_FLAG_CLASS);

static const kr_attr_entry dict_attrs[] = {
    KR_ATTR("__getitem__", dict_getitem_obj),
    KR_ATTR("__setitem__", dict_setitem_obj),
    KR_ATTR("__delitem__", dict_delitem_obj),
    KR_ATTR("keys", dict_keys_obj),
    KR_ATTR("values", dict_values_obj),
    KR_ATTR("items", dict_items_obj),
    KR_ATTR("get", dict_get_obj),
    KR_ATTR("pop", dict_pop_obj),
    KR_ATTR("popitem", dict_popitem_obj),
    KR_ATTR("setdefault", dict_setdefault_obj),
    KR_ATTR("update", dict_update_obj),
    KR_ATTR("clear", dict_clear_obj),
    KR_ATTR("copy", dict_copy_obj),
    KR_ATTR("fromkeys", dict_fromkeys_obj),
    {nullptr, nullptr},
};

extern "C" const kr_type kr_type_dict = {
    {&kr_type_type},
    "dict",
    KR_TYPE_FLAG_BASETYPE,
    &kr_type_object,
    dict_print,
    dict_make_new,
    nullptr,
    dict_unary_op,
    dict_binary_op,
    dict_getitem,
    dict_setitem,
    kr_dict_getiter,
    nullptr,
    nullptr,
    nullptr,
    dict_attrs,
    0,
    0,
};
