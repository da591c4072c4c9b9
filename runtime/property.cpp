//===- runtime/property.cpp - property, staticmethod, classmethod ---------===//
//
// The descriptors a class body creates. Their behaviour on lookup lives in
// kr_class_bind (class.cpp): properties call their getter when read through
// an instance, staticmethods unwrap, classmethods bind to the class.
//
//===----------------------------------------------------------------------===//
#include "class.h"
#include "exception.h"
#include "function.h"
#include "print.h"

namespace {

kr_property *as_property(kr_value v) {
    return (kr_property *)kr_obj(v);
}

kr_value property_new(kr_value fget, kr_value fset, kr_value fdel) {
    kr_property *p = kr_new_object<kr_property>(&kr_type_property);
    if (!p) return 0;
    p->fget = fget;
    p->fset = fset;
    p->fdel = fdel;
    return kr_val(p);
}

kr_value property_make_new(const kr_type *, size_t nargs, const kr_value *args, kr_value kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    if (!kr_check_args(nargs, kwnames, 0, 4, true)) return 0;
    kr_value vals[4] = {kr_val(&kr_None), kr_val(&kr_None), kr_val(&kr_None), kr_val(&kr_None)};
    for (size_t i = 0; i < nargs; ++i)
        vals[i] = args[i];
    if (!kr_parse_kwargs(nargs, args, kwnames, names, 4, vals)) return 0;
    return property_new(vals[0], vals[1], vals[2]);
}

kr_value property_getter(size_t, const kr_value *args, kr_value) {
    kr_property *p = as_property(args[0]);
    return property_new(args[1], p->fset, p->fdel);
}

kr_value property_setter(size_t, const kr_value *args, kr_value) {
    kr_property *p = as_property(args[0]);
    return property_new(p->fget, args[1], p->fdel);
}

kr_value property_deleter(size_t, const kr_value *args, kr_value) {
    kr_property *p = as_property(args[0]);
    return property_new(p->fget, p->fset, args[1]);
}

KR_BUILTIN(property_getter_obj, "getter", property_getter, 2, 2);
KR_BUILTIN(property_setter_obj, "setter", property_setter, 2, 2);
KR_BUILTIN(property_deleter_obj, "deleter", property_deleter, 2, 2);

const kr_attr_entry property_attrs[] = {
    KR_ATTR("getter", property_getter_obj),
    KR_ATTR("setter", property_setter_obj),
    KR_ATTR("deleter", property_deleter_obj),
    {nullptr, nullptr},
};

kr_value property_getattr(kr_value self, kr_value name) {
    kr_property *p = as_property(self);
    if (kr_str_equal_cstr(name, "fget")) return p->fget;
    if (kr_str_equal_cstr(name, "fset")) return p->fset;
    if (kr_str_equal_cstr(name, "fdel")) return p->fdel;
    return KR_NOTFOUND;
}

bool property_print(const kr_printer *p, kr_value, kr_print_kind) {
    kr_print_cstr(p, "<property>");
    return true;
}

kr_value wrapper_make_new(const kr_type *type, size_t nargs, const kr_value *args,
                          kr_value kwnames) {
    if (!kr_check_args(nargs, kwnames, 1, 1, false)) return 0;
    kr_method_wrapper *w = kr_new_object<kr_method_wrapper>(type);
    if (!w) return 0;
    w->fn = args[0];
    return kr_val(w);
}

kr_value wrapper_getattr(kr_value self, kr_value name) {
    if (kr_str_equal_cstr(name, "__func__")) return ((kr_method_wrapper *)kr_obj(self))->fn;
    return KR_NOTFOUND;
}

bool wrapper_print(const kr_printer *p, kr_value self, kr_print_kind) {
    return kr_printf(p, "<%s>", kr_type_name(self));
}

} // namespace

/// A descriptor type: print, make_new, getattr and attrs; no other slots.
#define KR_DESCRIPTOR_TYPE(name, print, make_new, getattr, attrs)                                  \
    {                                                                                              \
        {&kr_type_type}, name, 0, &kr_type_object, print, make_new, nullptr, nullptr, nullptr,     \
            nullptr, nullptr, nullptr, nullptr, getattr, nullptr, attrs, 0, 0                      \
    }

extern "C" {
const kr_type kr_type_property = KR_DESCRIPTOR_TYPE("property", property_print, property_make_new,
                                                    property_getattr, property_attrs);
const kr_type kr_type_staticmethod =
    KR_DESCRIPTOR_TYPE("staticmethod", wrapper_print, wrapper_make_new, wrapper_getattr, nullptr);
const kr_type kr_type_classmethod =
    KR_DESCRIPTOR_TYPE("classmethod", wrapper_print, wrapper_make_new, wrapper_getattr, nullptr);
}
