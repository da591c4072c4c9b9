//===- runtime/method_cache.cpp - global class attribute lookup cache -----===//
#include "method_cache.h"

#include <string.h>

#include "str.h"

namespace {

bool rooted;

/// Whether the NUL-terminated `cname` is exactly the `len` bytes at `data`
/// (which may hold NULs).
bool name_equal(const char *cname, const char *data, size_t len) {
    for (size_t i = 0; i < len; ++i)
        if (cname[i] != data[i] || !cname[i]) return false;
    return cname[len] == 0;
}

} // namespace

uintptr_t kr_class_epoch = 1;
kr_lookup_entry kr_method_cache[KR_METHOD_CACHE_ENTRIES];

void kr_method_cache_flush(void) {
    memset(kr_method_cache, 0, sizeof kr_method_cache);
    kr_class_epoch = 1;
}

void kr_method_cache_fill(kr_lookup_entry *e, const kr_type *t, uintptr_t name, uintptr_t kind,
                          kr_value value, const kr_type *owner, uintptr_t epoch) {
    if (!rooted) {
        // Bare-metal targets may not scan static data.
        static_assert(sizeof(kr_lookup_entry) % sizeof(kr_value) == 0, "entries are words");
        kr_gc_add_roots((kr_value *)kr_method_cache,
                        KR_METHOD_CACHE_ENTRIES * (sizeof(kr_lookup_entry) / sizeof(kr_value)));
        rooted = true;
    }
    e->type = t;
    e->name = name;
    e->kind = kind;
    e->value = value;
    e->owner = owner;
    e->epoch = epoch;
}

const kr_object *kr_type_find_attr(const kr_type *t, kr_value name, const kr_type **owner) {
    kr_lookup_entry *e = kr_method_cache_slot(t, name, KR_LOOKUP_ATTRS);
    if (kr_method_cache_hit(e, t, name, KR_LOOKUP_ATTRS)) {
        if (owner) *owner = e->owner;
        return e->value == KR_NOTFOUND ? nullptr : kr_obj(e->value);
    }
    const kr_object *found = nullptr;
    const kr_type *where = nullptr;
    if (kr_is_str(name)) {
        size_t len;
        const char *data = kr_str_data(name, &len);
        for (const kr_type *u = t; u && !found; u = u->parent) {
            if (!u->attrs) continue;
            for (const kr_attr_entry *a = u->attrs; a->name; ++a) {
                if (!name_equal(a->name, data, len)) continue;
                found = a->value;
                where = u;
                break;
            }
        }
    }
    kr_method_cache_fill(e, t, name, KR_LOOKUP_ATTRS, found ? kr_val(found) : KR_NOTFOUND, where,
                         kr_class_epoch);
    if (owner) *owner = where;
    return found;
}
