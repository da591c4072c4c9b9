//===- runtime/super.cpp - super(cls, obj) --------------------------------===//
//
// MicroPython's super: the attribute is looked up depth first in the bases
// of `cls` (the class whose method called super()), the first base that has
// it wins, then in object. `__init__` reaching a native base (list, an
// exception type...) constructs the instance's native sub-object. A property
// found this way is returned as is, not called (MicroPython).
//
//===----------------------------------------------------------------------===//
#include "super.h"
#include "class.h"
#include "exception.h"
#include "function.h"
#include "print.h"

namespace {

/// A super object: the class to start above and the instance.
struct kr_super {
    kr_object base;
    kr_value type;
    kr_value obj;
};

kr_super *as_super(kr_value v) {
    return (kr_super *)kr_obj(v);
}

const kr_type *as_type(kr_value v) {
    return (const kr_type *)kr_obj(v);
}

kr_value native_init(size_t nargs, const kr_value *args, kr_value kwnames) {
    return kr_instance_init_native(args[0], nargs - 1, args + 1, kwnames);
}

KR_BUILTIN_KW(native_init_obj, "__init__", native_init, 1, KR_ARGS_ANY);

/// Marks a lookup that reached a native base's constructor.
const kr_object native_init_marker = {&kr_type_notimpl};

/// Depth-first lookup that stops at native bases other than object (which
/// is searched last, by the caller).
kr_value lookup(const kr_type *t, kr_value name, const kr_type **owner) {
    if (t->flags & KR_TYPE_FLAG_USER) {
        kr_value v = kr_dict_get(t->dict, name);
        if (v != KR_NOTFOUND) {
            *owner = t;
            return v;
        }
        size_t n;
        kr_value *items = kr_tuple_items(t->bases, &n);
        for (size_t i = 0; i < n; ++i) {
            v = lookup(as_type(items[i]), name, owner);
            if (v != KR_NOTFOUND) return v;
        }
        return KR_NOTFOUND;
    }
    if (t == &kr_type_object) return KR_NOTFOUND;
    if (kr_str_equal_cstr(name, "__init__") && t->make_new) return kr_val(&native_init_marker);
    for (const kr_type *u = t; u && u != &kr_type_object; u = u->parent) {
        if (!u->attrs) continue;
        for (const kr_attr_entry *e = u->attrs; e->name; ++e) {
            if (!kr_str_equal_cstr(name, e->name)) continue;
            *owner = u;
            return kr_val(e->value);
        }
    }
    return KR_NOTFOUND;
}

kr_value super_make_new(const kr_type *, size_t nargs, const kr_value *args, kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 2, 2, false)) return 0;
    if (!kr_is_obj(args[0]) || !kr_isinstance(args[0], &kr_type_type))
        return kr_raise_msg(&kr_type_TypeError, "super() argument 1 must be type");
    kr_super *s = kr_new_object<kr_super>(&kr_type_super);
    if (!s) return 0;
    s->type = args[0];
    s->obj = args[1];
    return kr_val(s);
}

/// The depth-first lookup of `name` in the bases of t (object excluded).
kr_value lookup_above(const kr_type *t, kr_value name, const kr_type **owner) {
    kr_value v = KR_NOTFOUND;
    if (t->flags & KR_TYPE_FLAG_USER) {
        size_t n;
        kr_value *items = kr_tuple_items(t->bases, &n);
        for (size_t i = 0; i < n && v == KR_NOTFOUND; ++i)
            v = lookup(as_type(items[i]), name, owner);
    }
    return v;
}

kr_value super_getattr(kr_value self, kr_value name) {
    kr_super *s = as_super(self);
    const kr_type *t = as_type(s->type);
    kr_value obj = s->obj;
    // super(C, C2) where obj is a class: methods come back unbound.
    bool obj_is_class = kr_is_obj(obj) && kr_isinstance(obj, &kr_type_type);
    const kr_type *cls = obj_is_class ? as_type(obj) : kr_type_of(obj);
    kr_value inst = obj_is_class ? 0 : obj;
    const kr_type *owner = nullptr;
    kr_value v = lookup_above(t, name, &owner);
    if (!v) return 0;
    if (v == kr_val(&native_init_marker)) {
        if (!inst || !(cls->flags & KR_TYPE_FLAG_USER)) return kr_val(&kr_None);
        return kr_bound_method_new(inst, kr_val(&native_init_obj));
    }
    if (v == KR_NOTFOUND) {
        v = kr_class_lookup(&kr_type_object, name, false, &owner);
        if (v == KR_NOTFOUND) return KR_NOTFOUND;
    }
    if (kr_is_obj(v) && kr_type_of(v) == &kr_type_property) return v;
    if (owner->flags & KR_TYPE_FLAG_USER) return kr_class_bind(v, inst, cls, 0);
    if (kr_type_of(v) != &kr_type_builtin_function || !inst) return v;
    uint16_t flags = ((const kr_builtin_function *)kr_obj(v))->flags;
    if (flags & KR_BUILTIN_FLAG_STATIC) return v;
    if (flags & KR_BUILTIN_FLAG_CLASS) return kr_bound_method_new(kr_val(cls), v);
    kr_value native = owner == &kr_type_object || !(cls->flags & KR_TYPE_FLAG_USER)
                          ? inst
                          : kr_instance_native(inst);
    if (!native) return kr_raise_msg(&kr_type_AttributeError, "call super().__init__() first");
    return kr_bound_method_new(native, v);
}

bool super_print(const kr_printer *p, kr_value self, kr_print_kind) {
    return kr_printf(p, "<super: %q, %q>", as_super(self)->type, as_super(self)->obj);
}

} // namespace

bool kr_super_parts(kr_value v, const kr_type **start, kr_value *inst) {
    if (!kr_is_obj(v) || kr_type_of(v) != &kr_type_super) return false;
    kr_super *s = as_super(v);
    // An instance of a plain user class is no class; anything else asks.
    const kr_type *ot = kr_type_of(s->obj);
    bool plain = (ot->flags & KR_TYPE_FLAG_USER) && ot->parent == &kr_type_object;
    if (!plain && kr_is_obj(s->obj) && kr_isinstance(s->obj, &kr_type_type)) return false;
    *start = as_type(s->type);
    *inst = s->obj;
    return true;
}

kr_value kr_super_plain_method(kr_value v, kr_value name) {
    const kr_type *start;
    kr_value inst;
    if (!kr_super_parts(v, &start, &inst)) return KR_NOTFOUND;
    const kr_type *owner = nullptr;
    kr_value fn = lookup_above(start, name, &owner);
    if (!fn || fn == KR_NOTFOUND || fn == kr_val(&native_init_marker)) return fn ? KR_NOTFOUND : 0;
    // kr_class_bind binds a plain function of a user class to the instance.
    if (!(owner->flags & KR_TYPE_FLAG_USER) || !kr_is_obj(fn) ||
        kr_type_of(fn) != &kr_type_function)
        return KR_NOTFOUND;
    return fn;
}

extern "C" const kr_type kr_type_super = {{&kr_type_type},
                                          "super",
                                          0,
                                          // No parent: object's methods must not shadow
                                          // super_getattr in kr_getattr's table search.
                                          nullptr,
                                          super_print,
                                          super_make_new,
                                          nullptr,
                                          nullptr,
                                          nullptr,
                                          nullptr,
                                          nullptr,
                                          nullptr,
                                          nullptr,
                                          super_getattr,
                                          nullptr,
                                          nullptr,
                                          0,
                                          0};
