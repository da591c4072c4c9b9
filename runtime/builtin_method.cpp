//===- runtime/builtin_method.cpp - per-site caches of built-in methods ---===//
//
// The runtime half of codegen's built-in method call sites
// (codegen/EmitBuiltinCall.cpp). A site `obj.name(args)` without keywords
// owns a kr_builtin_method_site {type, fn}: while obj's type is `type`, the
// call is fn(1 + nargs, [obj, args...], 0), with no lookup, no bound method,
// no kr_call dispatch and no argument count check.
//
// The entry needs no invalidation: only built-in types are remembered, and
// their method tables are constant (user classes, whose dicts can change,
// are kr_instance types flagged USER and never cached; a built-in type's
// address is never reused because it is static). The argument count is the
// site's, fixed at compile time, so it is checked once here against the
// method's bounds: a site that would raise TypeError is never cached and
// keeps raising it through the generic path.
//
//===----------------------------------------------------------------------===//
#include "function.h"
#include "method_cache.h"
#include "set.h"

static_assert(offsetof(kr_builtin_method_site, type) == 0 &&
                  offsetof(kr_builtin_method_site, fn) == sizeof(void *),
              "codegen reads the site as two words");

// The direct call of a built-in function (EmitBuiltinCall.cpp,
// emitBuiltinFunctionCall) reads fn and the bounds.
static_assert(offsetof(kr_builtin_function, fn) == 2 * sizeof(void *) &&
                  offsetof(kr_builtin_function, min_args) == 3 * sizeof(void *) &&
                  offsetof(kr_builtin_function, max_args) == 3 * sizeof(void *) + 2,
              "builtin function layout");

// The inline first probe of `small int in set` (EmitSetProbe.cpp).
static_assert(offsetof(kr_set, mask) == 3 * sizeof(void *) &&
                  offsetof(kr_set, table) == 4 * sizeof(void *) &&
                  sizeof(kr_set_entry) == 2 * sizeof(void *),
              "set layout");

extern "C" void kr_builtin_method_fill(kr_builtin_method_site *site, kr_value obj, kr_value name,
                                       kr_value callee, size_t nargs) {
    // The inline check compares the type word of heap objects only.
    if (!kr_is_obj(obj) || !kr_is_obj(callee)) return;
    const kr_type *t = kr_obj(obj)->type;
    if ((t->flags & KR_TYPE_FLAG_USER) || t == &kr_type_type) return;
    if (kr_obj(callee)->type != &kr_type_builtin_function) return;
    const kr_builtin_function *f = (const kr_builtin_function *)kr_obj(callee);
    if (f->flags & (KR_BUILTIN_FLAG_STATIC | KR_BUILTIN_FLAG_CLASS)) return;
    // What kr_load_method found must be the type's own method for the name
    // (not, say, an instance attribute or a module function).
    if (kr_type_find_attr(t, name, nullptr) != &f->base) return;
    if (nargs < f->min_args || (f->max_args != KR_ARGS_ANY && nargs > f->max_args)) return;
    site->type = t;
    site->fn = f->fn;
}

extern "C" kr_value kr_load_method_fill(kr_value obj, kr_value name, kr_attr_cache *cache,
                                        kr_value *self_out, kr_builtin_method_site *site,
                                        size_t nargs) {
    kr_value callee = kr_load_method(obj, name, cache, self_out);
    if (callee && *self_out) kr_builtin_method_fill(site, obj, name, callee, nargs);
    return callee;
}
