//===- runtime/module.h - module objects and built-in modules ---*- C++ -*-===//
//
// kr_module_new, kr_module_dict, kr_global_load/store, kr_builtin_load and
// kr_import are declared in runtime.h. This header describes built-in
// modules: to add one, define a kr_builtin_module_def in its own file
// (mod<name>.cpp) and list it in kr_builtin_modules in module.cpp. It also
// describes the table of user modules compiled into a program, which the
// import system (import.cpp) consults after the built-ins.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_MODULE_H
#define KRAIT_RUNTIME_MODULE_H

#include "object.h"

/// A module implemented in the runtime, instantiated on first import.
struct kr_builtin_module_def {
    const char *name;
    /// Functions and constant objects put in the module's dict.
    const kr_attr_entry *attrs;
    /// Optional: fill in what attrs cannot hold (ints, strs). False with an
    /// exception pending on failure.
    bool (*init)(kr_value module);
};

/// Every built-in module listed in modules.def, in that order; an entry is
/// null when the program does not link the module (module.cpp).
extern const kr_builtin_module_def *const kr_builtin_modules[];

/// Each built-in module's definition, `kr_module_<name>` (mod<name>.cpp).
#define KR_BUILTIN_MODULE(name) extern const kr_builtin_module_def kr_module_##name;
#include "modules.def"

/// The number of entries in kr_builtin_modules.
extern const size_t kr_builtin_module_count;

/// The builtins namespace: name -> object, ending with {nullptr, nullptr}
/// (builtins.cpp).
extern const kr_attr_entry kr_builtins_table[];

/// The on-demand builtins (builtins.def) the program names, ending with
/// {nullptr, nullptr}: defined by the driver's module table, so null in a
/// program that names none of them.
extern "C" const kr_attr_entry kr_linked_builtins[] __attribute__((weak));

/// The printer behind sys.stdout / sys.stderr, or null for other objects.
const kr_printer *kr_stream_printer(kr_value v);

/// Register the module layer's GC roots and forget loaded modules. Called by
/// kr_init_core.
void kr_module_init(void);

/// One user module compiled into the program. The driver links in a table
/// `kr_compiled_modules` of these, ended by an entry whose name is null; the
/// runtime's weak default is empty.
struct kr_compiled_module {
    const char *name;         ///< dotted name, e.g. "pkg.sub"
    const char *path;         ///< __file__ (informative; the module sets it)
    const char *package_path; ///< a package's __path__ (its folder), else null
    /// The codegen start function krait_module_<name>: creates the module,
    /// runs its body, returns it (0 with the exception pending).
    kr_value (*start)(void);
};

/// The program's compiled modules (see kr_compiled_module).
extern "C" const kr_compiled_module kr_compiled_modules[];

/// The compiled module named by the str `name`, or null.
const kr_compiled_module *kr_find_compiled_module(kr_value name);

/// sys.modules (created on first use), or 0 when out of memory.
kr_value kr_sys_modules(void);

/// Instantiate the built-in module `name` into sys.modules: the module,
/// KR_NOTFOUND when no built-in has that name, or 0 on error.
kr_value kr_import_builtin(kr_value name);

/// Register the import system's GC roots (import.cpp), from kr_module_init.
void kr_import_init(void);

#endif // KRAIT_RUNTIME_MODULE_H
