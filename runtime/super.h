//===- runtime/super.h - super objects for method call sites -*- C++ -*-===//
//
// What `super().m(...)` call sites need from a super object without building
// a bound method (attr_cache.cpp's load_method caches the result per site).
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_SUPER_H
#define KRAIT_RUNTIME_SUPER_H

#include "runtime.h"

/// For a super object `v` made with an instance (not a class): true with
/// *start the class whose bases the lookup searches and *inst the instance.
bool kr_super_parts(kr_value v, const struct kr_type **start, kr_value *inst);

/// super object `v`'s lookup of `name` (as super_getattr) when it finds a
/// plain function in a user class: that function, which binds to the
/// instance. KR_NOTFOUND when it finds anything else or nothing (the caller
/// then takes kr_getattr's path); 0 on error. Runs no Python code.
kr_value kr_super_plain_method(kr_value v, kr_value name);

#endif // KRAIT_RUNTIME_SUPER_H
