//===- runtime/ctor_site.h - per-site caches of constructor calls -*- C++ -*-===//
//
// `C(args)` where C is likely a plain class of the module: generated code
// (codegen/EmitConstructorCall.cpp) keeps one kr_ctor_site per call and,
// while the callee is the cached class and no class changed, allocates the
// instance and calls __init__'s native entry itself.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_CTOR_SITE_H
#define KRAIT_RUNTIME_CTOR_SITE_H

#include "runtime.h"

extern "C" {

/// One constructor call site's cache (four words; the first three read
/// inline): while
/// kr_class_epoch is `epoch`, calling `cls` (a plain user class: no native
/// base, not an exception, no __new__, whose type is `type`) makes an
/// instance with kr_ctor_alloc and calls `init` (its __init__, a plain
/// function) with it and the arguments; a result other than None is a
/// TypeError (kr_ctor_init_result).
typedef struct kr_ctor_site {
    uintptr_t epoch;
    kr_value cls;
    kr_value init;
    uintptr_t rooted; ///< registered as a GC root (cls and init stay alive)
} kr_ctor_site;

/// kr_call(callee, nargs, args) that first fills `site` when callee is such
/// a class (the miss path of a constructor site).
kr_value kr_ctor_site_call(kr_value callee, size_t nargs, const kr_value *args, kr_ctor_site *site);

/// A new instance of the plain class `cls` (a site's hit), 0 on MemoryError.
kr_value kr_ctor_alloc(kr_value cls);

/// What the constructor gives after __init__ returned `r` (not 0) for the new
/// instance `obj`: obj when r is None, else 0 with TypeError pending.
kr_value kr_ctor_init_result(kr_value r, kr_value obj);

} // extern "C"

#endif // KRAIT_RUNTIME_CTOR_SITE_H
