//===- runtime/gc.h - the mark-sweep collector ------------------*- C++ -*-===//
//
// A conservative mark-sweep collector over 16-byte blocks, in the manner of
// MicroPython's gc.c: an allocation table with two bits per block (free,
// head, tail, marked head) and one "atomic" bit per block for memory that
// holds no pointers. Roots are the registered ranges (kr_gc_add_roots), the
// platform's static data, the C stack and the callee-saved registers. Any
// word pointing anywhere inside an allocated block keeps it alive.
//
// The allocation entry points (kr_gc_alloc, kr_gc_alloc_atomic,
// kr_gc_realloc, kr_new_object) are declared in object.h; kr_gc_add_roots and
// kr_gc_collect in runtime.h.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_GC_H
#define KRAIT_RUNTIME_GC_H

#include "object.h"

/// Bytes per allocation block.
#define KR_GC_BLOCK_BYTES 16

/// Set up the heap from the platform's first region. `stack_base` is an
/// address in the outermost frame that holds Python values.
void kr_gc_init(void *stack_base);

/// Set up the heap over caller-provided memory (tests, embedders). With
/// `growable` false the heap never asks the platform for more, so exhausting
/// it raises MemoryError. Forgets every earlier heap and root.
void kr_gc_init_region(void *stack_base, void *mem, size_t bytes, bool growable);

/// The address the stack scan starts from (the outermost frame's), and a way
/// to move it up: code entered from C (runtime/ffi.cpp) may run in frames
/// above the one the runtime was initialised in.
uintptr_t kr_gc_stack_base(void);
void kr_gc_set_stack_base(void *stack_base);

/// kr_gc_alloc_atomic without the zeroing, for raw data the caller writes
/// in full before reading it (big-int digit arrays).
void *kr_gc_alloc_atomic_uninit(size_t bytes);

/// Free an allocation at once (its head pointer) when the caller knows no
/// reference remains, e.g. a buffer replaced by a bigger one. Ignores other
/// pointers.
void kr_gc_free(void *ptr);

/// Enable or disable automatic collection (gc.enable / gc.disable).
void kr_gc_enable(bool on);
bool kr_gc_is_enabled(void);

/// gc.threshold(n): also collect after n bytes were allocated since the last
/// collection; -1 turns this off. kr_gc_threshold returns the current one.
void kr_gc_set_threshold(kr_int bytes);
kr_int kr_gc_threshold(void);

/// Bytes in free blocks / in allocated blocks, over every arena.
size_t kr_gc_mem_free(void);
size_t kr_gc_mem_alloc(void);

/// Bytes usable in the block that holds `ptr` (a head pointer from
/// kr_gc_alloc), rounded up to whole blocks; 0 for a non-heap pointer.
size_t kr_gc_usable_size(const void *ptr);

/// True when `ptr` points into an allocated heap block.
bool kr_gc_is_heap_ptr(const void *ptr);

/// True when the runtime was built with KRAIT_GC_STRESS (a collection at
/// every allocation), so tests can skip allocation-heavy loops.
bool kr_gc_stress_mode(void);

/// Number of collections so far (for tests and diagnostics).
size_t kr_gc_collections(void);

#endif // KRAIT_RUNTIME_GC_H
