//===- runtime/viper.h - viper's typed pointers -----------------*- C++ -*-===//
//
// ptr8/ptr16/ptr32 (viper.cpp): built-ins casting an address or a buffer to
// a pointer object whose items are 8/16/32-bit memory words. Compiled code
// reads `addr` at a fixed offset and compares the type by address to inline
// `p[i]` (codegen/EmitFFI.cpp): keep the layout.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_VIPER_H
#define KRAIT_RUNTIME_VIPER_H

#include "function.h"
#include "object.h"

/// A typed pointer; its width comes from its type.
struct kr_viper_ptr {
    kr_object base;
    uintptr_t addr; ///< the address of item 0 (the word after the type)
};

extern "C" {
extern const kr_type kr_type_viper_ptr8, kr_type_viper_ptr16, kr_type_viper_ptr32;
}

/// The built-ins ptr8, ptr16 and ptr32 (entries of kr_builtins_table).
extern const kr_builtin_function kr_viper_ptr8_obj, kr_viper_ptr16_obj, kr_viper_ptr32_obj;

#endif // KRAIT_RUNTIME_VIPER_H
