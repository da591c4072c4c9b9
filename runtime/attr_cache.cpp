//===- runtime/attr_cache.cpp - per-site attribute caches and load-method ===//
//
// The runtime half of codegen's attribute inline caches (EmitAttribute.cpp)
// and of `obj.m(args)` without a bound method.
//
// A site's kr_attr_cache (runtime.h) has two parts:
//
//  - an instance-dict part {index, key}: the attribute was found at entry
//    `index` of the instance dict of a user-class instance, under the str
//    `key` (equal to the site's name; usually the same object). Generated
//    code checks, for any instance of any user class (not an exception), that
//    entry `index` of its dict holds exactly `key`: dict keys are unique, so
//    that entry is the one a lookup of the name finds, and MicroPython looks
//    in the instance dict before the class. Deletion (key 0), compaction and
//    clearing all make the check fail;
//  - a class part {epoch, (type, value) for a few classes}: what the class
//    lookup gave for instances of `type` whose dict lacks the name (loads,
//    method calls), or that a store to the name is a plain instance dict
//    store for that class (stores), valid while kr_class_epoch is `epoch`.
//    Any change of any class dict and the creation of any class bump the
//    epoch, so a stale type address (a collected class whose address a new
//    class reuses) can never hit. Several classes: one site often sees the
//    subclasses of one base (richards' tasks).
//
// Stores replace the value of the cached entry when the instance's class is
// in the class part; generated code does the same inline (EmitAttribute.cpp,
// emitCachedAttrStore). Neither gives the dict a new version stamp: instance
// dicts never reach Python code (`obj.__dict__` is a copy, as in MicroPython;
// dir() reads the keys), so the only reader of their stamps is dict.cpp's
// last-found cache, which keeps a key's position, and a value store moves no
// key. Inserts, removals and resizes still stamp the dict.
//
// Adding stores (`self.x = v` in __init__, EmitAttribute.cpp's
// emitAddingAttrStore) use a kr_attr_add_cache: the kr_attr_cache, plus the
// index size of the dicts the site has seen, the name's first probe slot in
// such an index and the name's hash. Generated code appends the entry itself
// when the class is in the class part (no store hook for the name), the
// dict's index has that size (so slot widths are bytes and the slot is the
// name's), that slot is empty (a probe for the name starts there and ends
// at the first empty slot: the name is absent, and an insert would take
// exactly that slot), and index_used < cap. index_used >= filled always (a
// deletion keeps its slot; popitem, which instance dicts never see, only
// lowers filled), so there is an entry free, and the index, at least 1.5 x
// cap slots (dict_resize) or 2 x cap (presized storage), stays under the
// two-thirds load that makes kr_dict_set_str resize. The append writes the
// entry, the slot and the counts as kr_dict_set_str does, without a new
// version stamp (as value stores: appending moves no key, so last-found
// positions stay right) and without kr_class_note_attrs (the dict had room,
// so the class's learned room already covers it).
//
// The cache is registered as a GC root on its first fill, so its key stays
// alive (and cannot be reused by another str at that entry) on targets that
// do not scan static data.
//
//===----------------------------------------------------------------------===//
#include <stddef.h>
#include <string.h>

#include "class.h"
#include "dict.h"
#include "function.h"
#include "method_cache.h"
#include "super.h"

// Offsets generated code reads (codegen/EmitAttribute.cpp).
static_assert(offsetof(kr_instance, dict) == sizeof(kr_value), "instance dict is word 1");
static_assert(offsetof(kr_dict, filled) == 16 + sizeof(size_t), "dict filled offset");
static_assert(offsetof(kr_dict, entries) == 16 + 3 * sizeof(size_t), "dict entries offset");
static_assert(sizeof(kr_dict_entry) == 3 * sizeof(kr_value), "dict entries are 3 words");
static_assert(offsetof(kr_type, flags) == 2 * sizeof(void *), "type flags offset");
// The inline append (EmitAttribute.cpp, emitAddingAttrStore).
static_assert(offsetof(kr_dict, used) == 16 && offsetof(kr_dict, cap) == 16 + 2 * sizeof(size_t) &&
                  offsetof(kr_dict, index_size) == 16 + 4 * sizeof(size_t) &&
                  offsetof(kr_dict, index) == 16 + 5 * sizeof(size_t) &&
                  offsetof(kr_dict, index_used) == 16 + 6 * sizeof(size_t),
              "dict counts and index read inline");
static_assert(offsetof(kr_attr_add_cache, index_size) == sizeof(kr_attr_cache) &&
                  offsetof(kr_attr_add_cache, slot) == sizeof(kr_attr_cache) + sizeof(kr_value) &&
                  offsetof(kr_attr_add_cache, hash) == sizeof(kr_attr_cache) + 2 * sizeof(kr_value),
              "adding-store cache words follow the kr_attr_cache");
// The direct method call (EmitAttribute.cpp, emitDirectMethodCall).
static_assert(offsetof(kr_function, code) == 2 * sizeof(void *), "function code is word 2");
static_assert(offsetof(kr_code_info, n_pos) == 2 * sizeof(void *) &&
                  offsetof(kr_code_info, n_kwonly) == 2 * sizeof(void *) + 2 &&
                  offsetof(kr_code_info, flags) == 2 * sizeof(void *) + 4,
              "code info counts");
static_assert(sizeof(kr_attr_cache) == (4 + 2 * (sizeof(void *) == 8 ? 4 : 2)) * sizeof(kr_value),
              "codegen's cache size");
static_assert(offsetof(kr_attr_cache, index) == 0 &&
                  offsetof(kr_attr_cache, key) == sizeof(kr_value) &&
                  offsetof(kr_attr_cache, epoch) == 2 * sizeof(kr_value) &&
                  offsetof(kr_attr_cache, classes) == 4 * sizeof(kr_value) &&
                  sizeof(kr_attr_cache::classes[0]) == 2 * sizeof(kr_value),
              "cache words read inline: index, key, epoch, then (type, value) pairs");

namespace {

/// Entries scanned for the position of a name; larger dicts use the
/// ordinary lookup and are not cached.
constexpr size_t kMaxScan = 32;

/// Whether obj is an instance laid out as kr_instance (a user class that is
/// not an exception): the objects the instance-dict part applies to.
inline bool plain_instance(kr_value obj, const kr_type **t) {
    if (!kr_is_obj(obj)) return false;
    *t = kr_obj(obj)->type;
    return ((*t)->flags & (KR_TYPE_FLAG_USER | KR_TYPE_FLAG_EXCEPTION)) == KR_TYPE_FLAG_USER;
}

void root(kr_attr_cache *cache) {
    if (cache->rooted) return;
    static_assert(sizeof(kr_attr_cache) % sizeof(kr_value) == 0, "cache is words");
    kr_gc_add_roots((kr_value *)cache, sizeof(kr_attr_cache) / sizeof(kr_value));
    cache->rooted = 1;
}

/// Outcome of looking a name up in an instance dict.
enum class Probe { Absent, Found, Unknown };

/// Find str `name` in instance dict `dict`: the entry position when found.
/// Unknown when the dict is too big to scan or holds a non-str key with the
/// name's hash (its __eq__ could run code): the caller then does the
/// ordinary lookup.
Probe find_entry(kr_value dict, kr_value name, size_t *pos) {
    const kr_dict *d = (const kr_dict *)kr_obj(dict);
    if (d->filled > kMaxScan) return Probe::Unknown;
    for (size_t i = 0; i < d->filled; ++i) {
        if (d->entries[i].key == name) {
            *pos = i;
            return Probe::Found;
        }
    }
    kr_int hash = kr_str_hash(name);
    for (size_t i = 0; i < d->filled; ++i) {
        const kr_dict_entry &e = d->entries[i];
        if (!e.key || e.hash != hash) continue;
        if (!kr_is_str(e.key)) return Probe::Unknown;
        if (kr_str_equal(e.key, name)) {
            *pos = i;
            return Probe::Found;
        }
    }
    return Probe::Absent;
}

/// The class part's value for type t, or null when it has none (now).
inline const kr_value *class_find(const kr_attr_cache *cache, const kr_type *t) {
    if (cache->epoch != kr_class_epoch) return nullptr;
    for (const auto &c : cache->classes)
        if (c.type == t) return &c.value;
    return nullptr;
}

/// Remember `value` for type t, found in class epoch `epoch` (kr_class_epoch
/// as read before the lookup: if a class changed since, nothing is kept).
/// The newest class goes first; the oldest falls out.
void class_fill(kr_attr_cache *cache, const kr_type *t, kr_value value, uintptr_t epoch) {
    if (epoch != kr_class_epoch) return;
    root(cache);
    if (cache->epoch != epoch) {
        memset(cache->classes, 0, sizeof cache->classes);
        cache->epoch = epoch;
    }
    constexpr size_t ways = KR_ATTR_CACHE_WAYS;
    for (size_t i = ways - 1; i > 0; --i)
        cache->classes[i] = cache->classes[i - 1];
    cache->classes[0].type = t;
    cache->classes[0].value = value;
}

/// Whether a class attribute v (found in a user class) is seen through an
/// instance as itself (kr_class_bind returns it unchanged).
bool binds_to_itself(kr_value v) {
    if (!kr_is_obj(v)) return true;
    const kr_type *vt = kr_type_of(v);
    if (vt->flags & KR_TYPE_FLAG_USER) return false; // maybe a descriptor
    return vt != &kr_type_function && vt != &kr_type_staticmethod && vt != &kr_type_classmethod &&
           vt != &kr_type_property;
}

/// Whether a class attribute leaves `obj.name = v` a plain instance dict
/// store: neither a property nor a possible descriptor (an instance of a
/// user class).
bool plain_class_value(kr_value v) {
    if (!kr_is_obj(v)) return true;
    const kr_type *vt = kr_type_of(v);
    return !(vt->flags & KR_TYPE_FLAG_USER) && vt != &kr_type_property;
}

/// The instance-dict step shared by loads and load-method: Found fills the
/// cache's dict part and sets *value.
Probe dict_step(kr_value obj, kr_value name, kr_attr_cache *cache, kr_value *value) {
    kr_value dict = ((kr_instance *)kr_obj(obj))->dict;
    if (!dict) return Probe::Absent;
    size_t pos;
    Probe p = find_entry(dict, name, &pos);
    if (p != Probe::Found) return p;
    const kr_dict *d = (const kr_dict *)kr_obj(dict);
    root(cache);
    cache->index = pos;
    cache->key = d->entries[pos].key;
    *value = d->entries[pos].value;
    return Probe::Found;
}

/// Record where `name` now is in `dict` (just stored there): usually the
/// last entry, just appended.
void remember_entry(kr_value dict, kr_value name, kr_attr_cache *cache) {
    const kr_dict *d = (const kr_dict *)kr_obj(dict);
    size_t pos = d->filled - 1;
    if (!d->filled || d->entries[pos].key != name) {
        if (find_entry(dict, name, &pos) != Probe::Found) return;
    }
    root(cache);
    cache->index = pos;
    cache->key = d->entries[pos].key;
}

/// Prepend-free call target for a built-in method of a built-in type: the
/// method table entry when it binds to obj itself, else null.
const kr_object *builtin_method(const kr_type *t, kr_value name) {
    const kr_object *attr = kr_type_find_attr(t, name, nullptr);
    if (!attr || attr->type != &kr_type_builtin_function) return nullptr;
    uint16_t flags = ((const kr_builtin_function *)attr)->flags;
    return (flags & (KR_BUILTIN_FLAG_STATIC | KR_BUILTIN_FLAG_CLASS)) ? nullptr : attr;
}

} // namespace

extern "C" kr_value kr_getattr_cached(kr_value obj, kr_value name, kr_attr_cache *cache) {
    const kr_type *t;
    if (!plain_instance(obj, &t) || !kr_is_str(name) || kr_name_is(name, "__dict__"))
        return kr_getattr(obj, name);
    kr_value v;
    Probe p = dict_step(obj, name, cache, &v);
    if (p == Probe::Found) return v;
    if (p == Probe::Unknown) return kr_getattr(obj, name);
    if (const kr_value *known = class_find(cache, t)) return *known;
    uintptr_t epoch = kr_class_epoch;
    const kr_type *owner = nullptr;
    v = kr_class_lookup(t, name, false, &owner);
    if (!v) return 0;
    if (v != KR_NOTFOUND && (owner->flags & KR_TYPE_FLAG_USER) && binds_to_itself(v)) {
        class_fill(cache, t, v, epoch);
        return v;
    }
    // Bound methods, properties, descriptors, native attributes, __getattr__.
    return kr_getattr(obj, name);
}

extern "C" kr_value kr_setattr_cached(kr_value obj, kr_value name, kr_value value,
                                      kr_attr_cache *cache) {
    const kr_type *t;
    if (!plain_instance(obj, &t) || !value || !kr_is_str(name)) return kr_setattr(obj, name, value);
    kr_value *dict = &((kr_instance *)kr_obj(obj))->dict;
    if (class_find(cache, t)) {
        // The class has no property, descriptor or __setattr__ for the name
        // (checked when t was remembered, same epoch): a plain dict store.
        if (*dict) {
            kr_dict *d = (kr_dict *)kr_obj(*dict);
            if (cache->index < d->filled && d->entries[cache->index].key == cache->key) {
                d->entries[cache->index].value = value; // no new stamp: see above
                return kr_val(&kr_None);
            }
        } else {
            *dict = kr_instance_new_dict(t);
            if (!*dict) return 0;
        }
        // A new attribute (constructors): the dict has room for as many as
        // the class's instances have had, so this is one probe and no growth.
        if (!kr_dict_set_str(*dict, name, value)) return 0;
        const kr_dict *d = (const kr_dict *)kr_obj(*dict);
        kr_class_note_attrs(t, d->filled);
        // Usually the new last entry (else it was there: remember_entry finds it).
        if (d->entries[d->filled - 1].key == name) {
            cache->index = d->filled - 1;
            cache->key = name;
        } else {
            remember_entry(*dict, name, cache);
        }
        return kr_val(&kr_None);
    }
    uintptr_t epoch = kr_class_epoch;
    kr_value r = kr_setattr(obj, name, value);
    if (!r) return 0;
    // Remember t when the store went to the dict: the class has no store
    // handler for the name (the global lookup cache answers quickly).
    kr_value in_class = kr_class_lookup(t, name, true);
    if (!in_class) return 0;
    if (in_class != KR_NOTFOUND && !plain_class_value(in_class)) return r;
    kr_value hook = kr_class_lookup_cstr(t, "__setattr__");
    if (hook != KR_NOTFOUND) return hook ? r : 0;
    if (*dict) remember_entry(*dict, name, cache);
    class_fill(cache, t, kr_val(&kr_None), epoch);
    return r;
}

extern "C" kr_value kr_setattr_add_cached(kr_value obj, kr_value name, kr_value value,
                                          kr_attr_add_cache *cache) {
    kr_value r = kr_setattr_cached(obj, name, value, &cache->base);
    if (!r) return 0;
    // Remember the index size and the name's slot when the store appended
    // the name at its first probe slot of a byte-wide index, for a class the
    // class part says takes plain dict stores (what the inline append needs).
    const kr_type *t;
    if (!plain_instance(obj, &t) || !kr_is_str(name) || !class_find(&cache->base, t)) return r;
    kr_value dict = ((kr_instance *)kr_obj(obj))->dict;
    if (!dict) return r;
    const kr_dict *d = (const kr_dict *)kr_obj(dict);
    if (!d->filled || d->entries[d->filled - 1].key != name) return r;
    if (!d->index_size || d->index_size > 0xff) return r;
    kr_int hash = kr_str_hash(name);
    size_t slot = (size_t)hash & (d->index_size - 1);
    if (((const uint8_t *)d->index)[slot] != d->filled) return r;
    root(&cache->base);
    cache->index_size = d->index_size;
    cache->slot = slot;
    cache->hash = hash;
    return r;
}

namespace {

/// `super().name` at a method call site: a plain function the super lookup
/// finds is returned with the instance as self (no bound method) and kept
/// in the site's class part under the lookup's start class with its low bit
/// set: no object's type word is odd, so the inline class-part reads of
/// instance receivers never match it, and the lookup depends only on the
/// start class and the class dicts (the epoch).
kr_value super_method(kr_value obj, kr_value name, kr_attr_cache *cache, kr_value *self_out) {
    const kr_type *start;
    kr_value inst;
    if (!kr_is_str(name) || !kr_super_parts(obj, &start, &inst)) return kr_getattr(obj, name);
    const kr_type *key = (const kr_type *)((uintptr_t)start | 1);
    if (const kr_value *known = class_find(cache, key)) {
        *self_out = inst;
        return *known;
    }
    uintptr_t epoch = kr_class_epoch;
    kr_value fn = kr_super_plain_method(obj, name);
    if (!fn) return 0;
    if (fn == KR_NOTFOUND) return kr_getattr(obj, name);
    class_fill(cache, key, fn, epoch);
    *self_out = inst;
    return fn;
}

/// kr_load_method and kr_load_class_method: `probe` says whether the
/// instance dict may hold the name.
kr_value load_method(kr_value obj, kr_value name, kr_attr_cache *cache, kr_value *self_out,
                     bool probe) {
    *self_out = 0;
    const kr_type *t;
    if (!plain_instance(obj, &t)) {
        t = kr_type_of(obj);
        if (t == &kr_type_super) return super_method(obj, name, cache, self_out);
        // Classes resolve names in their own slot first (kr_getattr).
        if (!(t->flags & KR_TYPE_FLAG_USER) && t != &kr_type_type) {
            // A method of a built-in type (lst.append): called with obj first.
            if (const kr_object *m = builtin_method(t, name)) {
                *self_out = obj;
                return kr_val(m);
            }
        }
        return kr_getattr(obj, name);
    }
    if (!kr_is_str(name) || kr_name_is(name, "__dict__")) return kr_getattr(obj, name);
    kr_value dict = ((kr_instance *)kr_obj(obj))->dict;
    if (probe && dict) {
        // As MicroPython: an instance attribute shadows the class's method.
        kr_value v = kr_dict_get_str(dict, name);
        if (v != KR_NOTFOUND) return v;
    }
    if (const kr_value *known = class_find(cache, t)) {
        *self_out = obj;
        return *known;
    }
    uintptr_t epoch = kr_class_epoch;
    const kr_type *owner = nullptr;
    kr_value fn = kr_class_lookup(t, name, false, &owner);
    if (!fn) return 0;
    if (fn != KR_NOTFOUND && (owner->flags & KR_TYPE_FLAG_USER) && kr_is_obj(fn) &&
        kr_type_of(fn) == &kr_type_function) {
        // A plain function of the class: called with self first, no bound method.
        class_fill(cache, t, fn, epoch);
        *self_out = obj;
        return fn;
    }
    return kr_getattr(obj, name);
}

} // namespace

extern "C" kr_value kr_load_method(kr_value obj, kr_value name, kr_attr_cache *cache,
                                   kr_value *self_out) {
    return load_method(obj, name, cache, self_out, true);
}

extern "C" kr_value kr_load_class_method(kr_value obj, kr_value name, kr_attr_cache *cache,
                                         kr_value *self_out) {
    return load_method(obj, name, cache, self_out, false);
}
