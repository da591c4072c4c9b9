//===- runtime/modkrait.cpp - the krait module ----------------------------===//
//
// `from krait import export, extern`: the decorators of krait's foreign
// function interface (docs/FFI.md). Their meaning is mostly at compile time:
//
//  - `export` returns the function itself; the driver turns the @export
//    functions of a static library into C functions.
//  - `extern` replaces a declaration by the thunk the driver compiled for it,
//    which converts the arguments, calls the C function of the same name
//    directly and converts its result. The thunks are listed in
//    kr_extern_functions by module and name.
//
//===----------------------------------------------------------------------===//
#include "exception.h"
#include "ffi.h"
#include "function.h"
#include "module.h"

#include <string.h>

/// The runtime's default: no @extern functions (the driver's table, when a
/// program declares some, overrides it).
extern "C" __attribute__((weak))
const kr_extern_function kr_extern_functions[] = {{nullptr, nullptr, nullptr, nullptr}};

namespace {

kr_value krait_export(size_t, const kr_value *args, kr_value) {
    return args[0];
}

/// The table entry for the compiled function `fn`, or null.
const kr_extern_function *find_extern(const kr_function *fn) {
    kr_value key = kr_str_new("__name__", 8);
    if (!key) return nullptr;
    kr_value module = kr_dict_get(fn->globals, key);
    if (!module || module == KR_NOTFOUND || !kr_is_obj(module)) return nullptr;
    for (const kr_extern_function *e = kr_extern_functions; e->name; ++e)
        if (kr_str_equal_cstr(module, e->module) && strcmp(e->name, fn->info->name) == 0) return e;
    return nullptr;
}

kr_value krait_extern(size_t, const kr_value *args, kr_value) {
    kr_value f = args[0];
    if (kr_is_obj(f) && kr_obj(f)->type == &kr_type_function) {
        const kr_function *fn = (const kr_function *)kr_obj(f);
        if (const kr_extern_function *e = find_extern(fn))
            return kr_function_new(e->info, e->code, 0, fn->globals);
        if (kr_exc_pending()) return 0;
        return kr_raise_msg(&kr_type_NotImplementedError,
                            "extern function '%s' has no C binding: declare it at module level "
                            "with annotated parameters",
                            fn->info->name);
    }
    return kr_raise_msg(&kr_type_TypeError, "extern expects a function, not '%s'", kr_type_name(f));
}

KR_BUILTIN(krait_export_obj, "export", krait_export, 1, 1);
KR_BUILTIN(krait_extern_obj, "extern", krait_extern, 1, 1);

const kr_attr_entry krait_attrs[] = {
    KR_ATTR("export", krait_export_obj), KR_ATTR("extern", krait_extern_obj), {nullptr, nullptr}};

} // namespace

const kr_builtin_module_def kr_module_krait = {"krait", krait_attrs, nullptr};
