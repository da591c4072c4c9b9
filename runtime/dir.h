//===- runtime/dir.h - the dir() builtin -------------------------*- C++ -*-===//
//
// dir(obj): the sorted names of obj's attributes (its own dict, then its
// class and every base, built-in method tables included). dir() without an
// argument is compiled as sorted(<the namespace>) and never reaches here.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_DIR_H
#define KRAIT_RUNTIME_DIR_H

#include "function.h"

extern "C" {
/// The builtin dir.
extern const kr_builtin_function kr_dir_obj;
}

#endif // KRAIT_RUNTIME_DIR_H
