//===- runtime/function.cpp - builtin, compiled and bound functions -------===//
#include "function.h"

#include "exception.h"
#include "print.h"

//===--- Argument checking ------------------------------------------------===//

size_t kr_kwnames_count(kr_value kwnames) {
    if (!kwnames) return 0;
    size_t n;
    kr_tuple_items(kwnames, &n);
    return n;
}

kr_value kr_kwname(kr_value kwnames, size_t i) {
    size_t n;
    return kr_tuple_items(kwnames, &n)[i];
}

bool kr_check_args(size_t nargs, kr_value kwnames, size_t min, size_t max, bool takes_kw) {
    if (!takes_kw && kr_kwnames_count(kwnames)) {
        kr_raise_msg(&kr_type_TypeError, "function doesn't take keyword arguments");
        return false;
    }
    if (min == max) {
        if (nargs != min) {
            kr_raise_msg(&kr_type_TypeError,
                         "function takes %zu positional arguments but %zu were given", min, nargs);
            return false;
        }
    } else if (nargs < min) {
        kr_raise_msg(&kr_type_TypeError, "function missing %zu required positional arguments",
                     min - nargs);
        return false;
    } else if (max != KR_ARGS_ANY && nargs > max) {
        kr_raise_msg(&kr_type_TypeError, "function expected at most %zu arguments, got %zu", max,
                     nargs);
        return false;
    }
    return true;
}

bool kr_parse_kwargs(size_t nargs, const kr_value *args, kr_value kwnames, const char *const *names,
                     size_t n_names, kr_value *out) {
    size_t nkw = kr_kwnames_count(kwnames);
    for (size_t k = 0; k < nkw; ++k) {
        kr_value name = kr_kwname(kwnames, k);
        size_t i = 0;
        while (i < n_names && !kr_str_equal_cstr(name, names[i]))
            ++i;
        if (i == n_names) {
            kr_raise_msg(&kr_type_TypeError, "unexpected keyword argument '%S'", name);
            return false;
        }
        out[i] = args[nargs + k];
    }
    return true;
}

//===--- Builtin functions ------------------------------------------------===//

namespace {

kr_value builtin_call(kr_value self, size_t nargs, const kr_value *args, kr_value kwnames) {
    auto *f = (const kr_builtin_function *)kr_obj(self);
    if (!kr_check_args(nargs, kwnames, f->min_args, f->max_args, f->flags & KR_BUILTIN_FLAG_KW))
        return 0;
    return f->fn(nargs, args, kwnames);
}

bool builtin_print(const kr_printer *p, kr_value self, kr_print_kind) {
    return kr_printf(p, "<function %s>", ((const kr_builtin_function *)kr_obj(self))->name);
}

kr_value function_name_attr(kr_value self, kr_value name) {
    const char *fname = kr_type_of(self) == &kr_type_function
                            ? ((kr_function *)kr_obj(self))->info->name
                            : ((const kr_builtin_function *)kr_obj(self))->name;
    if (kr_str_equal_cstr(name, "__name__")) return kr_str_from_cstr(fname);
    if (kr_type_of(self) == &kr_type_function && kr_str_equal_cstr(name, "__globals__"))
        return ((kr_function *)kr_obj(self))->globals;
    return KR_NOTFOUND;
}

//===--- Compiled functions -----------------------------------------------===//

/// Slots up to this many live on the C stack during a call.
constexpr size_t kStackSlots = 16;

size_t slot_count(const kr_code_info *info) {
    return (size_t)info->n_pos + info->n_kwonly + ((info->flags & KR_CODE_VARARGS) ? 1 : 0) +
           ((info->flags & KR_CODE_VARKW) ? 1 : 0);
}

/// True when `name` is one of info's positional-only parameters.
bool is_posonly(const kr_code_info *info, kr_value name) {
    size_t n_posonly = info->flags >> KR_CODE_POSONLY_SHIFT;
    for (size_t j = 0; j < n_posonly; ++j)
        if (kr_str_equal_cstr(name, info->params[j])) return true;
    return false;
}

/// Bind a call's arguments into slots (zeroed by the caller), as Python
/// does: positionals, then keywords by name, then defaults.
bool bind_args(const kr_function *f, size_t nargs, const kr_value *args, kr_value kwnames,
               kr_value *slots) {
    const kr_code_info *info = f->info;
    size_t n_pos = info->n_pos, n_named = n_pos + info->n_kwonly;
    size_t n_posonly = info->flags >> KR_CODE_POSONLY_SHIFT;
    size_t varargs_slot = n_named;
    size_t varkw_slot = n_named + ((info->flags & KR_CODE_VARARGS) ? 1 : 0);

    if (nargs > n_pos && !(info->flags & KR_CODE_VARARGS)) {
        kr_raise_msg(&kr_type_TypeError,
                     "function takes %zu positional arguments but %zu were given", n_pos, nargs);
        return false;
    }
    size_t npos_given = nargs < n_pos ? nargs : n_pos;
    for (size_t i = 0; i < npos_given; ++i)
        slots[i] = args[i];
    if (info->flags & KR_CODE_VARARGS) {
        size_t extra = nargs - npos_given;
        kr_value t = kr_tuple_new(extra);
        if (!t) return false;
        size_t n;
        kr_value *items = kr_tuple_items(t, &n);
        for (size_t i = 0; i < extra; ++i)
            items[i] = args[npos_given + i];
        slots[varargs_slot] = t;
    }
    if (info->flags & KR_CODE_VARKW) {
        slots[varkw_slot] = kr_dict_new();
        if (!slots[varkw_slot]) return false;
    }

    size_t nkw = kr_kwnames_count(kwnames);
    for (size_t k = 0; k < nkw; ++k) {
        kr_value name = kr_kwname(kwnames, k), value = args[nargs + k];
        // Positional-only parameters are not keyword names: with **kwargs
        // such a keyword lands there (as in CPython), otherwise it is an error.
        size_t j = n_posonly;
        while (j < n_named && !kr_str_equal_cstr(name, info->params[j]))
            ++j;
        if (j == n_named && !(info->flags & KR_CODE_VARKW) && is_posonly(info, name)) {
            kr_raise_msg(&kr_type_TypeError,
                         "function got some positional-only arguments passed as keyword "
                         "arguments: '%S'",
                         name);
            return false;
        }
        if (j < n_named) {
            if (slots[j]) {
                kr_raise_msg(&kr_type_TypeError, "function got multiple values for argument '%S'",
                             name);
                return false;
            }
            slots[j] = value;
        } else if (info->flags & KR_CODE_VARKW) {
            if (!kr_dict_set(slots[varkw_slot], name, value)) return false;
        } else {
            kr_raise_msg(&kr_type_TypeError, "unexpected keyword argument '%S'", name);
            return false;
        }
    }

    size_t ndef = 0;
    kr_value *defs = f->defaults ? kr_tuple_items(f->defaults, &ndef) : nullptr;
    size_t missing = 0;
    for (size_t j = 0; j < n_pos; ++j) {
        if (slots[j]) continue;
        if (j + ndef >= n_pos)
            slots[j] = defs[j + ndef - n_pos];
        else
            ++missing;
    }
    if (missing) {
        kr_raise_msg(&kr_type_TypeError, "function missing %zu required positional arguments",
                     missing);
        return false;
    }
    for (size_t j = n_pos; j < n_named; ++j) {
        if (slots[j]) continue;
        kr_value name = 0, d = KR_NOTFOUND;
        if (f->kwdefaults) {
            name = kr_str_from_cstr(info->params[j]);
            if (!name) return false;
            d = kr_dict_get(f->kwdefaults, name);
            if (!d) return false;
        }
        if (d == KR_NOTFOUND) {
            kr_raise_msg(&kr_type_TypeError, "function missing required keyword argument '%s'",
                         info->params[j]);
            return false;
        }
        slots[j] = d;
    }
    return true;
}

/// Whether a call of f with `nargs` positional arguments and no keywords
/// fills exactly its slots in order (no defaults, *args, **kwargs or
/// keyword-only parameters), so binding is a copy.
inline bool exact_positional(const kr_function *f, size_t nargs) {
    const kr_code_info *info = f->info;
    return nargs == info->n_pos && nargs <= kStackSlots && info->n_kwonly == 0 &&
           !(info->flags & (KR_CODE_VARARGS | KR_CODE_VARKW));
}

kr_value function_call(kr_value self, size_t nargs, const kr_value *args, kr_value kwnames) {
    const kr_function *f = (const kr_function *)kr_obj(self);
    if (!kwnames && exact_positional(f, nargs)) {
        // The common call: no binding work. The unused slots are cleared so
        // the conservative stack scan finds no stale pointers in them.
        kr_value slots[kStackSlots] = {};
        for (size_t i = 0; i < nargs; ++i)
            slots[i] = args[i];
        return f->code(self, slots);
    }
    size_t n = slot_count(f->info);
    kr_value stack_slots[kStackSlots] = {};
    kr_value *slots = stack_slots;
    if (n > kStackSlots) {
        slots = (kr_value *)kr_gc_alloc(n * sizeof(kr_value));
        if (!slots) return 0;
    }
    if (!bind_args(f, nargs, args, kwnames, slots)) return 0;
    return f->code(self, slots);
}

bool function_print(const kr_printer *p, kr_value self, kr_print_kind) {
    return kr_printf(p, "<function %s at %p>", ((kr_function *)kr_obj(self))->info->name,
                     (void *)self);
}

//===--- Bound methods ----------------------------------------------------===//

constexpr size_t kStackArgs = 8;

kr_value bound_call(kr_value self, size_t nargs, const kr_value *args, kr_value kwnames) {
    const kr_bound_method *m = (const kr_bound_method *)kr_obj(self);
    if (!kwnames && kr_is_obj(m->fn) && kr_type_of(m->fn) == &kr_type_function) {
        const kr_function *f = (const kr_function *)kr_obj(m->fn);
        if (exact_positional(f, nargs + 1)) {
            // self and the arguments are the slots: one copy, no second dispatch.
            // (Compiled code checks the stack depth itself.)
            kr_value slots[kStackSlots] = {};
            slots[0] = m->self;
            for (size_t i = 0; i < nargs; ++i)
                slots[i + 1] = args[i];
            return f->code(m->fn, slots);
        }
    }
    return kr_call_with_self(m->fn, m->self, nargs, args, kwnames);
}

bool bound_print(const kr_printer *p, kr_value self, kr_print_kind) {
    const kr_bound_method *m = (const kr_bound_method *)kr_obj(self);
    return kr_printf(p, "<bound_method %p ", (void *)self) &&
           kr_print_value(p, m->self, KR_PRINT_REPR) && kr_printf(p, ".") &&
           kr_print_value(p, m->fn, KR_PRINT_REPR) && kr_printf(p, ">");
}

/// __self__, __func__, and (as MicroPython) any other attribute of the function.
kr_value bound_getattr(kr_value self, kr_value name) {
    const kr_bound_method *m = (const kr_bound_method *)kr_obj(self);
    if (kr_str_equal_cstr(name, "__self__")) return m->self;
    if (kr_str_equal_cstr(name, "__func__")) return m->fn;
    kr_value v = kr_getattr(m->fn, name);
    if (v || !kr_exc_pending_is(&kr_type_AttributeError)) return v;
    kr_exc_fetch();
    return KR_NOTFOUND;
}

kr_value bound_unary_op(enum kr_unary_op op, kr_value self) {
    if (op != KR_UNARY_HASH) return KR_NOTIMPL;
    const kr_bound_method *m = (const kr_bound_method *)kr_obj(self);
    kr_int a, b;
    if (!kr_hash(m->self, &a) || !kr_hash(m->fn, &b)) return 0;
    return kr_small_int((a ^ (b * 31)) & KR_SMALL_INT_MAX);
}

kr_value bound_binary_op(enum kr_binary_op op, kr_value self, kr_value other) {
    if (op != KR_BINARY_EQ || kr_type_of(other) != &kr_type_bound_method) return KR_NOTIMPL;
    const kr_bound_method *a = (const kr_bound_method *)kr_obj(self);
    const kr_bound_method *b = (const kr_bound_method *)kr_obj(other);
    return kr_bool(a->self == b->self && a->fn == b->fn);
}

} // namespace

extern "C" {
const kr_type kr_type_builtin_function = {{&kr_type_type},
                                          "function",
                                          0,
                                          &kr_type_object,
                                          builtin_print,
                                          nullptr,
                                          builtin_call,
                                          nullptr,
                                          nullptr,
                                          nullptr,
                                          nullptr,
                                          nullptr,
                                          nullptr,
                                          function_name_attr,
                                          nullptr,
                                          nullptr,
                                          0,
                                          0};
const kr_type kr_type_function = {{&kr_type_type},
                                  "function",
                                  0,
                                  &kr_type_object,
                                  function_print,
                                  nullptr,
                                  function_call,
                                  nullptr,
                                  nullptr,
                                  nullptr,
                                  nullptr,
                                  nullptr,
                                  nullptr,
                                  function_name_attr,
                                  nullptr,
                                  nullptr,
                                  0,
                                  0};
const kr_type kr_type_bound_method = {{&kr_type_type},
                                      "bound_method",
                                      0,
                                      &kr_type_object,
                                      bound_print,
                                      nullptr,
                                      bound_call,
                                      bound_unary_op,
                                      bound_binary_op,
                                      nullptr,
                                      nullptr,
                                      nullptr,
                                      nullptr,
                                      bound_getattr,
                                      nullptr,
                                      nullptr,
                                      0,
                                      0};
}

kr_value kr_bound_method_new(kr_value self, kr_value fn) {
    kr_bound_method *m = kr_new_object<kr_bound_method>(&kr_type_bound_method);
    if (!m) return 0;
    m->self = self;
    m->fn = fn;
    return kr_val(m);
}

//===--- Calls ------------------------------------------------------------===//

kr_value kr_function_call_self(kr_value fn, kr_value self, size_t nargs, const kr_value *args) {
    const kr_function *f = (const kr_function *)kr_obj(fn);
    if (exact_positional(f, nargs + 1)) {
        // Compiled code checks the stack depth itself.
        kr_value slots[kStackSlots] = {};
        slots[0] = self;
        for (size_t i = 0; i < nargs; ++i)
            slots[i + 1] = args[i];
        return f->code(fn, slots);
    }
    return kr_call_with_self(fn, self, nargs, args, 0);
}

kr_value kr_call_with_self(kr_value fn, kr_value self, size_t nargs, const kr_value *args,
                           kr_value kwnames) {
    size_t total = nargs + 1 + kr_kwnames_count(kwnames);
    kr_value stack_args[kStackArgs];
    kr_value *all = stack_args;
    if (total > kStackArgs) {
        all = (kr_value *)kr_gc_alloc(total * sizeof(kr_value));
        if (!all) return 0;
    }
    all[0] = self;
    for (size_t i = 1; i < total; ++i)
        all[i] = args[i - 1];
    return kr_call_kw(fn, nargs + 1, all, kwnames);
}

extern "C" kr_value kr_function_new(const kr_code_info *info, kr_code_fn code, kr_value defaults,
                                    kr_value globals) {
    kr_function *f = kr_new_object<kr_function>(&kr_type_function);
    if (!f) return 0;
    f->info = info;
    f->code = code;
    f->defaults = defaults;
    f->globals = globals;
    return kr_val(f);
}

extern "C" kr_value kr_call_kw(kr_value callee, size_t nargs, const kr_value *args,
                               kr_value kwnames) {
    // Native recursion (repr of nested containers, callbacks) checks too.
    if ((uintptr_t)__builtin_frame_address(0) < kr_stack_limit) return kr_raise_recursion();
    const kr_type *t = kr_type_of(callee);
    for (const kr_type *u = t; u; u = u->parent)
        if (u->call) return u->call(callee, nargs, args, kwnames);
    return kr_raise_msg(&kr_type_TypeError, "'%s' object isn't callable", t->name);
}

extern "C" kr_value kr_call(kr_value callee, size_t nargs, const kr_value *args) {
    return kr_call_kw(callee, nargs, args, 0);
}
