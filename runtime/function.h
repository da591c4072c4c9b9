//===- runtime/function.h - callable objects ---------------------*- C++ -*-===//
//
// Built-in functions wrap a kr_native_fn with a name and argument bounds and
// are constant-initialised statics defined with KR_BUILTIN / KR_BUILTIN_KW.
// Compiled functions pair a kr_code_info with the code pointer, defaults and
// globals, and bind call arguments into parameter slots. Bound methods pair
// a callable with the self it was looked up on.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_FUNCTION_H
#define KRAIT_RUNTIME_FUNCTION_H

#include "object.h"

/// max_args value meaning "any number of positional args".
#define KR_ARGS_ANY 0xffff

/// Built-in function flags.
enum kr_builtin_flags : uint16_t {
    KR_BUILTIN_FLAG_KW = 1u << 0,     ///< accepts keyword arguments (kwnames)
    KR_BUILTIN_FLAG_STATIC = 1u << 1, ///< in a type's attrs: not bound to self
    KR_BUILTIN_FLAG_CLASS = 1u << 2,  ///< in a type's attrs: bound to the type
};

/// A native function object. When found in a type's attrs table and looked
/// up on an instance, it is bound: self becomes args[0] (so min/max count it,
/// as MicroPython's messages do).
struct kr_builtin_function {
    kr_object base;
    const char *name;
    kr_native_fn fn;
    uint16_t min_args; ///< positional args required
    uint16_t max_args; ///< positional args allowed, or KR_ARGS_ANY
    uint16_t flags;    ///< kr_builtin_flags
};

/// Define a constant-initialised builtin function object `cname` named
/// `pyname` calling `fn` with between `min` and `max` positional args and no
/// keyword args. The runtime checks the counts before calling `fn`.
#define KR_BUILTIN(cname, pyname, fn, min, max)                                                    \
    const kr_builtin_function cname = {{&kr_type_builtin_function}, pyname, fn, min, max, 0}
/// As KR_BUILTIN but `fn` also receives keyword args (it checks their names).
#define KR_BUILTIN_KW(cname, pyname, fn, min, max)                                                 \
    const kr_builtin_function cname = {{&kr_type_builtin_function}, pyname, fn, min, max,          \
                                       KR_BUILTIN_FLAG_KW}
/// A builtin with explicit kr_builtin_flags (static methods, class methods).
#define KR_BUILTIN_FLAGS(cname, pyname, fn, min, max, flags)                                       \
    const kr_builtin_function cname = {{&kr_type_builtin_function}, pyname, fn, min, max, flags}

/// The entry for a method in a type's attrs table.
#define KR_ATTR(pyname, obj)                                                                       \
    { pyname, &(obj).base }

/// A compiled Python function.
struct kr_function {
    kr_object base;
    const kr_code_info *info;
    kr_code_fn code;
    kr_value defaults;   ///< tuple of trailing positional defaults, or 0
    kr_value kwdefaults; ///< dict of keyword-only defaults, or 0
    kr_value globals;    ///< the defining module's dict
    kr_value closure;    ///< whatever codegen stores for free variables, or 0
};

/// A callable bound to self: calling it calls fn(self, args...).
struct kr_bound_method {
    kr_object base;
    kr_value self;
    kr_value fn;
};

/// A method of built-in type `owner` looked up on the type (`dict.get`):
/// calling it checks that self is an `owner` (unbound_method.cpp). 0 on
/// MemoryError.
kr_value kr_unbound_method_new(const kr_type *owner, kr_value fn);

/// A new bound method object; 0 on MemoryError.
kr_value kr_bound_method_new(kr_value self, kr_value fn);

/// Call compiled function `fn` (a kr_function) as fn(self, args...) without
/// keywords: self and the arguments become the parameter slots directly when
/// they fill them exactly, else they are bound as any call is. For special
/// methods of user classes (no bound method, no argument array). 0 on error.
kr_value kr_function_call_self(kr_value fn, kr_value self, size_t nargs, const kr_value *args);

/// Number of keyword names in kwnames (0 or a tuple).
size_t kr_kwnames_count(kr_value kwnames);
/// The i-th keyword name (a str).
kr_value kr_kwname(kr_value kwnames, size_t i);

/// Call `fn` with `self` prepended to the positional arguments (`args` holds
/// `nargs` positional values, then one value per name in `kwnames`): a
/// method call without a bound method. The arguments are copied to the
/// stack, or to the heap for long calls.
kr_value kr_call_with_self(kr_value fn, kr_value self, size_t nargs, const kr_value *args,
                           kr_value kwnames);

/// Check a call's positional count against [min, max] and that it has no
/// keyword args unless `takes_kw`; raises TypeError in MicroPython's wording.
/// Returns false with the exception pending.
bool kr_check_args(size_t nargs, kr_value kwnames, size_t min, size_t max, bool takes_kw);

/// Parse keyword arguments of a builtin: for each i, out[i] receives the
/// value of keyword names[i] (left untouched when absent). Raises TypeError
/// "unexpected keyword argument 'x'" for unknown names. `args` points at the
/// positional args; keyword values follow them.
bool kr_parse_kwargs(size_t nargs, const kr_value *args, kr_value kwnames, const char *const *names,
                     size_t n_names, kr_value *out);

#endif // KRAIT_RUNTIME_FUNCTION_H
