//===- runtime/object.cpp - type, object, None and the sentinels ----------===//
#include "class.h"
#include "exception.h"
#include "function.h"
#include "print.h"

const kr_type *kr_type_of(kr_value v) {
    if (kr_is_small_int(v)) return &kr_type_int;
    return kr_obj(v)->type;
}

bool kr_type_is_subtype(const kr_type *t, const kr_type *base) {
    for (; t; t = t->parent) {
        if (t == base) return true;
        if (t->bases) {
            // A user class: search every base depth-first.
            size_t n;
            kr_value *items = kr_tuple_items(t->bases, &n);
            for (size_t i = 0; i < n; ++i)
                if (kr_type_is_subtype((const kr_type *)kr_obj(items[i]), base)) return true;
            return false;
        }
    }
    return false;
}

bool kr_type_has_layout(const kr_type *t, const kr_type *base) {
    if ((t->flags & KR_TYPE_FLAG_USER) && !(base->flags & KR_TYPE_FLAG_USER) &&
        !(base->flags & KR_TYPE_FLAG_EXCEPTION) && base != &kr_type_object &&
        !(t->flags & KR_TYPE_FLAG_EXCEPTION))
        return false;
    return kr_type_is_subtype(t, base);
}

//===--- type -------------------------------------------------------------===//

namespace {

const kr_type *as_type(kr_value v) {
    return (const kr_type *)kr_obj(v);
}

bool type_print(const kr_printer *p, kr_value self, kr_print_kind) {
    return kr_printf(p, "<class '%s'>", as_type(self)->name);
}

kr_value type_call(kr_value self, size_t nargs, const kr_value *args, kr_value kwnames) {
    const kr_type *t = as_type(self);
    if (t == &kr_type_type) {
        size_t nkw = kr_kwnames_count(kwnames);
        if (nargs == 1 && nkw == 0) return kr_val(kr_type_of(args[0]));
        if (nargs == 3 && nkw == 0) return kr_class_new(args[0], args[1], args[2]);
        return kr_raise_msg(&kr_type_TypeError, "type takes 1 or 3 arguments");
    }
    if (!t->make_new)
        return kr_raise_msg(&kr_type_TypeError, "cannot create '%s' instances", t->name);
    return t->make_new(t, nargs, args, kwnames);
}

/// Look `name` up on the class itself: its dict (user classes) and its
/// method table, along the parent chain. Methods come back unbound, class
/// methods bound to the class.
kr_value type_getattr(kr_value self, kr_value name) {
    const kr_type *t = as_type(self);
    if (t->flags & KR_TYPE_FLAG_USER) return kr_class_getattr(self, name);
    if (kr_str_equal_cstr(name, "__name__")) return kr_str_from_cstr(t->name);
    if (kr_str_equal_cstr(name, "__bases__")) {
        // As MicroPython: object has no bases, every other built-in type one.
        if (!t->parent) return kr_build_tuple(0, nullptr);
        kr_value parent = kr_val(t->parent);
        return kr_build_tuple(1, &parent);
    }
    for (const kr_type *u = t; u; u = u->parent) {
        if (u->dict) {
            kr_value v = kr_dict_get(u->dict, name);
            if (v != KR_NOTFOUND) return v;
        }
        if (!u->attrs) continue;
        for (const kr_attr_entry *e = u->attrs; e->name; ++e) {
            if (!kr_str_equal_cstr(name, e->name)) continue;
            kr_value v = kr_val(e->value);
            if (e->value->type != &kr_type_builtin_function) return v;
            uint16_t flags = ((const kr_builtin_function *)e->value)->flags;
            if (flags & KR_BUILTIN_FLAG_CLASS) return kr_bound_method_new(self, v);
            // object's methods accept any self; others check theirs.
            if (flags & KR_BUILTIN_FLAG_STATIC || u == &kr_type_object) return v;
            return kr_unbound_method_new(u, v);
        }
    }
    return KR_NOTFOUND;
}

/// Class attributes of user classes live in their dict; built-in types are
/// read-only (AttributeError from the caller on KR_NOTFOUND).
kr_value type_setattr(kr_value self, kr_value name, kr_value value) {
    const kr_type *t = as_type(self);
    if (!(t->flags & KR_TYPE_FLAG_USER) || !t->dict) return KR_NOTFOUND;
    if (value) return kr_dict_set(t->dict, name, value);
    kr_value old = kr_dict_remove(t->dict, name);
    return old == 0 ? 0 : old == KR_NOTFOUND ? KR_NOTFOUND : kr_val(&kr_None);
}

kr_value object_make_new(const kr_type *type, size_t nargs, const kr_value *, kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 0, 0, false)) return 0;
    kr_object *o = kr_new_object<kr_object>(type);
    return o ? kr_val(o) : 0;
}

bool none_print(const kr_printer *p, kr_value, kr_print_kind) {
    kr_print_cstr(p, "None");
    return true;
}

kr_value none_unary_op(enum kr_unary_op op, kr_value) {
    if (op == KR_UNARY_BOOL) return kr_bool(false);
    return KR_NOTIMPL;
}

bool notimpl_print(const kr_printer *p, kr_value self, kr_print_kind) {
    kr_print_cstr(p, self == kr_val(&kr_Ellipsis_obj) ? "Ellipsis" : "NotImplemented");
    return true;
}

} // namespace

/// A built-in type with the given slots; the item, iteration and binary
/// slots null.
#define KR_SIMPLE_TYPE(name, flags, parent, print, make_new, call, unary, getattr, setattr)        \
    {                                                                                              \
        {&kr_type_type}, name, flags, parent, print, make_new, call, unary, nullptr, nullptr,      \
            nullptr, nullptr, nullptr, getattr, setattr, nullptr, 0, 0                             \
    }

extern "C" {
const kr_type kr_type_type = KR_SIMPLE_TYPE("type", 0, &kr_type_object, type_print, nullptr,
                                            type_call, nullptr, type_getattr, type_setattr);
const kr_type kr_type_object = {{&kr_type_type}, "object", KR_TYPE_FLAG_BASETYPE,
                                nullptr,         nullptr,  object_make_new,
                                nullptr,         nullptr,  nullptr,
                                nullptr,         nullptr,  nullptr,
                                nullptr,         nullptr,  nullptr,
                                kr_object_attrs, 0,        0};
const kr_type kr_type_none = KR_SIMPLE_TYPE("NoneType", 0, &kr_type_object, none_print, nullptr,
                                            nullptr, none_unary_op, nullptr, nullptr);
const kr_type kr_type_notimpl =
    KR_SIMPLE_TYPE("NotImplementedType", 0, &kr_type_object, notimpl_print, nullptr, nullptr,
                   nullptr, nullptr, nullptr);

const kr_object kr_None = {&kr_type_none};
const kr_object kr_NotImplemented_obj = {&kr_type_notimpl};
const kr_object kr_Ellipsis_obj = {&kr_type_notimpl};
/// Internal sentinels: only their addresses matter.
const kr_object kr_NotFound_obj = {&kr_type_notimpl};
const kr_object kr_Stop_obj = {&kr_type_notimpl};
}
