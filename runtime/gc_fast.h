//===- runtime/gc_fast.h - inline small-object allocation -------*- C++ -*-===//
//
// The allocator's fast path, small enough to inline into runtime code and,
// through runtime inlining (codegen/RuntimeInlining.cpp), into compiled
// programs: a request of at most KR_GC_FAST_MAX_BLOCKS blocks takes the next
// blocks of its size class's bump region with one compare and one store.
//
// Each (size, atomic) class owns at most one region of blocks that the
// collector has reserved for it (gc_spans.cpp) and already written to the
// allocation table as the objects the region will hand out, so the fast path
// touches neither the table nor any per-arena state; the objects not handed
// out are given back before a collection. An empty class has next == end
// (both 0), which sends every request to kr_gc_alloc_small_slow; a runtime
// built with KRAIT_GC_STRESS never fills a region, so each allocation still
// collects.
//
// The state is an ordinary external global (not a static), which is what
// lets runtime inlining copy callers of the fast path into compiled code.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_GC_FAST_H
#define KRAIT_RUNTIME_GC_FAST_H

#include <stddef.h>
#include <stdint.h>

/// Bytes per allocation block (also in gc.h).
#define KR_GC_FAST_BLOCK_BYTES 16
/// The largest request, in blocks, served by a bump region.
#define KR_GC_FAST_MAX_BLOCKS 8

/// One size class's bump region: the free blocks [next, end) are reserved for
/// requests of exactly its size.
struct kr_gc_bump {
    uintptr_t next;
    uintptr_t end;
};

extern "C" {
/// The bump regions, by atomic-ness (0: scanned, 1: atomic) and size in
/// blocks minus one.
extern kr_gc_bump kr_gc_bumps[2][KR_GC_FAST_MAX_BLOCKS];
}

/// The out-of-line rest of kr_gc_alloc_small: refills the class's region
/// (collecting or growing the heap as needed) or serves a bigger request.
/// Null with MemoryError pending when the heap is exhausted.
void *kr_gc_alloc_small_slow(size_t bytes, bool atomic, bool zero);

/// Allocate `bytes` (meant for a constant: the class is then chosen at
/// compile time) from the class's bump region, or from the slow path. With
/// `zero` false the caller must write every byte before the next allocation
/// could collect. Null with MemoryError pending on exhaustion.
__attribute__((always_inline)) inline void *kr_gc_alloc_small(size_t bytes, bool atomic,
                                                              bool zero) {
#ifndef KRAIT_GC_STRESS
    size_t blocks = bytes ? (bytes + KR_GC_FAST_BLOCK_BYTES - 1) / KR_GC_FAST_BLOCK_BYTES : 1;
    if (blocks <= KR_GC_FAST_MAX_BLOCKS) {
        kr_gc_bump *bump = &kr_gc_bumps[atomic ? 1 : 0][blocks - 1];
        uintptr_t p = bump->next;
        size_t size = blocks * KR_GC_FAST_BLOCK_BYTES;
        // An empty region has next == end: one unsigned compare covers it.
        if (__builtin_expect(bump->end - p >= size, 1)) {
            bump->next = p + size;
            if (zero) {
                uintptr_t *w = (uintptr_t *)p;
                for (size_t i = 0; i < size / sizeof(uintptr_t); ++i)
                    w[i] = 0;
            }
            return (void *)p;
        }
    }
#endif
    return kr_gc_alloc_small_slow(bytes, atomic, zero);
}

#endif // KRAIT_RUNTIME_GC_FAST_H
