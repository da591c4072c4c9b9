//===- runtime/machine.h - raw memory access (machine.memN) -----*- C++ -*-===//
//
// The helpers behind machine.mem8/mem16/mem32 (modmachine.cpp), also called
// by compiled code for the parts of an inline access that are not a single
// load or store: checking and converting the address and the stored value.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_MACHINE_H
#define KRAIT_RUNTIME_MACHINE_H

#include "object.h"

/// One of mem8, mem16, mem32.
struct kr_machine_mem {
    kr_object base;
    unsigned width; ///< bytes per access: 1, 2 or 4
};

extern "C" {

/// machine.mem8, mem16 and mem32. Compiled code compares indexed objects
/// with their addresses to inline the access (codegen/EmitFFI.cpp).
extern const kr_machine_mem kr_machine_mem8, kr_machine_mem16, kr_machine_mem32;

/// The type of the mem8/mem16/mem32 objects.
extern const kr_type kr_type_machine_mem;

/// An int index as an address aligned to `width` bytes (1, 2 or 4).
/// TypeError for a non-int, OverflowError beyond 64 bits, ValueError
/// "address %08x is not aligned to N bytes"; false with the exception pending.
bool kr_machine_address(kr_value index, unsigned width, uintptr_t *out);

/// A value to store: the low 32 bits of an int (truncated, so -1 is all
/// ones). False with TypeError/OverflowError pending.
bool kr_machine_word(kr_value value, uint32_t *out);

/// One volatile load / store of `width` bytes at `addr`.
uint32_t kr_machine_load(uintptr_t addr, unsigned width);
void kr_machine_store(uintptr_t addr, unsigned width, uint32_t value);

} // extern "C"

#endif // KRAIT_RUNTIME_MACHINE_H
