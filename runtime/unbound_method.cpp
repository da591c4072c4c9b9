//===- runtime/unbound_method.cpp - methods of built-in types via the type -===//
//
// `dict.get(d, k)` calls a built-in type's method with self passed by hand.
// The native code casts self to its own layout, so the call must check it:
// an instance of the type (or of a subclass, whose native sub-object is
// passed instead) or TypeError, never a wild cast.
//
//===----------------------------------------------------------------------===//
#include "class.h"
#include "exception.h"
#include "function.h"
#include "print.h"
#include "runtime.h"

namespace {

/// A built-in method looked up on its type rather than on an instance.
struct kr_unbound_method {
    kr_object base;
    const kr_type *owner;
    kr_value fn; ///< the kr_builtin_function
};

kr_unbound_method *as_unbound(kr_value v) {
    return (kr_unbound_method *)kr_obj(v);
}

const char *method_name(kr_value self) {
    return ((const kr_builtin_function *)kr_obj(as_unbound(self)->fn))->name;
}

/// The object the native method may treat as an `owner`: self, or the
/// native sub-object of an instance of a user subclass. 0 with TypeError.
kr_value checked_self(kr_value self, kr_value arg) {
    const kr_type *owner = as_unbound(self)->owner;
    const kr_type *t = kr_type_of(arg);
    if (kr_type_has_layout(t, owner)) return arg;
    if ((t->flags & KR_TYPE_FLAG_USER) && kr_type_is_subtype(t, owner)) {
        kr_value native = kr_instance_native(arg);
        if (native) return native;
        return kr_raise_msg(&kr_type_AttributeError, "call super().__init__() first");
    }
    return kr_raise_msg(&kr_type_TypeError,
                        "descriptor '%s' for '%s' objects doesn't apply to a "
                        "'%s' object",
                        method_name(self), owner->name, kr_type_name(arg));
}

kr_value unbound_call(kr_value self, size_t nargs, const kr_value *args, kr_value kwnames) {
    kr_value fn = as_unbound(self)->fn;
    if (nargs == 0)
        return kr_raise_msg(&kr_type_TypeError, "unbound method %s() needs an argument",
                            method_name(self));
    kr_value first = checked_self(self, args[0]);
    if (!first) return 0;
    if (first == args[0]) return kr_call_kw(fn, nargs, args, kwnames);
    size_t total = nargs + kr_kwnames_count(kwnames);
    kr_value *all = (kr_value *)kr_gc_alloc(total * sizeof(kr_value));
    if (!all) return 0;
    all[0] = first;
    for (size_t i = 1; i < total; ++i)
        all[i] = args[i];
    return kr_call_kw(fn, nargs, all, kwnames);
}

bool unbound_print(const kr_printer *p, kr_value self, kr_print_kind) {
    return kr_printf(p, "<function %s>", method_name(self));
}

kr_value unbound_getattr(kr_value self, kr_value name) {
    if (kr_str_equal_cstr(name, "__name__")) return kr_str_from_cstr(method_name(self));
    return KR_NOTFOUND;
}

} // namespace

extern "C" const kr_type kr_type_unbound_method = {{&kr_type_type},
                                                   "function",
                                                   0,
                                                   &kr_type_object,
                                                   unbound_print,
                                                   nullptr,
                                                   unbound_call,
                                                   nullptr,
                                                   nullptr,
                                                   nullptr,
                                                   nullptr,
                                                   nullptr,
                                                   nullptr,
                                                   unbound_getattr,
                                                   nullptr,
                                                   nullptr,
                                                   0,
                                                   0};

kr_value kr_unbound_method_new(const kr_type *owner, kr_value fn) {
    auto *m = kr_new_object<kr_unbound_method>(&kr_type_unbound_method);
    if (!m) return 0;
    m->owner = owner;
    m->fn = fn;
    return kr_val(m);
}
