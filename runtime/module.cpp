//===- runtime/module.cpp - modules, globals and built-in modules ---------===//
#include "module.h"

#include <string.h>

#include "dict.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "print.h"

namespace {

struct kr_module {
    kr_object base;
    kr_value dict;
};

kr_module *as_module(kr_value v) {
    return (kr_module *)kr_obj(v);
}

bool module_print(const kr_printer *p, kr_value self, kr_print_kind) {
    kr_value name = kr_dict_get(as_module(self)->dict, kr_str_from_cstr("__name__"));
    if (!name) return false;
    if (name == KR_NOTFOUND) return kr_printf(p, "<module>");
    // MicroPython names the file when the module has one.
    kr_value key = kr_str_from_cstr("__file__");
    kr_value file = key ? kr_dict_get(as_module(self)->dict, key) : 0;
    if (!file) return false;
    if (file != KR_NOTFOUND) return kr_printf(p, "<module '%S' from '%S'>", name, file);
    return kr_printf(p, "<module '%S'>", name);
}

kr_value module_getattr(kr_value self, kr_value name) {
    if (kr_str_equal_cstr(name, "__dict__")) return as_module(self)->dict;
    return kr_dict_get(as_module(self)->dict, name);
}

kr_value module_setattr(kr_value self, kr_value name, kr_value value) {
    kr_value dict = as_module(self)->dict;
    if (value) return kr_dict_set(dict, name, value);
    kr_value old = kr_dict_remove(dict, name);
    return old == 0 ? 0 : old == KR_NOTFOUND ? KR_NOTFOUND : kr_val(&kr_None);
}

/// Build a module object from a built-in definition.
kr_value instantiate(const kr_builtin_module_def *def) {
    kr_value m = kr_module_new(def->name, nullptr);
    if (!m) return 0;
    kr_value dict = as_module(m)->dict;
    for (const kr_attr_entry *e = def->attrs; e && e->name; ++e) {
        kr_value key = kr_str_from_cstr(e->name);
        if (!key || !kr_dict_set(dict, key, kr_val(e->value))) return 0;
    }
    if (def->init && !def->init(m)) return 0;
    return m;
}

} // namespace

/// The builtins namespace, created at the first builtin lookup: a GC root
/// registered by kr_module_init. Generated code reads its version stamp.
extern "C" kr_value kr_builtins_dict = 0;

extern "C" const kr_type kr_type_module = {
    {&kr_type_type}, "module", 0,       &kr_type_object, module_print,
    nullptr,         nullptr,  nullptr, nullptr,         nullptr,
    nullptr,         nullptr,  nullptr, module_getattr,  module_setattr,
    nullptr,         0,        0};

void kr_module_init(void) {
    kr_builtins_dict = 0;
    kr_gc_add_roots(&kr_builtins_dict, 1);
    kr_import_init();
}

/// Set one str attribute in a module dict; false with an exception pending.
static bool set_str(kr_value dict, const char *name, const char *value) {
    kr_value key = kr_str_from_cstr(name), v = key ? kr_str_from_cstr(value) : 0;
    return v && kr_dict_set(dict, key, v);
}

extern "C" kr_value kr_module_new(const char *name, const char *file) {
    kr_value dict = kr_dict_new();
    if (!dict) return 0;
    kr_module *m = kr_new_object<kr_module>(&kr_type_module);
    if (!m) return 0;
    m->dict = dict;
    // No file (or ""): a package folder without __init__.py has no __file__.
    if (!set_str(dict, "__name__", name) || (file && *file && !set_str(dict, "__file__", file)))
        return 0;
    // A module compiled into the program enters sys.modules before its body
    // runs, so that circular imports find it.
    kr_value key = kr_str_from_cstr(name);
    if (!key) return 0;
    const kr_compiled_module *def = kr_find_compiled_module(key);
    if (def) {
        if (def->package_path && !set_str(dict, "__path__", def->package_path)) return 0;
        kr_value modules = kr_sys_modules();
        if (!modules || !kr_dict_set(modules, key, kr_val(m))) return 0;
    }
    return kr_val(m);
}

extern "C" kr_value kr_module_dict(kr_value module) {
    return as_module(module)->dict;
}

//===--- Globals and builtins ---------------------------------------------===//

static kr_value builtins(void) {
    if (kr_builtins_dict) return kr_builtins_dict;
    kr_value d = kr_dict_new();
    if (!d) return 0;
    for (const kr_attr_entry *e = kr_builtins_table; e->name; ++e) {
        if (!e->value) continue; // a weak entry this program does not link (eval, exec)
        kr_value key = kr_str_from_cstr(e->name);
        if (!key || !kr_dict_set(d, key, kr_val(e->value))) return 0;
    }
    for (const kr_attr_entry *e = kr_linked_builtins; e && e->name; ++e) {
        kr_value key = kr_str_from_cstr(e->name);
        if (!key || !kr_dict_set(d, key, kr_val(e->value))) return 0;
    }
    kr_builtins_dict = d;
    return d;
}

static kr_value name_error(kr_value name) {
    return kr_raise_msg(&kr_type_NameError, "name '%S' isn't defined", name);
}

extern "C" kr_value kr_builtin_load(kr_value name) {
    kr_value d = builtins();
    if (!d) return 0;
    kr_value v = kr_dict_get(d, name);
    if (v == KR_NOTFOUND) return name_error(name);
    return v;
}

extern "C" kr_value kr_global_load(kr_value dict, kr_value name) {
    kr_value v = kr_dict_get(dict, name);
    if (v != KR_NOTFOUND) return v;
    return kr_builtin_load(name);
}

extern "C" kr_value kr_global_load_cached(kr_value dict, kr_value name, kr_global_cache *cache) {
    kr_value v = kr_dict_get(dict, name);
    if (!v) return 0;
    if (v == KR_NOTFOUND) {
        v = kr_builtin_load(name);
        if (!v) return 0;
    } else if (!builtins()) {
        return 0;
    }
    // Both stamps are taken after the lookups: the lookups themselves may
    // change nothing, but builtins() may have just created its dict.
    cache->globals_version = ((kr_dict *)kr_obj(dict))->version;
    cache->builtins_version = ((kr_dict *)kr_obj(kr_builtins_dict))->version;
    cache->value = v;
    return v;
}

extern "C" kr_value kr_global_store(kr_value dict, kr_value name, kr_value value) {
    if (value) return kr_dict_set(dict, name, value);
    kr_value old = kr_dict_remove(dict, name);
    if (old == KR_NOTFOUND) return name_error(name);
    return old ? kr_val(&kr_None) : 0;
}

extern "C" kr_value kr_raise_unbound_local(kr_value name) {
    (void)name; // MicroPython does not name the variable
    return kr_raise_msg(&kr_type_NameError, "local variable referenced before assignment");
}

//===--- Built-in modules -------------------------------------------------===//

kr_value kr_import_builtin(kr_value name) {
    kr_value modules = kr_sys_modules();
    if (!modules) return 0;
    for (size_t i = 0; i < kr_builtin_module_count; ++i) {
        const kr_builtin_module_def *d = kr_builtin_modules[i];
        if (!d || !kr_str_equal_cstr(name, d->name)) continue;
        kr_value m = instantiate(d);
        if (!m || !kr_dict_set(modules, name, m)) return 0;
        return m;
    }
    return KR_NOTFOUND;
}

// Weak references: an archive member defining a module is linked only when
// something else refers to it strongly, which the driver does for the
// modules a program imports.
#define KR_BUILTIN_MODULE(name)                                                                    \
    extern __attribute__((weak)) const kr_builtin_module_def kr_module_##name;
#include "modules.def"

const kr_builtin_module_def *const kr_builtin_modules[] = {
#define KR_BUILTIN_MODULE(name) &kr_module_##name,
#include "modules.def"
};

const size_t kr_builtin_module_count = sizeof kr_builtin_modules / sizeof kr_builtin_modules[0];
