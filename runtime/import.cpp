//===- runtime/import.cpp - the import system -----------------------------===//
//
// `import a.b` looks the dotted name up in sys.modules, then among the
// built-in modules (top-level names only: built-ins take precedence), then in
// the table of modules compiled into the program (kr_compiled_modules, emitted
// by the driver). A compiled module runs its start function once: the module
// object enters sys.modules as soon as it exists (kr_module_new), so a
// circular import sees it partially initialised, as in Python.
//
//===----------------------------------------------------------------------===//
#include "module.h"

#include <string.h>

#include "dict.h"
#include "exception.h"
#include "runtime.h"

/// The program has no user modules unless the driver links a table in.
extern "C" __attribute__((weak))
const kr_compiled_module kr_compiled_modules[] = {{nullptr, nullptr, nullptr, nullptr}};

namespace {

/// sys.modules, created on first use; a GC root registered by kr_module_init.
kr_value loaded = 0;

/// The compiled module called `name` (a str), or null.
const kr_compiled_module *find_compiled(const char *name, size_t len) {
    for (const kr_compiled_module *m = kr_compiled_modules; m->name; ++m)
        if (strlen(m->name) == len && memcmp(m->name, name, len) == 0) return m;
    return nullptr;
}

kr_value no_module(kr_value name) {
    return kr_raise_msg(&kr_type_ImportError, "no module named '%S'", name);
}

/// Run a compiled module's body; on failure drop it from sys.modules again,
/// so a later import retries (and fails) the same way Python does.
kr_value run_compiled(const kr_compiled_module *def, kr_value name) {
    kr_value m = def->start();
    if (m) return m;
    kr_value exc = kr_exc_fetch();
    kr_dict_remove(loaded, name); // cannot fail: name is a str
    kr_exc_restore(exc);
    return 0;
}

/// Bind a loaded submodule as an attribute of its parent package.
bool bind_in_parent(kr_value parent, const char *leaf, kr_value module) {
    kr_value key = kr_str_from_cstr(leaf);
    return key && kr_dict_set(kr_module_dict(parent), key, module);
}

} // namespace

void kr_import_init(void) {
    loaded = 0;
    kr_gc_add_roots(&loaded, 1);
}

kr_value kr_sys_modules(void) {
    if (!loaded) loaded = kr_dict_new();
    return loaded;
}

const kr_compiled_module *kr_find_compiled_module(kr_value name) {
    size_t len;
    const char *s = kr_str_data(name, &len);
    return find_compiled(s, len);
}

extern "C" kr_value kr_import(kr_value name) {
    if (!kr_sys_modules()) return 0;
    size_t len;
    const char *s = kr_str_data(name, &len);
    if (len == 0 || s[0] == '.')
        return kr_raise_msg(&kr_type_ImportError, "can't perform relative import");
    kr_value m = kr_dict_get(loaded, name);
    if (m != KR_NOTFOUND) return m;
    const char *dot = nullptr; // the last '.' (memrchr is not in every libc)
    for (const char *c = s; c < s + len; ++c)
        if (*c == '.') dot = c;
    if (!dot) {
        if (kr_value b = kr_import_builtin(name); b != KR_NOTFOUND) return b;
        const kr_compiled_module *def = find_compiled(s, len);
        return def ? run_compiled(def, name) : no_module(name);
    }
    // A submodule: its package first (which may import it in turn).
    kr_value parent_name = kr_str_new(s, (size_t)(dot - s));
    kr_value parent = parent_name ? kr_import(parent_name) : 0;
    if (!parent) return 0;
    m = kr_dict_get(loaded, name);
    if (m != KR_NOTFOUND) return m;
    const kr_compiled_module *def = find_compiled(s, len);
    if (!def) return no_module(name);
    m = run_compiled(def, name);
    if (!m || !bind_in_parent(parent, def->name + (dot - s) + 1, m)) return 0;
    return m;
}

extern "C" kr_value kr_import_from(kr_value module, kr_value name) {
    if (kr_type_of(module) != &kr_type_module) return kr_getattr(module, name);
    kr_value v = kr_dict_get(kr_module_dict(module), name);
    if (v != KR_NOTFOUND) return v; // the value, or 0 when hashing raised
    // `from pkg import sub` also imports the submodule pkg.sub.
    kr_value key = kr_str_from_cstr("__name__");
    kr_value pkg = key ? kr_dict_get(kr_module_dict(module), key) : 0;
    if (!pkg) return 0;
    if (pkg != KR_NOTFOUND && kr_isinstance(pkg, &kr_type_str)) {
        kr_value dot = kr_str_from_cstr(".");
        kr_value parts[3] = {pkg, dot, name};
        kr_value full = dot ? kr_str_build(3, parts) : 0;
        if (!full) return 0;
        if (kr_find_compiled_module(full)) return kr_import(full);
    }
    return kr_raise_msg(&kr_type_ImportError, "can't import name %S", name);
}

/// Copy one public name; false with an exception pending.
static bool star_copy(kr_value src, kr_value globals, kr_value key) {
    kr_value v = kr_dict_get(src, key);
    if (!v) return false;
    if (v == KR_NOTFOUND) {
        kr_raise_msg(&kr_type_AttributeError, "module has no attribute '%S'", key);
        return false;
    }
    return kr_dict_set(globals, key, v) != 0;
}

extern "C" kr_value kr_import_star(kr_value module, kr_value globals) {
    if (kr_type_of(module) != &kr_type_module)
        return kr_raise_msg(&kr_type_TypeError, "import * needs a module");
    kr_value src = kr_module_dict(module);
    kr_value key = kr_str_from_cstr("__all__");
    kr_value all = key ? kr_dict_get(src, key) : 0;
    if (!all) return 0;
    if (all != KR_NOTFOUND) {
        // __all__ names exactly what is exported, underscores included.
        kr_value it = kr_iter(all);
        if (!it) return 0;
        for (kr_value key; (key = kr_iter_next(it)) != KR_STOP;)
            if (!key || !star_copy(src, globals, key)) return 0;
        return kr_val(&kr_None);
    }
    size_t pos = 0;
    for (kr_dict_entry *e; (e = kr_dict_next(src, &pos));) {
        size_t len;
        const char *s = kr_isinstance(e->key, &kr_type_str) ? kr_str_data(e->key, &len) : "_";
        if (s[0] != '_' && !kr_dict_set(globals, e->key, e->value)) return 0;
    }
    return kr_val(&kr_None);
}
