//===- runtime/gc_internal.h - the collector's shared state -----*- C++ -*-===//
//
// What gc.cpp (arenas, block search, public interface), gc_collect.cpp
// (marking and sweeping) and gc_spans.cpp (the bump regions of gc_fast.h)
// share: the arena layout, the allocation table accessors and the one
// GcState. Nothing outside those files includes this header.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_GC_INTERNAL_H
#define KRAIT_RUNTIME_GC_INTERNAL_H

#include "gc.h"
#include "gc_fast.h"

namespace krgc {

constexpr size_t kBlock = KR_GC_BLOCK_BYTES;
static_assert(KR_GC_BLOCK_BYTES == KR_GC_FAST_BLOCK_BYTES, "gc.h and gc_fast.h disagree");
/// Allocation table entries (2 bits per block).
enum : unsigned { kFree = 0, kHead = 1, kTail = 2, kMark = 3 };
/// A table byte whose four blocks are all tails.
constexpr uint8_t kAllTails = 0xAA;
/// A table byte whose four blocks are all heads.
constexpr uint8_t kAllHeads = 0x55;
/// Allocation size classes, each with its own search cursor per arena.
constexpr unsigned kClasses = 6;
/// Runs freed explicitly, remembered until the next sweep.
constexpr size_t kFreeCache = 16;
/// Requests of at most this many blocks are served by bump regions.
constexpr size_t kFastMax = KR_GC_FAST_MAX_BLOCKS;

struct Arena {
    Arena *next;
    uintptr_t start; ///< first block
    uintptr_t end;   ///< one past the last block
    size_t nblocks;
    uint8_t *atb;    ///< allocation table, 4 blocks per byte
    uint8_t *atomic; ///< atomic bits, 8 blocks per byte
    /// Per size class: where the next search starts (see gc.cpp).
    size_t cursor[kClasses];
    uint8_t wrapped; ///< bit k: class k already wrapped around this cycle
};

/// A registered root range.
struct RootRange {
    kr_value *start;
    size_t count;
};

/// One pending range of words on the mark stack: an object, or what is left
/// of a long one (scanned a chunk at a time, see gc_collect.cpp). A length,
/// not an end address: the stack lives in static data, which the collector
/// scans conservatively, and an end address is the start of the next object.
struct MarkEntry {
    uintptr_t from;
    size_t bytes;
};

/// A run of free blocks (a hint: the allocation table decides).
struct FreeRun {
    Arena *arena;
    size_t block, length;
};

/// The collector's side of one bump region (gc_spans.cpp): the public
/// kr_gc_bumps entry holds its next/end addresses. The blocks up to `end`
/// are in the table as the objects they will become.
struct Region {
    Arena *arena; ///< null when the class has no region
};

/// The free-run index (gc_index.cpp): runs of at least kIndexMinRun free
/// blocks that the last sweep found, in bins by length (bin k holds lengths
/// in [kIndexMinRun 2^k, kIndexMinRun 2^(k+1)), the last bin anything
/// longer), so a big request or a new bump region finds room without
/// walking the table. Each bin keeps the first kIndexPerBin runs; the rest
/// stay in the table for the cursor search. Bare metal has little static RAM
/// and one small arena: a few entries.
constexpr size_t kIndexMinRun = sizeof(uintptr_t) * 4;
#if defined(__linux__)
constexpr size_t kIndexBins = 16, kIndexPerBin = 32;
#else
constexpr size_t kIndexBins = 6, kIndexPerBin = 2;
#endif

struct RunIndex {
    FreeRun runs[kIndexBins][kIndexPerBin];
    uint8_t count[kIndexBins];
};

constexpr size_t kStaticRoots = 32;
/// Arenas the sorted lookup table holds; a heap that grows by half of itself
/// at least never needs more, and a fixed (bare-metal) heap has one.
#if defined(__linux__)
constexpr size_t kMaxArenas = 64;
#else
constexpr size_t kMaxArenas = 4;
#endif
// Bare metal, static RAM is scarce (16 KB on a micro:bit): a short mark
// stack, whose overflow costs only a rescan of the marked objects.
#if defined(__linux__)
constexpr size_t kMarkStackSize = 1024;
#else
constexpr size_t kMarkStackSize = 128;
#endif

struct GcState {
    Arena *arenas;
    /// The arenas by start address, for arena_of's binary search.
    Arena *sorted[kMaxArenas];
    size_t narenas;
    /// The arena arena_of found last (pointers cluster).
    Arena *last_arena;
    /// Bounds of every arena's blocks. lo is kept one below the lowest block
    /// so the static-data scan never mistakes it for a pointer to that block.
    uintptr_t lo, hi;
    uintptr_t stack_base;
    bool enabled, growable, collecting, overflow;
    kr_int threshold;
    size_t since_last; ///< bytes allocated since the last collection
    /// A growable heap grows rather than collects while since_last is below
    /// this (the growth policy in gc.cpp).
    size_t budget;
    size_t total_blocks, used_blocks;
    size_t collections;
    RootRange *roots; ///< static_roots, or a heap block once that is full
    size_t nroots, roots_cap;
    RootRange static_roots[kStaticRoots];
    MarkEntry mark_stack[kMarkStackSize];
    size_t mark_sp;
    FreeRun cache[kFreeCache];
    size_t ncached;
    RunIndex index;
    /// Bump regions by [atomic][blocks - 1], beside kr_gc_bumps.
    Region regions[2][kFastMax];
    /// Regions currently held (so a release of all is free when none is).
    unsigned nregions;
};

extern GcState gc;

inline unsigned atb_get(const Arena *a, size_t b) {
    return (a->atb[b >> 2] >> ((b & 3) * 2)) & 3;
}

inline void atb_set(Arena *a, size_t b, unsigned v) {
    unsigned shift = (b & 3) * 2;
    a->atb[b >> 2] = (uint8_t)((a->atb[b >> 2] & ~(3u << shift)) | (v << shift));
}

inline bool is_atomic(const Arena *a, size_t b) {
    return (a->atomic[b >> 3] >> (b & 7)) & 1;
}

inline void set_atomic(Arena *a, size_t b, bool on) {
    if (on)
        a->atomic[b >> 3] |= (uint8_t)(1u << (b & 7));
    else
        a->atomic[b >> 3] &= (uint8_t) ~(1u << (b & 7));
}

/// Blocks per table word, for handling whole words of entries at once.
constexpr size_t kWordBlocks = sizeof(uintptr_t) * 4;
/// The low bit of every 2-bit entry in a table word.
constexpr uintptr_t kLowBits = (uintptr_t)0x5555555555555555ull;
/// A table word whose entries are all tails.
constexpr uintptr_t kAllTailsWord = (uintptr_t)0xAAAAAAAAAAAAAAAAull;

/// The table word holding blocks [b, b + kWordBlocks) (b a multiple of it).
inline uintptr_t atb_word(const Arena *a, size_t b) {
    uintptr_t w;
    __builtin_memcpy(&w, a->atb + b / 4, sizeof w);
    return w;
}

/// Number of blocks in the allocation whose head is block b.
size_t alloc_length(const Arena *a, size_t b);

/// Set the entries of blocks [from, to) to v, whole table bytes at a time.
void fill_entries(Arena *a, size_t from, size_t to, unsigned v);

/// Set the atomic bits of blocks [from, to), whole bytes at a time.
void set_atomic_range(Arena *a, size_t from, size_t to, bool atomic);


/// arena_of's binary search over the sorted arenas (p is within the heap's
/// bounds and there are several arenas).
Arena *arena_search(uintptr_t p);

/// The arena whose blocks hold address p, or null. Inline: the marker asks
/// for every word that looks like a heap pointer, and those cluster.
inline Arena *arena_within(uintptr_t p);

inline Arena *arena_of(uintptr_t p) {
    if (p <= gc.lo || p >= gc.hi) return nullptr;
    return arena_within(p);
}

/// arena_of for an address already known to lie within the heap's bounds.
inline Arena *arena_within(uintptr_t p) {
    // One arena (every fixed heap, small programs): the bounds said it all.
    if (gc.narenas == 1) return gc.sorted[0];
    Arena *last = gc.last_arena;
    if (p >= last->start && p < last->end) return last;
    return arena_search(p);
}

/// Forget every arena's search cursors (after a sweep).
void reset_cursors(Arena *a);

/// Size class (search cursor) of a request for n blocks.
unsigned size_class(size_t n);

/// A run of n free blocks in one arena from the class's cursor; SIZE_MAX if
/// none.
size_t find_in_arena(Arena *a, size_t n);

/// The first run of n free blocks that starts in [from, to) and fits in the
/// arena; SIZE_MAX if none.
size_t find_run(const Arena *a, size_t n, size_t from, size_t to);

/// The end of the free run that starts at b, looking no further than limit.
size_t free_run_end(const Arena *a, size_t b, size_t limit);

/// Take a run of at least n and at most `limit` free blocks from the free
/// cache (for a bump region): sets *arena and *block and returns the run's
/// length, 0 if no cached run fits.
size_t take_cached_run(size_t n, size_t limit, Arena **arena, size_t *block);

/// Forget every indexed run (a sweep rebuilds the index).
void index_clear();
/// Remember the free run [b, b+n) of `a` (ignored when shorter than
/// kIndexMinRun or when its bin is full).
void index_add(Arena *a, size_t b, size_t n);
/// Take at least n and at most `limit` free blocks from an indexed run: sets
/// *arena and *block and returns the number taken (the caller marks them
/// allocated), 0 when no indexed run fits. Runs the table contradicts are
/// dropped.
size_t index_take(size_t n, size_t limit, Arena **arena, size_t *block);

/// The allocator's slow path (gc.cpp): collects, grows the heap, raises
/// MemoryError.
void *gc_alloc(size_t bytes, bool atomic, bool zero);

/// Remember a freed run for reuse before the next sweep; when the cache is
/// full the oldest entry gives way (its blocks stay free in the table).
void cache_run(Arena *a, size_t b, size_t n);

/// Set blocks [b, b+n) to one allocation's head and tails (the atomic bit is
/// the caller's).
void mark_allocated(Arena *a, size_t b, size_t n);

/// Mark every object the roots reach (gc_collect.cpp).
void mark_roots();
/// Free every unmarked allocation and unmark the survivors (gc_collect.cpp).
void sweep();

/// Serve a request of n <= kFastMax blocks from a new bump region of its
/// class (gc_spans.cpp); null when no free run of n blocks is left.
void *region_alloc(size_t n, bool atomic, bool zero);
/// Give every region's objects not handed out yet back (before a
/// collection, and for exact mem_free/mem_alloc figures).
void release_regions();
/// Empty every bump region without touching the table (a new heap).
void forget_regions();

} // namespace krgc

#endif // KRAIT_RUNTIME_GC_INTERNAL_H
