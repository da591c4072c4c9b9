//===- runtime/path_arg.h - C strings from str arguments --------*- C++ -*-===//
//
// Part of the krait runtime. Paths and names handed to the platform layer
// (open(), the os module) are NUL-terminated C strings taken from str
// arguments, with MicroPython's errors for anything else.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_PATH_ARG_H
#define KRAIT_RUNTIME_PATH_ARG_H

#include "object.h"

/// The NUL-terminated text of a str argument (a path or a name): TypeError
/// for a non-str, ValueError for a str with an embedded NUL byte (the
/// platform would see a shorter string). Null with the exception pending.
const char *kr_path_arg(kr_value v);

#endif // KRAIT_RUNTIME_PATH_ARG_H
