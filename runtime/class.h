//===- runtime/class.h - user classes, instances and descriptors -*- C++ -*-===//
//
// User classes are heap kr_type objects created by type(name, bases, dict)
// (the class statement's make.class). As in MicroPython, every user class
// gets the same set of instance slots (instance.cpp) that look the dunder
// method up in the class, depth first over the bases, and otherwise forward
// to the native base (list, dict, str, an exception type...) the class
// derives from.
//
// An instance of a class deriving from an exception type is a kr_exception
// (its attribute dict is kr_exception::dict); any other instance is a
// kr_instance whose `native` holds the native base's sub-object once built.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_CLASS_H
#define KRAIT_RUNTIME_CLASS_H

#include "object.h"

/// An instance of a user class that does not derive from an exception.
struct kr_instance {
    kr_object base;
    kr_value dict;   ///< attribute dict, created on first store (0 before)
    kr_value native; ///< native base sub-object; 0 until constructed
};

/// property(fget, fset, fdel).
struct kr_property {
    kr_object base;
    kr_value fget, fset, fdel; ///< kr_None when absent
};

/// staticmethod(f) / classmethod(f).
struct kr_method_wrapper {
    kr_object base;
    kr_value fn;
};

extern "C" {
extern const kr_type kr_type_property, kr_type_staticmethod, kr_type_classmethod, kr_type_super;
/// The methods of `object` (__init__, __new__, __setattr__, ...).
extern const kr_attr_entry kr_object_attrs[];
}

/// type(name, bases, dict): a new user class. 0 with an exception pending.
kr_value kr_class_new(kr_value name, kr_value bases, kr_value dict);

/// Look `name` up in t and its bases, depth first. User class dicts only
/// when `user_only`; otherwise built-in types' method tables too. Returns the
/// raw class attribute (no binding) or KR_NOTFOUND; `*owner` (if given)
/// receives the class it was found in.
kr_value kr_class_lookup(const kr_type *t, kr_value name, bool user_only,
                         const kr_type **owner = nullptr);

/// A special method `name` of class t: user class dicts only, depth first.
/// As MicroPython, when `slot_offset` (KR_SLOT(x)) is given, a built-in base
/// that implements that slot natively ends the search (KR_NOTFOUND): in
/// `class C(tuple, Foo)` tuple's printing wins over Foo.__str__. `name` must
/// be a string with static storage (its address keys a cache).
kr_value kr_class_lookup_cstr(const kr_type *t, const char *name, size_t slot_offset = 0);

/// As kr_class_lookup_cstr, but KR_STOP when the search ended at a native
/// base implementing the slot (KR_NOTFOUND when nothing has it).
kr_value kr_class_lookup_special(const kr_type *t, const char *name, size_t slot_offset);

/// The byte offset of slot `field` in kr_type, for kr_class_lookup_cstr.
#define KR_SLOT(field) offsetof(kr_type, field)

/// The attribute `v` found in a class, as seen through `obj` (an instance of
/// `cls`, or 0 when looked up on the class itself): functions bind to obj,
/// classmethods to cls, staticmethods unwrap, properties call their getter
/// on instances. `native` is what built-in methods bind to.
kr_value kr_class_bind(kr_value v, kr_value obj, const kr_type *cls, kr_value native);

/// The class's native base: the built-in type its instances' layout comes
/// from (object when none). Equal to t->parent for user classes.
const kr_type *kr_class_native_base(const kr_type *t);

/// A user class (every type kr_class_new makes): the type and what its
/// instances have taught the runtime.
struct kr_user_class {
    kr_type type;
    /// The most attribute dict entries an instance of exactly this class has
    /// had (capped): new instances' dicts start with that room.
    size_t attr_hint;
    /// kr_dict_storage_bytes(attr_hint).
    size_t attr_bytes;
};

inline kr_user_class *kr_user_class_of(const kr_type *t) {
    return (kr_user_class *)t;
}

/// Make `n` entries the attribute room of t's instances (capped).
void kr_class_learn_attrs(const kr_type *t, size_t n);

/// Record that an instance of exactly user class t has `filled` attribute
/// dict entries after a store: the class's room grows to that.
inline void kr_class_note_attrs(const kr_type *t, size_t filled) {
    if (filled > kr_user_class_of(t)->attr_hint) kr_class_learn_attrs(t, filled);
}
/// A new, empty attribute dict for an instance of user class t, with room
/// for as many attributes as t's instances have had.
kr_value kr_instance_new_dict(const kr_type *t);

/// A blank instance of user class t (native sub-object not constructed).
kr_value kr_instance_alloc(const kr_type *t);
/// A new instance of plain user class t (no native base, not an exception)
/// sharing its gc block with its presized attribute dict, as the
/// constructor's fast path makes them (ctor_site.cpp).
kr_value kr_class_alloc_plain(const kr_type *t);
/// Pointer to the attribute dict word of an instance of a user class.
kr_value *kr_instance_dict_ref(kr_value obj);
/// The native sub-object methods of the native base apply to: the instance
/// itself for exceptions and plain objects, 0 if not constructed yet.
kr_value kr_instance_native(kr_value obj);
/// Construct the native sub-object of obj with the given args (the native
/// base's __init__, as super().__init__(...) or after a class's __init__).
kr_value kr_instance_init_native(kr_value obj, size_t nargs, const kr_value *args,
                                 kr_value kwnames);

/// `lhs op rhs` retried with rhs's reflected method (__radd__...) when rhs
/// is an instance of a user class; KR_NOTIMPL otherwise.
kr_value kr_instance_reflected_op(enum kr_binary_op op, kr_value lhs, kr_value rhs);

/// The generic slots every user class gets (instance.cpp).
bool kr_instance_print(const kr_printer *p, kr_value self, kr_print_kind kind);
/// The last traceback line for an instance of a user exception class, as
/// MicroPython's PRINT_EXC: the class's __repr__ if it has one, else
/// "Name: " and the exception's args (a user __str__ is not used).
bool kr_instance_print_exc(const kr_printer *p, kr_value self);
kr_value kr_instance_make_new(const kr_type *type, size_t nargs, const kr_value *args,
                              kr_value kwnames);
kr_value kr_instance_call(kr_value self, size_t nargs, const kr_value *args, kr_value kwnames);
kr_value kr_instance_unary_op(enum kr_unary_op op, kr_value self);
kr_value kr_instance_binary_op(enum kr_binary_op op, kr_value self, kr_value other);
kr_value kr_instance_getitem(kr_value self, kr_value index);
kr_value kr_instance_setitem(kr_value self, kr_value index, kr_value value);
kr_value kr_instance_getiter(kr_value self);
kr_value kr_instance_iternext(kr_value self);
kr_value kr_instance_getattr(kr_value self, kr_value name);
kr_value kr_instance_setattr(kr_value self, kr_value name, kr_value value);

/// obj.name(args...) for an instance of a user class when name is a plain
/// method of its class: called without allocating a bound method.
/// KR_NOTFOUND when the attribute is anything else (the caller then looks it
/// up and calls it generically).
kr_value kr_instance_call_method(kr_value self, kr_value name, size_t nargs, const kr_value *args,
                                 kr_value kwnames);

/// Class attribute lookup for type objects (type.__getattr__ of user classes).
kr_value kr_class_getattr(kr_value cls, kr_value name);

#endif // KRAIT_RUNTIME_CLASS_H
