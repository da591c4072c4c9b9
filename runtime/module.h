//===- runtime/module.h - module objects and built-in modules ---*- C++ -*-===//
//
// kr_module_new, kr_module_dict, kr_global_load/store, kr_builtin_load and
// kr_import are declared in runtime.h. This header describes built-in
// modules: to add one, define a kr_builtin_module_def in its own file
// (mod<name>.cpp) and list it in kr_builtin_modules in module.cpp.
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

/// Every built-in module, null-terminated (module.cpp).
extern const kr_builtin_module_def *const kr_builtin_modules[];

/// The builtins namespace: name -> object, ending with {nullptr, nullptr}
/// (builtins.cpp).
extern const kr_attr_entry kr_builtins_table[];

/// The `gc` module (modgc.cpp).
extern const kr_builtin_module_def kr_module_gc;

/// The `sys` module (modsys.cpp): argv, exit, maxsize, byteorder, platform,
/// version, stdout, stderr.
extern const kr_builtin_module_def kr_module_sys;

/// The `time` module (modtime.cpp).
extern const kr_builtin_module_def kr_module_time;

/// The printer behind sys.stdout / sys.stderr, or null for other objects.
const kr_printer *kr_stream_printer(kr_value v);

/// Register the module layer's GC roots and forget loaded modules. Called by
/// kr_init_core.
void kr_module_init(void);

#endif // KRAIT_RUNTIME_MODULE_H
