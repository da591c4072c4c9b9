//===- runtime/class.cpp - user classes: creation, lookup, binding --------===//
//
// type(name, bases, dict) builds a heap kr_type whose slots are the generic
// instance slots of instance.cpp. Attribute lookup is MicroPython's: depth
// first over the bases, the first class that has the name wins (no C3).
//
//===----------------------------------------------------------------------===//
#include "class.h"

#include <string.h>

#include "dict.h"
#include "exception.h"
#include "function.h"
#include "gc_fast.h"
#include "method_cache.h"
#include "print.h"

namespace {

const kr_type *as_type(kr_value v) {
    return (const kr_type *)kr_obj(v);
}

bool is_type(kr_value v) {
    return kr_is_obj(v) && kr_isinstance(v, &kr_type_type);
}

/// Whether classes may derive from built-in type t.
bool acceptable_base(const kr_type *t) {
    return (t->flags & (KR_TYPE_FLAG_BASETYPE | KR_TYPE_FLAG_USER)) || t == &kr_type_tuple;
}

/// The native base of a class being created: the one built-in layout its
/// bases share (object when none). Null with TypeError pending on a conflict.
const kr_type *native_base_of(kr_value bases) {
    const kr_type *native = &kr_type_object;
    size_t n;
    kr_value *items = kr_tuple_items(bases, &n);
    for (size_t i = 0; i < n; ++i) {
        const kr_type *b = as_type(items[i]);
        const kr_type *nb = (b->flags & KR_TYPE_FLAG_USER) ? b->parent : b;
        if (nb == &kr_type_object || nb == native) continue;
        if (native != &kr_type_object) {
            // Exception types nest (Exception, ValueError...): keep the most derived.
            if (kr_type_is_subtype(nb, native)) {
                native = nb;
                continue;
            }
            if (kr_type_is_subtype(native, nb)) continue;
            kr_raise_msg(&kr_type_TypeError, "multiple bases have instance lay-out conflict");
            return nullptr;
        }
        native = nb;
    }
    return native;
}

/// Copy a str value into a NUL-terminated C string the collector keeps.
const char *copy_name(kr_value name) {
    size_t len;
    const char *data = kr_str_data(name, &len);
    char *s = (char *)kr_gc_alloc_atomic(len + 1);
    if (!s) return nullptr;
    memcpy(s, data, len);
    s[len] = 0;
    return s;
}

kr_value check_bases(kr_value bases) {
    if (!kr_is_obj(bases) || kr_type_of(bases) != &kr_type_tuple)
        return kr_raise_msg(&kr_type_TypeError, "type() argument 2 must be tuple");
    size_t n;
    kr_value *items = kr_tuple_items(bases, &n);
    for (size_t i = 0; i < n; ++i) {
        if (!is_type(items[i]))
            return kr_raise_msg(&kr_type_TypeError, "type() argument 2 must be tuple of types");
        if (!acceptable_base(as_type(items[i])))
            return kr_raise_msg(&kr_type_TypeError, "type '%s' is not an acceptable base type",
                                as_type(items[i])->name);
    }
    if (n) return bases;
    // `class C:` derives from object; an explicit tuple keeps subtype checks uniform.
    kr_value object = kr_val(&kr_type_object);
    return kr_build_tuple(1, &object);
}

/// Instances with more attributes start with this many and grow as before:
/// a class whose instances differ widely should not make each one big
/// (least of all where RAM is scarce: 32-bit targets).
constexpr size_t kMaxAttrHint = UINTPTR_MAX > 0xffffffffu ? 32 : 8;

/// The largest block the collector's inline bump path serves (gc_fast.h).
constexpr size_t kFastAllocBytes = KR_GC_FAST_MAX_BLOCKS * KR_GC_FAST_BLOCK_BYTES;

kr_user_class *user_class(const kr_type *t) {
    return kr_user_class_of(t);
}

/// Give the new, empty dict `d` of an instance of t room for the class's
/// attribute hint: in `spare` (zeroed bytes after d in d's own block) when
/// they are enough; else in a block of its own, or in two (entries, index)
/// when that keeps both on the collector's inline path. False on
/// MemoryError.
bool reserve_attrs(kr_dict *d, const kr_type *t, char *spare, size_t spare_bytes) {
    const kr_user_class *c = user_class(t);
    size_t cap = c->attr_hint;
    if (!cap) return true;
    size_t entry_bytes = cap * sizeof(kr_dict_entry);
    char *entries = spare, *index = spare + entry_bytes;
    if (c->attr_bytes > spare_bytes) {
        if (c->attr_bytes > kFastAllocBytes && entry_bytes <= kFastAllocBytes) {
            entries = (char *)kr_gc_alloc(entry_bytes);
            index = entries ? (char *)kr_gc_alloc_atomic(kr_dict_index_bytes(cap)) : nullptr;
        } else {
            entries = (char *)kr_gc_alloc(c->attr_bytes);
            index = entries + entry_bytes;
        }
        if (!entries || !index) return false;
    }
    kr_dict_use_storage(d, (kr_dict_entry *)entries, index, cap);
    return true;
}

/// A new instance of a plain class with its empty attribute dict in the same
/// gc block, and room for as many attributes as the class's instances have
/// had (in the block too when it stays small enough for the collector's
/// inline path; else one more block), so constructors neither allocate the
/// dict nor grow it. The dict is still an object of its own (the collector
/// keeps the block alive through a pointer into it).
kr_value alloc_with_dict(const kr_type *type) {
    struct instance_and_dict {
        kr_instance instance;
        kr_dict dict;
    };
    size_t storage = user_class(type)->attr_bytes;
    size_t bytes = sizeof(instance_and_dict);
    if (bytes + storage <= kFastAllocBytes) bytes += storage;
    auto *p = (instance_and_dict *)kr_gc_alloc(bytes);
    if (!p) return 0;
    p->instance.base.type = type;
    p->dict.base.type = &kr_type_dict;
    kr_dict_touch(&p->dict);
    p->instance.dict = kr_val(&p->dict);
    if (!reserve_attrs(&p->dict, type, (char *)(p + 1), bytes - sizeof(instance_and_dict)))
        return 0;
    return kr_val(&p->instance);
}

/// Instantiation of a class: for the common class (no native base, no
/// __new__, a plain __init__, positional arguments) allocate the instance
/// and call __init__'s code straight with (self, args...); everything else
/// takes the general path of instance.cpp.
kr_value class_make_new(const kr_type *type, size_t nargs, const kr_value *args, kr_value kwnames) {
    if (kwnames || type->parent != &kr_type_object || (type->flags & KR_TYPE_FLAG_EXCEPTION))
        return kr_instance_make_new(type, nargs, args, kwnames);
    kr_value new_fn = kr_class_lookup_cstr(type, "__new__", KR_SLOT(make_new));
    if (!new_fn) return 0;
    if (new_fn != KR_NOTFOUND) return kr_instance_make_new(type, nargs, args, kwnames);
    kr_value init = kr_class_lookup_cstr(type, "__init__");
    if (!init) return 0;
    if (!kr_is_obj(init) || kr_type_of(init) != &kr_type_function)
        return kr_instance_make_new(type, nargs, args, kwnames);
    kr_value obj = alloc_with_dict(type);
    if (!obj) return 0;
    kr_value r = kr_function_call_self(init, obj, nargs, args);
    if (!r) return 0;
    if (r != kr_val(&kr_None))
        return kr_raise_msg(&kr_type_TypeError, "__init__() should return None, not '%s'",
                            kr_type_name(r));
    return obj;
}

} // namespace

kr_value kr_class_alloc_plain(const kr_type *t) {
    return alloc_with_dict(t);
}

kr_value kr_class_new(kr_value name, kr_value bases, kr_value dict) {
    if (!kr_isinstance(name, &kr_type_str))
        return kr_raise_msg(&kr_type_TypeError, "type() argument 1 must be str");
    if (!kr_is_obj(dict) || !kr_isinstance(dict, &kr_type_dict))
        return kr_raise_msg(&kr_type_TypeError, "type() argument 3 must be dict");
    bases = check_bases(bases);
    if (!bases) return 0;
    const kr_type *native = native_base_of(bases);
    if (!native) return 0;
    const char *cname = copy_name(name);
    if (!cname) return 0;
    kr_user_class *c = (kr_user_class *)kr_gc_alloc(sizeof(kr_user_class));
    if (!c) return 0;
    kr_type *t = &c->type;
    t->base.type = &kr_type_type;
    t->name = cname;
    t->flags = KR_TYPE_FLAG_USER | KR_TYPE_FLAG_BASETYPE | (native->flags & KR_TYPE_FLAG_EXCEPTION);
    t->parent = native;
    t->print = kr_instance_print;
    t->make_new = class_make_new;
    t->call = kr_instance_call;
    t->unary_op = kr_instance_unary_op;
    t->binary_op = kr_instance_binary_op;
    t->getitem = kr_instance_getitem;
    t->setitem = kr_instance_setitem;
    t->getiter = kr_instance_getiter;
    t->iternext = kr_instance_iternext;
    t->getattr = kr_instance_getattr;
    t->setattr = kr_instance_setattr;
    t->attrs = nullptr;
    t->dict = dict;
    t->bases = bases;
    // Changes of the dict now change the class; a new class may also reuse
    // the address of a collected one.
    kr_dict_mark_class(dict);
    kr_class_changed();
    return kr_val(t);
}

void kr_class_learn_attrs(const kr_type *t, size_t n) {
    kr_user_class *c = user_class(t);
    if (n > kMaxAttrHint) n = kMaxAttrHint;
    if (n <= c->attr_hint) return;
    c->attr_hint = n;
    c->attr_bytes = kr_dict_storage_bytes(n);
}

kr_value kr_instance_new_dict(const kr_type *t) {
    if (!(t->flags & KR_TYPE_FLAG_USER) || !user_class(t)->attr_hint) return kr_dict_new();
    // The dict and its first entries in one block.
    size_t bytes = sizeof(kr_dict) + user_class(t)->attr_bytes;
    kr_dict *d = (kr_dict *)kr_gc_alloc(bytes);
    if (!d) return 0;
    d->base.type = &kr_type_dict;
    kr_dict_touch(d);
    if (!reserve_attrs(d, t, (char *)(d + 1), bytes - sizeof(kr_dict))) return 0;
    return kr_val(d);
}

const kr_type *kr_class_native_base(const kr_type *t) {
    return (t->flags & KR_TYPE_FLAG_USER) ? t->parent : t;
}

namespace {

kr_value lookup_uncached(const kr_type *t, kr_value name, bool user_only, const kr_type **owner) {
    if (t->flags & KR_TYPE_FLAG_USER) {
        kr_value v = kr_dict_get(t->dict, name);
        if (v != KR_NOTFOUND) {
            *owner = t;
            return v;
        }
        size_t n;
        kr_value *items = kr_tuple_items(t->bases, &n);
        for (size_t i = 0; i < n; ++i) {
            v = lookup_uncached(as_type(items[i]), name, user_only, owner);
            if (v != KR_NOTFOUND) return v;
        }
        return KR_NOTFOUND;
    }
    if (user_only) return KR_NOTFOUND;
    const kr_object *attr = kr_type_find_attr(t, name, owner);
    return attr ? kr_val(attr) : KR_NOTFOUND;
}

} // namespace

kr_value kr_class_lookup(const kr_type *t, kr_value name, bool user_only, const kr_type **owner) {
    uintptr_t kind = user_only ? KR_LOOKUP_USER : KR_LOOKUP_FULL;
    kr_lookup_entry *e = kr_method_cache_slot(t, name, kind);
    if (kr_method_cache_hit(e, t, name, kind)) {
        if (owner) *owner = e->owner;
        return e->value;
    }
    uintptr_t epoch = kr_class_epoch;
    const kr_type *where = nullptr;
    kr_value v = lookup_uncached(t, name, user_only, &where);
    if (!v) return 0;
    // A non-str key could compare equal through a user __eq__ with side
    // effects; only str names are remembered.
    if (kr_is_str(name)) kr_method_cache_fill(e, t, name, kind, v, where, epoch);
    if (owner) *owner = where;
    return v;
}

namespace {

/// str values of the dunder names the instance slots look up, keyed by the
/// address of their static C string: dispatching an operator must not
/// allocate a name each time.
constexpr size_t kNameCacheSize = 96;
const char *name_cache_keys[kNameCacheSize];
kr_value name_cache_values[kNameCacheSize];
size_t name_cache_len;
bool name_cache_rooted;

kr_value cached_name(const char *name) {
    for (size_t i = 0; i < name_cache_len; ++i)
        if (name_cache_keys[i] == name) return name_cache_values[i];
    kr_value s = kr_str_from_cstr(name);
    if (!s || name_cache_len == kNameCacheSize) return s;
    if (!name_cache_rooted) {
        // Bare-metal targets may not scan static data.
        kr_gc_add_roots(name_cache_values, kNameCacheSize);
        name_cache_rooted = true;
    }
    name_cache_keys[name_cache_len] = name;
    name_cache_values[name_cache_len++] = s;
    return s;
}

} // namespace

namespace {

/// Whether built-in type t (or a built-in ancestor other than object) fills
/// the slot at byte offset `slot_offset` of kr_type.
bool native_has_slot(const kr_type *t, size_t slot_offset) {
    for (const kr_type *u = t; u && u != &kr_type_object; u = u->parent) {
        void *fn;
        memcpy(&fn, (const char *)u + slot_offset, sizeof(fn));
        if (fn) return true;
    }
    return false;
}

/// Depth-first lookup of a special method: user class dicts, stopping (with
/// KR_STOP) at a built-in base that implements the operation natively.
kr_value lookup_special(const kr_type *t, kr_value name, size_t slot_offset) {
    if (!(t->flags & KR_TYPE_FLAG_USER)) {
        if (slot_offset && t != &kr_type_object && native_has_slot(t, slot_offset)) return KR_STOP;
        return KR_NOTFOUND;
    }
    kr_value v = kr_dict_get(t->dict, name);
    if (v != KR_NOTFOUND) return v;
    size_t n;
    kr_value *items = kr_tuple_items(t->bases, &n);
    for (size_t i = 0; i < n; ++i) {
        v = lookup_special(as_type(items[i]), name, slot_offset);
        if (v != KR_NOTFOUND) return v;
    }
    return KR_NOTFOUND;
}

} // namespace

kr_value kr_class_lookup_special(const kr_type *t, const char *name, size_t slot_offset) {
    // Keyed by the C string's address: a hit needs no str for the name.
    uintptr_t key = (uintptr_t)name, kind = KR_LOOKUP_SPECIAL + slot_offset;
    kr_lookup_entry *e = kr_method_cache_slot(t, key, kind);
    if (kr_method_cache_hit(e, t, key, kind)) return e->value;
    uintptr_t epoch = kr_class_epoch;
    kr_value s = cached_name(name);
    if (!s) return 0;
    kr_value v = lookup_special(t, s, slot_offset);
    if (v) kr_method_cache_fill(e, t, key, kind, v, nullptr, epoch);
    return v;
}

kr_value kr_class_lookup_cstr(const kr_type *t, const char *name, size_t slot_offset) {
    kr_value v = kr_class_lookup_special(t, name, slot_offset);
    return v == KR_STOP ? KR_NOTFOUND : v;
}

/// The method `which` (__get__, __set__, __delete__) of a class attribute
/// that is an instance of a user class defining it, or KR_NOTFOUND: such an
/// attribute is a descriptor (MicroPython's MICROPY_PY_DESCRIPTORS). 0 on error.
static kr_value descriptor_method(kr_value attr, const char *which) {
    if (!kr_is_obj(attr)) return KR_NOTFOUND;
    const kr_type *at = kr_type_of(attr);
    if (!(at->flags & KR_TYPE_FLAG_USER)) return KR_NOTFOUND;
    return kr_class_lookup_cstr(at, which);
}

kr_value kr_class_bind(kr_value v, kr_value obj, const kr_type *cls, kr_value native) {
    if (!kr_is_obj(v)) return v;
    const kr_type *vt = kr_type_of(v);
    if (vt->flags & KR_TYPE_FLAG_USER) {
        // A descriptor: __get__(descriptor, instance or None, owner class).
        kr_value get = descriptor_method(v, "__get__");
        if (!get || get == KR_NOTFOUND) return get ? v : 0;
        kr_value args[3] = {v, obj ? obj : kr_val(&kr_None), kr_val(cls)};
        return kr_call(get, 3, args);
    }
    if (vt == &kr_type_function) return obj ? kr_bound_method_new(obj, v) : v;
    if (vt == &kr_type_staticmethod) return ((kr_method_wrapper *)kr_obj(v))->fn;
    if (vt == &kr_type_classmethod)
        return kr_bound_method_new(kr_val(cls), ((kr_method_wrapper *)kr_obj(v))->fn);
    if (vt == &kr_type_property) {
        if (!obj) return v;
        kr_value get = ((kr_property *)kr_obj(v))->fget;
        if (get == kr_val(&kr_None))
            return kr_raise_msg(&kr_type_AttributeError, "unreadable attribute");
        return kr_call(get, 1, &obj);
    }
    return v;
}

/// A method of a built-in type found for an instance of a user class: bind
/// it to the native sub-object (which must exist by now).
static kr_value bind_native(kr_value v, kr_value obj, const kr_type *cls) {
    if (kr_type_of(v) != &kr_type_builtin_function) return v;
    uint16_t flags = ((const kr_builtin_function *)kr_obj(v))->flags;
    if (flags & KR_BUILTIN_FLAG_STATIC) return v;
    if (flags & KR_BUILTIN_FLAG_CLASS) return kr_bound_method_new(kr_val(cls), v);
    if (!obj) return v;
    kr_value native = kr_instance_native(obj);
    if (!native) return kr_raise_msg(&kr_type_AttributeError, "call super().__init__() first");
    return kr_bound_method_new(native, v);
}

/// Bind a raw lookup result according to where it was found.
static kr_value bind_found(kr_value v, const kr_type *owner, kr_value obj, const kr_type *cls) {
    if (owner->flags & KR_TYPE_FLAG_USER) return kr_class_bind(v, obj, cls, 0);
    return bind_native(v, obj, cls);
}

namespace {

/// The class of an instance of a user class (always a heap object).
inline const kr_type *class_of(kr_value self) {
    return kr_obj(self)->type;
}

/// kr_instance_dict_ref, inlined for the attribute paths.
inline kr_value *dict_ref(kr_value self, const kr_type *t) {
    if (t->flags & KR_TYPE_FLAG_EXCEPTION) return &((kr_exception *)kr_obj(self))->dict;
    return &((kr_instance *)kr_obj(self))->dict;
}

/// self.name = value in self's attribute dict `*dict` (created when absent),
/// teaching the class how many attributes its instances get.
kr_value instance_dict_store(const kr_type *t, kr_value *dict, kr_value name, kr_value value) {
    if (!*dict) {
        *dict = kr_instance_new_dict(t);
        if (!*dict) return 0;
    }
    kr_value r =
        kr_is_str(name) ? kr_dict_set_str(*dict, name, value) : kr_dict_set(*dict, name, value);
    if (r && !(t->flags & KR_TYPE_FLAG_EXCEPTION))
        kr_class_note_attrs(t, ((const kr_dict *)kr_obj(*dict))->filled);
    return r;
}

} // namespace

kr_value kr_instance_getattr(kr_value self, kr_value name) {
    const kr_type *t = class_of(self);
    kr_value *dict = dict_ref(self, t);
    if (kr_name_is(name, "__dict__")) {
        // As MicroPython: a copy; storing into it does not change the instance.
        if (!*dict) return kr_dict_new();
        kr_value copy = kr_str_from_cstr("copy");
        return copy ? kr_call_method(*dict, copy, 0, nullptr, 0) : 0;
    }
    if (*dict) {
        kr_value v = kr_is_str(name) ? kr_dict_get_str(*dict, name) : kr_dict_get(*dict, name);
        if (v != KR_NOTFOUND) return v;
    }
    const kr_type *owner = nullptr;
    kr_value v = kr_class_lookup(t, name, false, &owner);
    if (!v) return 0;
    if (v != KR_NOTFOUND) return bind_found(v, owner, self, t);
    // Attributes a native base computes (an exception's args...).
    kr_value native = kr_instance_native(self);
    for (const kr_type *u = t->parent; native && u; u = u->parent) {
        if (!u->getattr) continue;
        kr_value r = u->getattr(native, name);
        if (r != KR_NOTFOUND) return r;
        break;
    }
    kr_value fallback = kr_class_lookup_cstr(t, "__getattr__");
    if (!fallback) return 0;
    if (fallback == KR_NOTFOUND) return KR_NOTFOUND;
    kr_value args[2] = {self, name};
    return kr_call(fallback, 2, args);
}

namespace {

/// What the class of an instance does with `obj.name = v` (or `del obj.name`
/// when `del`): a property (*is_property set), a __setattr__/__delattr__
/// hook, or KR_NOTFOUND for a plain store in the instance dict. Cached:
/// the property is the entry's value with the class as owner, a hook the
/// value with no owner. 0 on error.
kr_value store_handler(const kr_type *t, kr_value name, bool del, bool *is_property,
                       bool *is_descriptor) {
    uintptr_t kind = del ? KR_LOOKUP_DELETE : KR_LOOKUP_STORE;
    kr_lookup_entry *e = kr_method_cache_slot(t, name, kind);
    if (kr_method_cache_hit(e, t, name, kind)) {
        *is_property = e->owner != nullptr;
        return e->value;
    }
    uintptr_t epoch = kr_class_epoch;
    kr_value v = kr_class_lookup(t, name, true);
    if (!v) return 0;
    *is_property = kr_is_obj(v) && kr_type_of(v) == &kr_type_property;
    if (!*is_property && v != KR_NOTFOUND) {
        // A descriptor's __set__/__delete__, bound to it; not cached (rare).
        kr_value m = descriptor_method(v, del ? "__delete__" : "__set__");
        if (!m) return 0;
        if (m != KR_NOTFOUND) {
            *is_descriptor = true;
            return kr_bound_method_new(v, m);
        }
    }
    if (!*is_property) {
        // As MicroPython: a property wins over __setattr__/__delattr__.
        v = kr_class_lookup_cstr(t, del ? "__delattr__" : "__setattr__");
        if (!v) return 0;
    }
    if (kr_is_str(name))
        kr_method_cache_fill(e, t, name, kind, v, *is_property ? t : nullptr, epoch);
    return v;
}

} // namespace

kr_value kr_instance_setattr(kr_value self, kr_value name, kr_value value) {
    const kr_type *t = class_of(self);
    bool is_property, is_descriptor = false;
    kr_value handler = store_handler(t, name, !value, &is_property, &is_descriptor);
    if (!handler) return 0;
    if (is_descriptor) {
        // __set__(instance, value) or __delete__(instance).
        kr_value args[2] = {self, value};
        kr_value r = kr_call(handler, value ? 2 : 1, args);
        return r ? kr_val(&kr_None) : 0;
    }
    if (is_property) {
        kr_property *p = (kr_property *)kr_obj(handler);
        kr_value fn = value ? p->fset : p->fdel;
        // As MicroPython: a read-only property fails like a missing attribute.
        if (fn == kr_val(&kr_None)) return KR_NOTFOUND;
        kr_value args[2] = {self, value};
        kr_value r = kr_call(fn, value ? 2 : 1, args);
        return r ? kr_val(&kr_None) : 0;
    }
    if (handler != KR_NOTFOUND) {
        kr_value args[3] = {self, name, value};
        kr_value r = kr_call(handler, value ? 3 : 2, args);
        return r ? kr_val(&kr_None) : 0;
    }
    kr_value *dict = dict_ref(self, t);
    if (!value) {
        if (!*dict) return KR_NOTFOUND;
        kr_value old = kr_dict_remove(*dict, name);
        return old == 0 ? 0 : old == KR_NOTFOUND ? KR_NOTFOUND : kr_val(&kr_None);
    }
    return instance_dict_store(t, dict, name, value);
}

kr_value kr_instance_call_method(kr_value self, kr_value name, size_t nargs, const kr_value *args,
                                 kr_value kwnames) {
    kr_value dict = *kr_instance_dict_ref(self);
    if (dict &&
        (kr_is_str(name) ? kr_dict_get_str(dict, name) : kr_dict_get(dict, name)) != KR_NOTFOUND)
        return KR_NOTFOUND;
    const kr_type *owner = nullptr;
    kr_value fn = kr_class_lookup(kr_type_of(self), name, false, &owner);
    if (!fn) return 0;
    if (fn == KR_NOTFOUND || !(owner->flags & KR_TYPE_FLAG_USER) || !kr_is_obj(fn) ||
        kr_type_of(fn) != &kr_type_function)
        return KR_NOTFOUND;
    // A plain method: call it with self prepended instead of allocating a bound method.
    return kr_call_with_self(fn, self, nargs, args, kwnames);
}

kr_value kr_class_getattr(kr_value cls, kr_value name) {
    const kr_type *t = as_type(cls);
    if (kr_name_is(name, "__name__")) return kr_str_from_cstr(t->name);
    if (kr_name_is(name, "__bases__")) return t->bases;
    if (kr_name_is(name, "__dict__")) return t->dict;
    const kr_type *owner = nullptr;
    kr_value v = kr_class_lookup(t, name, false, &owner);
    if (!v || v == KR_NOTFOUND) return v;
    return bind_found(v, owner, 0, t);
}

//===--- object's methods -------------------------------------------------===//

namespace {

kr_value object_init(size_t, const kr_value *, kr_value) {
    return kr_val(&kr_None);
}

kr_value object_new(size_t, const kr_value *args, kr_value) {
    if (!is_type(args[0]) || !(as_type(args[0])->flags & KR_TYPE_FLAG_USER))
        return kr_raise_msg(&kr_type_TypeError, "arg must be user-type");
    return kr_instance_alloc(as_type(args[0]));
}

/// object.__setattr__ / __delattr__: store in the instance dict, bypassing
/// the class's own hooks.
kr_value object_setattr_impl(kr_value self, kr_value name, kr_value value) {
    if (!(kr_type_of(self)->flags & KR_TYPE_FLAG_USER)) return kr_setattr(self, name, value);
    if (!kr_isinstance(name, &kr_type_str))
        return kr_raise_msg(&kr_type_TypeError, "attribute name must be str");
    kr_value *dict = kr_instance_dict_ref(self);
    if (value) return instance_dict_store(kr_type_of(self), dict, name, value);
    if (!*dict) *dict = kr_dict_new();
    if (!*dict) return 0;
    kr_value old = kr_dict_remove(*dict, name);
    if (old == KR_NOTFOUND)
        return kr_raise_msg(&kr_type_AttributeError, "'%s' object has no attribute '%S'",
                            kr_type_name(self), name);
    return old ? kr_val(&kr_None) : 0;
}

kr_value object_setattr(size_t, const kr_value *args, kr_value) {
    return object_setattr_impl(args[0], args[1], args[2]);
}

kr_value object_delattr(size_t, const kr_value *args, kr_value) {
    return object_setattr_impl(args[0], args[1], 0);
}

KR_BUILTIN(object_init_obj, "__init__", object_init, 1, 1);
KR_BUILTIN_FLAGS(object_new_obj, "__new__", object_new, 1, 1, KR_BUILTIN_FLAG_STATIC);
KR_BUILTIN(object_setattr_obj, "__setattr__", object_setattr, 3, 3);
KR_BUILTIN(object_delattr_obj, "__delattr__", object_delattr, 2, 2);

} // namespace

extern "C" const kr_attr_entry kr_object_attrs[] = {
    KR_ATTR("__init__", object_init_obj),
    KR_ATTR("__new__", object_new_obj),
    KR_ATTR("__setattr__", object_setattr_obj),
    KR_ATTR("__delattr__", object_delattr_obj),
    {nullptr, nullptr},
};
