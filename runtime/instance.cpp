//===- runtime/instance.cpp - the generic slots of user classes -----------===//
//
// As MicroPython's objtype.c: one set of slot functions serves every user
// class. Each looks its dunder method up in the class (depth first) and
// calls it; without one it forwards to the native base's slot with the
// native sub-object, or reports "not supported" (KR_NOTIMPL) to the generic
// dispatcher in ops.cpp.
//
//===----------------------------------------------------------------------===//
#include <stdio.h>
#include <string.h>

#include "class.h"
#include "exception.h"
#include "function.h"
#include "print.h"

namespace {

const kr_type *native_base(kr_value self) {
    return kr_type_of(self)->parent;
}

/// The dunder `name` of self's class bound to self: KR_NOTFOUND when the
/// class (user classes only) does not define it, 0 on error.
kr_value method(kr_value self, const char *name, size_t slot) {
    const kr_type *t = kr_type_of(self);
    kr_value v = kr_class_lookup_cstr(t, name, slot);
    if (!v || v == KR_NOTFOUND) return v;
    return kr_class_bind(v, self, t, 0);
}

/// Call class attribute `v` of self's class t as self.v(args...): a plain
/// function gets self prepended (no bound method is allocated); anything
/// else is bound as usual (staticmethod, descriptor...) and called.
kr_value call_bound(kr_value v, kr_value self, const kr_type *t, size_t nargs, const kr_value *args,
                    kr_value kwnames = 0) {
    if (!kr_is_obj(v) || kr_type_of(v) != &kr_type_function) {
        kr_value bound = kr_class_bind(v, self, t, 0);
        return bound ? kr_call_kw(bound, nargs, args, kwnames) : 0;
    }
    return kr_call_with_self(v, self, nargs, args, kwnames);
}

/// Call self.name(args...) if the class defines it; KR_NOTFOUND otherwise.
kr_value call_method(kr_value self, const char *name, size_t slot, size_t nargs,
                     const kr_value *args) {
    const kr_type *t = kr_type_of(self);
    kr_value v = kr_class_lookup_cstr(t, name, slot);
    if (!v || v == KR_NOTFOUND) return v;
    return call_bound(v, self, t, nargs, args);
}

/// The native base's slot along its parent chain, with the sub-object it
/// applies to; null when there is no native base or it is not built yet.
template <typename Slot> Slot native_slot(kr_value self, Slot kr_type::*slot, kr_value *native) {
    const kr_type *nb = native_base(self);
    if (nb == &kr_type_object) return nullptr;
    *native = kr_instance_native(self);
    if (!*native) return nullptr;
    for (const kr_type *u = nb; u; u = u->parent)
        if (u->*slot) return u->*slot;
    return nullptr;
}

/// The value native slots see for another operand: a user instance with a
/// native base stands for its sub-object.
kr_value operand_native(kr_value v) {
    if (!kr_is_obj(v) || !(kr_type_of(v)->flags & KR_TYPE_FLAG_USER)) return v;
    if (kr_type_of(v)->flags & KR_TYPE_FLAG_EXCEPTION) return v;
    if (native_base(v) == &kr_type_object) return v;
    kr_value n = kr_instance_native(v);
    return n ? n : v;
}

const char *const unary_dunders[] = {"__pos__",  "__neg__", "__invert__", "__not__",
                                     "__bool__", "__len__", "__hash__",   "__abs__"};

const char *const binary_dunders[KR_BINARY_OP_COUNT] = {
    "__lt__",       "__gt__",       "__eq__",      "__le__",           "__ge__",       "__ne__",
    "__contains__", "__is__",       "__is_not__",  "__not_contains__", "__or__",       "__xor__",
    "__and__",      "__lshift__",   "__rshift__",  "__add__",          "__sub__",      "__mul__",
    "__matmul__",   "__floordiv__", "__truediv__", "__mod__",          "__pow__",      "__divmod__",
    "__ior__",      "__ixor__",     "__iand__",    "__ilshift__",      "__irshift__",  "__iadd__",
    "__isub__",     "__imul__",     "__imatmul__", "__ifloordiv__",    "__itruediv__", "__imod__",
    "__ipow__"};

/// The reflected forms of the arithmetic operators, KR_BINARY_FIRST onwards.
const char *const reflected_dunders[KR_BINARY_INPLACE_FIRST - KR_BINARY_FIRST] = {
    "__ror__",      "__rxor__", "__rand__", "__rlshift__", "__rrshift__",
    "__radd__",     "__rsub__", "__rmul__", "__rmatmul__", "__rfloordiv__",
    "__rtruediv__", "__rmod__", "__rpow__", "__rdivmod__"};

/// iter() of an instance that has __getitem__ but no __iter__: items 0, 1,
/// 2... until IndexError (the old sequence protocol, which MicroPython keeps).
struct getitem_iter {
    kr_object base;
    kr_value seq;
    kr_int index;
};

kr_value getitem_iter_next(kr_value self) {
    getitem_iter *it = (getitem_iter *)kr_obj(self);
    kr_value v = kr_getitem(it->seq, kr_small_int(it->index));
    if (!v) {
        if (kr_exc_pending_is(&kr_type_IndexError) || kr_exc_pending_is(&kr_type_StopIteration)) {
            kr_exc_fetch();
            return KR_STOP;
        }
        return 0;
    }
    ++it->index;
    return v;
}

const kr_type getitem_iter_type = {{&kr_type_type},   "iterator", KR_TYPE_FLAG_ITER_IS_SELF,
                                   &kr_type_object,   nullptr,    nullptr,
                                   nullptr,           nullptr,    nullptr,
                                   nullptr,           nullptr,    nullptr,
                                   getitem_iter_next, nullptr,    nullptr,
                                   nullptr,           0,          0};

} // namespace

//===--- Instances --------------------------------------------------------===//

kr_value kr_instance_alloc(const kr_type *t) {
    if (t->flags & KR_TYPE_FLAG_EXCEPTION) return kr_exc_new(t, 0, nullptr);
    kr_instance *o = kr_new_object<kr_instance>(t);
    return o ? kr_val(o) : 0;
}

kr_value *kr_instance_dict_ref(kr_value obj) {
    if (kr_type_of(obj)->flags & KR_TYPE_FLAG_EXCEPTION)
        return &((kr_exception *)kr_obj(obj))->dict;
    return &((kr_instance *)kr_obj(obj))->dict;
}

kr_value kr_instance_native(kr_value obj) {
    const kr_type *t = kr_type_of(obj);
    if ((t->flags & KR_TYPE_FLAG_EXCEPTION) || t->parent == &kr_type_object) return obj;
    return ((kr_instance *)kr_obj(obj))->native;
}

kr_value kr_instance_init_native(kr_value obj, size_t nargs, const kr_value *args,
                                 kr_value kwnames) {
    const kr_type *t = kr_type_of(obj);
    if (t->flags & KR_TYPE_FLAG_EXCEPTION) {
        if (!kr_check_args(nargs, kwnames, 0, KR_ARGS_ANY, false)) return 0;
        kr_value tuple = 0;
        if (nargs) {
            tuple = kr_build_tuple(nargs, args);
            if (!tuple) return 0;
        }
        ((kr_exception *)kr_obj(obj))->args = tuple;
        return kr_val(&kr_None);
    }
    // As MicroPython: a class without __init__ and without a native base
    // ignores its constructor's arguments.
    if (t->parent == &kr_type_object) return kr_val(&kr_None);
    const kr_type *nb = t->parent;
    kr_value native = nb->make_new(nb, nargs, args, kwnames);
    if (!native) return 0;
    ((kr_instance *)kr_obj(obj))->native = native;
    return kr_val(&kr_None);
}

kr_value kr_instance_make_new(const kr_type *type, size_t nargs, const kr_value *args,
                              kr_value kwnames) {
    size_t total = nargs + kr_kwnames_count(kwnames);
    kr_value new_fn = kr_class_lookup_cstr(type, "__new__", KR_SLOT(make_new));
    if (!new_fn) return 0;
    kr_value obj;
    if (new_fn != KR_NOTFOUND) {
        // __new__ is implicitly static: called as __new__(cls, args...).
        if (kr_is_obj(new_fn) && kr_type_of(new_fn) == &kr_type_staticmethod)
            new_fn = ((kr_method_wrapper *)kr_obj(new_fn))->fn;
        kr_value *all = (kr_value *)kr_gc_alloc((total + 1) * sizeof(kr_value));
        if (!all) return 0;
        all[0] = kr_val(type);
        // args may be null when there are none: memcpy's source must not be.
        if (total) memcpy(all + 1, args, total * sizeof(kr_value));
        obj = kr_call_kw(new_fn, nargs + 1, all, kwnames);
        if (!obj) return 0;
        // As MicroPython: __init__ runs only for an instance of this class.
        if (kr_type_of(obj) != type) return obj;
    } else {
        obj = kr_instance_alloc(type);
        if (!obj) return 0;
    }
    if (type->flags & KR_TYPE_FLAG_EXCEPTION) {
        // The exception's args default to the constructor's positional ones;
        // super().__init__ may reset them. Keywords are for a user __init__.
        if (!kr_instance_init_native(obj, nargs, args, 0)) return 0;
    }
    kr_value init = kr_class_lookup_cstr(type, "__init__");
    if (!init) return 0;
    if (init != KR_NOTFOUND) {
        kr_value r = call_bound(init, obj, type, nargs, args, kwnames);
        if (!r) return 0;
        if (r != kr_val(&kr_None))
            return kr_raise_msg(&kr_type_TypeError, "__init__() should return None, not '%s'",
                                kr_type_name(r));
        if (type->parent != &kr_type_object && !kr_instance_native(obj)) {
            // As MicroPython: a native base __init__ did not build is built with the same args.
            if (!kr_instance_init_native(obj, nargs, args, kwnames)) return 0;
        }
        return obj;
    }
    if (type->flags & KR_TYPE_FLAG_EXCEPTION)
        return kr_check_args(nargs, kwnames, 0, KR_ARGS_ANY, false) ? obj : 0;
    if (new_fn != KR_NOTFOUND && type->parent == &kr_type_object) return obj;
    if (!kr_instance_init_native(obj, nargs, args, kwnames)) return 0;
    return obj;
}

//===--- Slots ------------------------------------------------------------===//

bool kr_instance_print(const kr_printer *p, kr_value self, kr_print_kind kind) {
    const kr_type *t = kr_type_of(self);
    kr_value m =
        kr_class_lookup_special(t, kind == KR_PRINT_STR ? "__str__" : "__repr__", KR_SLOT(print));
    // As MicroPython: str() falls back to __repr__ only when no native base
    // prints the instance first.
    if (m == KR_NOTFOUND && kind == KR_PRINT_STR) m = kr_class_lookup_cstr(t, "__repr__");
    if (!m) return false;
    if (m == KR_STOP) m = KR_NOTFOUND;
    if (m != KR_NOTFOUND) m = kr_class_bind(m, self, t, 0);
    if (!m) return false;
    if (m != KR_NOTFOUND) {
        kr_value s = kr_call(m, 0, nullptr);
        if (!s) return false;
        if (!kr_isinstance(s, &kr_type_str)) {
            kr_raise_msg(&kr_type_TypeError, "%s returned non-string (type %s)",
                         kind == KR_PRINT_STR ? "__str__" : "__repr__", kr_type_name(s));
            return false;
        }
        return kr_print_value(p, s, KR_PRINT_STR);
    }
    kr_value native;
    auto print = native_slot(self, &kr_type::print, &native);
    if (print) return print(p, native, kind);
    // MicroPython's %p: hex digits without a 0x prefix.
    char addr[2 * sizeof(void *) + 1];
    snprintf(addr, sizeof(addr), "%lx", (unsigned long)self);
    return kr_printf(p, "<%s object at %s>", kr_type_name(self), addr);
}

bool kr_instance_print_exc(const kr_printer *p, kr_value self) {
    // MicroPython prints an uncaught exception with kind PRINT_EXC: a user
    // __repr__ replaces the whole line; __str__ is not consulted.
    kr_value m = method(self, "__repr__", KR_SLOT(print));
    if (!m) return false;
    if (m != KR_NOTFOUND) {
        kr_value s = kr_call(m, 0, nullptr);
        if (!s) return false;
        return kr_print_value(p, s, KR_PRINT_STR);
    }
    kr_print_cstr(p, kr_type_name(self));
    kr_print_cstr(p, ": ");
    kr_value native;
    auto print = native_slot(self, &kr_type::print, &native);
    return print ? print(p, native, KR_PRINT_STR) : true;
}

kr_value kr_instance_call(kr_value self, size_t nargs, const kr_value *args, kr_value kwnames) {
    const kr_type *t = kr_type_of(self);
    kr_value m = kr_class_lookup_cstr(t, "__call__", KR_SLOT(call));
    if (!m) return 0;
    if (m == KR_NOTFOUND)
        return kr_raise_msg(&kr_type_TypeError, "'%s' object isn't callable", kr_type_name(self));
    return call_bound(m, self, t, nargs, args, kwnames);
}

kr_value kr_instance_unary_op(enum kr_unary_op op, kr_value self) {
    const char *name = unary_dunders[op];
    kr_value m = kr_class_lookup_cstr(kr_type_of(self), name, KR_SLOT(unary_op));
    if (!m) return 0;
    if (op == KR_UNARY_HASH && m == kr_val(&kr_None))
        return kr_raise_msg(&kr_type_TypeError, "unsupported type for __hash__: '%s'",
                            kr_type_name(self));
    if (m != KR_NOTFOUND) {
        kr_value r = call_bound(m, self, kr_type_of(self), 0, nullptr);
        if (r && op == KR_UNARY_LEN && !kr_isinstance(r, &kr_type_int))
            return kr_raise_msg(&kr_type_TypeError,
                                "'%s' object cannot be interpreted as an "
                                "integer",
                                kr_type_name(r));
        return r;
    }
    if (op == KR_UNARY_BOOL) {
        // Without __bool__, a user __len__ decides truth before the native
        // base's own count (a list subclass whose __len__ says 0 is false).
        kr_value len = kr_class_lookup_cstr(kr_type_of(self), "__len__", KR_SLOT(unary_op));
        if (!len) return 0;
        if (len != KR_NOTFOUND) return KR_NOTIMPL;
    }
    kr_value native;
    auto slot = native_slot(self, &kr_type::unary_op, &native);
    if (slot) return slot(op, native);
    if (op == KR_UNARY_HASH) {
        // As MicroPython: without __hash__, instances hash by identity unless
        // the class defines __eq__, which makes them unhashable.
        kr_value eq = kr_class_lookup_cstr(kr_type_of(self), "__eq__", KR_SLOT(unary_op));
        if (!eq) return 0;
        if (eq == KR_NOTFOUND) return kr_small_int((kr_int)(self >> 3) & KR_SMALL_INT_MAX);
    }
    return KR_NOTIMPL;
}

kr_value kr_instance_binary_op(enum kr_binary_op op, kr_value self, kr_value other) {
    kr_value args[1] = {other};
    kr_value r = call_method(self, binary_dunders[op], KR_SLOT(binary_op), 1, args);
    if (!r) return 0;
    if (r == kr_val(&kr_NotImplemented_obj)) return KR_NOTIMPL;
    if (r != KR_NOTFOUND) return r;
    kr_value native;
    auto slot = native_slot(self, &kr_type::binary_op, &native);
    if (!slot) return KR_NOTIMPL;
    other = operand_native(other);
    r = slot(op, native, other);
    // As MicroPython's mp_binary_op on the sub-object: the generic dispatch
    // (number * sequence...) applies to it too.
    if (r == KR_NOTIMPL && op >= KR_BINARY_FIRST && op < KR_BINARY_INPLACE_FIRST)
        return kr_binary_op(op, native, other);
    return r;
}

kr_value kr_instance_reflected_op(enum kr_binary_op op, kr_value lhs, kr_value rhs) {
    if (!kr_is_obj(rhs) || !(kr_type_of(rhs)->flags & KR_TYPE_FLAG_USER)) return KR_NOTIMPL;
    if (op < KR_BINARY_FIRST || op >= KR_BINARY_INPLACE_FIRST) return KR_NOTIMPL;
    const kr_type *t = kr_type_of(rhs);
    kr_value m =
        kr_class_lookup_special(t, reflected_dunders[op - KR_BINARY_FIRST], KR_SLOT(binary_op));
    if (!m) return 0;
    if (m == KR_STOP) {
        // A native base handles it: the operation applies to the sub-object.
        kr_value native = kr_instance_native(rhs);
        if (!native || native == rhs) return KR_NOTIMPL;
        return kr_binary_op(op, lhs, native);
    }
    if (m == KR_NOTFOUND) return KR_NOTIMPL;
    kr_value r = call_bound(m, rhs, t, 1, &lhs);
    if (r == kr_val(&kr_NotImplemented_obj)) return KR_NOTIMPL;
    return r;
}

kr_value kr_instance_getitem(kr_value self, kr_value index) {
    kr_value r = call_method(self, "__getitem__", KR_SLOT(getitem), 1, &index);
    if (r != KR_NOTFOUND) return r;
    kr_value native;
    auto slot = native_slot(self, &kr_type::getitem, &native);
    if (slot) return slot(native, index);
    return kr_raise_msg(&kr_type_TypeError, "'%s' object isn't subscriptable", kr_type_name(self));
}

kr_value kr_instance_setitem(kr_value self, kr_value index, kr_value value) {
    kr_value args[2] = {index, value};
    kr_value r = call_method(self, value ? "__setitem__" : "__delitem__", KR_SLOT(setitem),
                             value ? 2 : 1, args);
    if (!r) return 0;
    if (r != KR_NOTFOUND) return kr_val(&kr_None);
    kr_value native;
    auto slot = native_slot(self, &kr_type::setitem, &native);
    if (slot) return slot(native, index, value);
    return kr_raise_msg(&kr_type_TypeError,
                        value ? "'%s' object doesn't support item assignment"
                              : "'%s' object doesn't support item deletion",
                        kr_type_name(self));
}

kr_value kr_instance_getiter(kr_value self) {
    kr_value r = call_method(self, "__iter__", KR_SLOT(getiter), 0, nullptr);
    if (r != KR_NOTFOUND) return r;
    kr_value native = 0;
    if (native_slot(self, &kr_type::getiter, &native) ||
        (native && (kr_type_of(native)->flags & KR_TYPE_FLAG_ITER_IS_SELF)))
        return kr_iter(native);
    kr_value getitem = kr_class_lookup_cstr(kr_type_of(self), "__getitem__", KR_SLOT(getitem));
    if (!getitem) return 0;
    if (getitem != KR_NOTFOUND) {
        getitem_iter *it = kr_new_object<getitem_iter>(&getitem_iter_type);
        if (!it) return 0;
        it->seq = self;
        return kr_val(it);
    }
    if (method(self, "__next__", KR_SLOT(iternext)) != KR_NOTFOUND) return self;
    return kr_raise_msg(&kr_type_TypeError, "'%s' object isn't iterable", kr_type_name(self));
}

kr_value kr_instance_iternext(kr_value self) {
    kr_value r = call_method(self, "__next__", KR_SLOT(iternext), 0, nullptr);
    if (r == KR_NOTFOUND) {
        kr_value native;
        auto slot = native_slot(self, &kr_type::iternext, &native);
        if (slot) return slot(native);
        return kr_raise_msg(&kr_type_TypeError, "'%s' object isn't an iterator",
                            kr_type_name(self));
    }
    if (!r && kr_exc_pending_is(&kr_type_StopIteration)) {
        kr_exc_fetch();
        return KR_STOP;
    }
    return r;
}
