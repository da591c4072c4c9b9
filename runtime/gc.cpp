//===- runtime/gc.cpp - conservative mark-sweep collector -----------------===//
//
// The heap is a list of arenas. Each arena starts with its header, then the
// allocation table (2 bits per block: free, head, tail, marked head), then
// the atomic table (1 bit per block, meaningful for heads), then the blocks.
// Requests of at most KR_GC_FAST_MAX_BLOCKS blocks are served by bump
// regions (gc_fast.h, gc_spans.cpp); bigger ones search the table from a
// per-arena cursor per size class and reuse runs freed explicitly through a
// small cache or indexed by the last sweep (see "Allocation" below), so both
// cost O(1) amortised. A collection (gc_collect.cpp) marks from the roots
// and sweeps every arena; when it comes is the growth policy's choice.
//
//===----------------------------------------------------------------------===//
#include "gc_internal.h"

#include <string.h>

#include "exception.h"
#include "platform/platform.h"

namespace krgc {

GcState gc = {};

size_t alloc_length(const Arena *a, size_t b) {
    // The first entry after b that is not a tail, a table word at a time: an
    // entry is a tail (10) unless its low bit is set or its high bit clear.
    size_t e = b + 1, n = a->nblocks, whole = n & ~(kWordBlocks - 1);
    while (e < whole) {
        size_t wb = e & ~(kWordBlocks - 1);
        uintptr_t w = atb_word(a, wb);
        uintptr_t ends = (w | ~(w >> 1)) & kLowBits & (~(uintptr_t)0 << ((e - wb) * 2));
        if (ends) return wb + (size_t)__builtin_ctzll((unsigned long long)ends) / 2 - b;
        e = wb + kWordBlocks;
    }
    while (e < n && atb_get(a, e) == kTail)
        ++e;
    return e - b;
}

namespace {

/// Store `pattern`'s bits under `mask` into *byte.
inline void merge_byte(uint8_t *byte, uint8_t pattern, uint8_t mask) {
    *byte = (uint8_t)((*byte & ~mask) | (pattern & mask));
}

/// Fill table bytes [from, to) with one value: short spans by a loop (most
/// regions and holes are a few bytes), long ones by memset.
inline void fill_bytes(uint8_t *table, size_t from, size_t to, uint8_t value) {
    if (to - from <= 16) {
        for (size_t i = from; i < to; ++i)
            table[i] = value;
    } else {
        memset(table + from, value, to - from);
    }
}

} // namespace

void fill_entries(Arena *a, size_t from, size_t to, unsigned v) {
    if (from >= to) return;
    uint8_t pattern = (uint8_t)(v * 0x55u);
    size_t first = from >> 2, last = (to - 1) >> 2;
    uint8_t first_mask = (uint8_t)(0xFFu << ((from & 3) * 2));
    uint8_t last_mask = (uint8_t)(0xFFu >> ((3 - ((to - 1) & 3)) * 2));
    if (first == last) {
        merge_byte(a->atb + first, pattern, first_mask & last_mask);
        return;
    }
    merge_byte(a->atb + first, pattern, first_mask);
    fill_bytes(a->atb, first + 1, last, pattern);
    merge_byte(a->atb + last, pattern, last_mask);
}

void set_atomic_range(Arena *a, size_t from, size_t to, bool atomic) {
    if (from >= to) return;
    uint8_t pattern = atomic ? 0xFF : 0;
    size_t first = from >> 3, last = (to - 1) >> 3;
    uint8_t first_mask = (uint8_t)(0xFFu << (from & 7));
    uint8_t last_mask = (uint8_t)(0xFFu >> (7 - ((to - 1) & 7)));
    if (first == last) {
        merge_byte(a->atomic + first, pattern, first_mask & last_mask);
        return;
    }
    merge_byte(a->atomic + first, pattern, first_mask);
    fill_bytes(a->atomic, first + 1, last, pattern);
    merge_byte(a->atomic + last, pattern, last_mask);
}

Arena *arena_search(uintptr_t p) {
    // The last arena starting at or below p is the only candidate.
    size_t lo = 0, hi = gc.narenas;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (gc.sorted[mid]->start <= p)
            lo = mid;
        else
            hi = mid;
    }
    Arena *a = gc.sorted[lo];
    if (p < a->start || p >= a->end) return nullptr;
    gc.last_arena = a;
    return a;
}

namespace {

/// Turn [mem, mem+bytes) into an arena and link it in. False when too small.
bool add_arena(void *mem, size_t bytes) {
    uintptr_t base = ((uintptr_t)mem + 15) & ~(uintptr_t)15;
    uintptr_t limit = (uintptr_t)mem + bytes;
    if (limit < base + sizeof(Arena) + 4 * kBlock) return false;
    if (gc.narenas == kMaxArenas) return false;
    uintptr_t tables = base + ((sizeof(Arena) + 15) & ~(size_t)15);
    size_t avail = limit - tables;
    // Each block costs kBlock bytes plus 2 + 1 bits of tables.
    size_t n = avail * 8 / (kBlock * 8 + 3);
    for (;;) {
        size_t atb_bytes = (n + 3) / 4, atomic_bytes = (n + 7) / 8;
        uintptr_t start = (tables + atb_bytes + atomic_bytes + 15) & ~(uintptr_t)15;
        if (start + n * kBlock <= limit) {
            Arena *a = (Arena *)base;
            a->next = gc.arenas;
            a->start = start;
            a->end = start + n * kBlock;
            a->nblocks = n;
            a->atb = (uint8_t *)tables;
            a->atomic = (uint8_t *)tables + atb_bytes;
            for (size_t &c : a->cursor)
                c = 0;
            a->wrapped = 0;
            memset(a->atb, 0, atb_bytes + atomic_bytes);
            gc.arenas = a;
            size_t i = gc.narenas++;
            for (; i > 0 && gc.sorted[i - 1]->start > a->start; --i)
                gc.sorted[i] = gc.sorted[i - 1];
            gc.sorted[i] = a;
            gc.last_arena = a; // never null once there is an arena
            if (!gc.lo || a->start - 1 < gc.lo) gc.lo = a->start - 1;
            if (a->end > gc.hi) gc.hi = a->end;
            gc.total_blocks += n;
            index_add(a, 0, n);
            return n > 0;
        }
        --n;
    }
}

} // namespace

//===--- Allocation -------------------------------------------------------===//
//
// The allocation table is the only truth about which blocks are free; the
// structures below are hints that let a search start where it is likely to
// succeed, so each can go stale without harm:
//
// - every arena has one cursor per size class. A request searches first fit
//   from its class's cursor and leaves the cursor just past what it took, so
//   between two collections each class walks each arena about once (plus one
//   wrap-around pass that picks up blocks freed behind it). A class that
//   finds nothing even after wrapping is exhausted in that arena until the
//   next sweep. Allocation is therefore O(1) amortised: a growable heap
//   keeps room for the next budget (see "Growth policy"), and the walks cost
//   a bounded number of passes over the table per collection cycle.
// - the free-run index (gc_index.cpp): the runs of at least a table word of
//   free blocks the last sweep found, by size, taken by big requests and
//   new bump regions before any walk.
// - a small request takes the free blocks right after the run it found as
//   its class's bump region (gc_spans.cpp), which serves the next requests
//   of that size with no search at all.
// - kr_gc_free and shrinking reallocs put the runs they free in a small
//   cache, checked before the cursors, so a list growing by reallocation
//   reuses the buffer another list just gave up. An entry is re-checked
//   against the table when used.

/// Size class of a request for n blocks: 1, 2, 3-4, 5-8, 9-16, more.
unsigned size_class(size_t n) {
    if (n <= 2) return (unsigned)n - 1;
    if (n <= 4) return 2;
    if (n <= 8) return 3;
    if (n <= 16) return 4;
    return 5;
}

void reset_cursors(Arena *a) {
    for (size_t &c : a->cursor)
        c = 0;
    a->wrapped = 0;
}

namespace {

inline bool block_free(const Arena *a, size_t b) {
    return atb_get(a, b) == kFree;
}

/// The entries of table word w that are free (00), as their low bits.
inline uintptr_t free_entries(uintptr_t w) {
    return ~(w | (w >> 1)) & kLowBits;
}

/// The first free block in [b, to), or `to`: a table word at a time, the
/// blocks below b masked out of the first.
size_t next_free(const Arena *a, size_t b, size_t to) {
    size_t whole = a->nblocks & ~(kWordBlocks - 1);
    if (b < to && b < whole) {
        size_t wb = b & ~(kWordBlocks - 1), end = to < whole ? to : whole;
        uintptr_t free_bits = free_entries(atb_word(a, wb)) & (~(uintptr_t)0 << ((b - wb) * 2));
        for (;;) {
            if (free_bits) {
                size_t f = wb + (size_t)__builtin_ctzll((unsigned long long)free_bits) / 2;
                return f < to ? f : to;
            }
            wb += kWordBlocks;
            if (wb >= end) break;
            free_bits = free_entries(atb_word(a, wb));
        }
        b = wb;
    }
    for (; b < to; ++b)
        if (block_free(a, b)) return b;
    return to;
}

} // namespace

size_t find_run(const Arena *a, size_t n, size_t from, size_t to) {
    if (n > a->nblocks) return SIZE_MAX;
    size_t last_head = a->nblocks - n; // a run must start at or below this
    if (to > last_head + 1) to = last_head + 1;
    for (size_t b = from; b < to;) {
        b = next_free(a, b, to);
        if (b >= to) break;
        size_t e = free_run_end(a, b + 1, b + n);
        if (e == b + n) return b;
        b = e + 1; // block e is in use
    }
    return SIZE_MAX;
}

size_t free_run_end(const Arena *a, size_t b, size_t limit) {
    // Whole table words, the blocks below b shifted out: the first entry
    // in use is the lowest nonzero pair of bits.
    size_t whole_words_end = a->nblocks & ~(kWordBlocks - 1);
    while (b < limit && b < whole_words_end) {
        size_t wb = b & ~(kWordBlocks - 1);
        uintptr_t w = atb_word(a, wb) >> ((b - wb) * 2);
        if (w) {
            size_t e = b + (size_t)__builtin_ctzll((unsigned long long)w) / 2;
            return e < limit ? e : limit;
        }
        b = wb + kWordBlocks;
    }
    while (b < limit && block_free(a, b))
        ++b;
    return b < limit ? b : limit;
}

size_t find_in_arena(Arena *a, size_t n) {
    unsigned k = size_class(n);
    size_t from = a->cursor[k];
    size_t head = SIZE_MAX;
    if (from < a->nblocks) head = find_run(a, n, from, a->nblocks);
    if (head == SIZE_MAX && !(a->wrapped & (1u << k))) {
        a->wrapped |= (uint8_t)(1u << k);
        head = find_run(a, n, 0, from < a->nblocks ? from : a->nblocks);
    }
    a->cursor[k] = head == SIZE_MAX ? a->nblocks : head + n;
    return head;
}

void mark_allocated(Arena *a, size_t b, size_t n) {
    atb_set(a, b, kHead);
    fill_entries(a, b + 1, b + n, kTail);
}

namespace {

/// Mark blocks [b, b+n) as one allocation and return it (zeroed unless the
/// caller asked for raw memory).
void *take_blocks(Arena *a, size_t b, size_t n, bool atomic, bool zero = true) {
    mark_allocated(a, b, n);
    set_atomic(a, b, atomic);
    gc.used_blocks += n;
    void *p = (void *)(a->start + b * kBlock);
    if (zero) memset(p, 0, n * kBlock);
    return p;
}

} // namespace

void cache_run(Arena *a, size_t b, size_t n) {
    if (gc.ncached == kFreeCache) {
        memmove(gc.cache, gc.cache + 1, (kFreeCache - 1) * sizeof gc.cache[0]);
        --gc.ncached;
    }
    gc.cache[gc.ncached++] = {a, b, n};
}

namespace {

void drop_cached(size_t i) {
    memmove(gc.cache + i, gc.cache + i + 1, (gc.ncached - i - 1) * sizeof gc.cache[0]);
    --gc.ncached;
}

/// Take n blocks from a cached run, dropping entries the table contradicts.
void *alloc_from_cache(size_t n, bool atomic, bool zero) {
    for (size_t i = gc.ncached; i-- > 0;) {
        FreeRun &r = gc.cache[i];
        if (r.length < n) continue;
        bool ok = free_run_end(r.arena, r.block, r.block + n) == r.block + n;
        FreeRun taken = r;
        if (ok && r.length > n) {
            r.block += n;
            r.length -= n;
        } else {
            drop_cached(i);
        }
        if (ok) return take_blocks(taken.arena, taken.block, n, atomic, zero);
    }
    return nullptr;
}

void free_run(Arena *a, size_t b, size_t n) {
    fill_entries(a, b, b + n, kFree);
    gc.used_blocks -= n;
    cache_run(a, b, n);
}

/// A run of n blocks for a request too big for the bump regions.
void *find_blocks(size_t n, bool atomic, bool zero) {
    if (gc.ncached)
        if (void *p = alloc_from_cache(n, atomic, zero)) return p;
    Arena *arena;
    size_t head;
    if (index_take(n, n, &arena, &head)) return take_blocks(arena, head, n, atomic, zero);
    for (Arena *a = gc.arenas; a; a = a->next) {
        size_t b = find_in_arena(a, n);
        if (b != SIZE_MAX) return take_blocks(a, b, n, atomic, zero);
    }
    return nullptr;
}

/// Blocks for a request of n: from a bump region when it is small.
void *allocate_blocks(size_t n, bool atomic, bool zero) {
#ifndef KRAIT_GC_STRESS
    // Under stress every allocation must reach gc_alloc (and collect).
    if (n <= kFastMax) return region_alloc(n, atomic, zero);
#endif
    void *p = find_blocks(n, atomic, zero);
    if (p) gc.since_last += n * kBlock;
    return p;
}

/// Ask the platform for an arena with room for at least n blocks and `extra`
/// bytes: half the heap again at least, so the arenas stay few (arena_of
/// searches them), settling for less, down to what is needed, near the
/// platform's limit. False when even that is refused (always on a fixed heap).
bool grow_heap(size_t n, size_t extra = 0) {
    if (!gc.growable) return false;
    size_t blocks = extra / kBlock + 1 > n ? extra / kBlock + 1 : n;
    // Room for the blocks, their tables and the arena header.
    size_t need = blocks * kBlock + blocks / 2 + sizeof(Arena) + 64;
    size_t half_heap = gc.total_blocks * kBlock / 2;
    for (size_t want = need > half_heap ? need : half_heap;; want /= 2) {
        if (want < need) want = need;
        size_t got = 0;
        if (void *mem = kr_platform_heap_grow(want, &got)) return add_arena(mem, got);
        if (want == need) return false;
    }
}

} // namespace

//===--- Growth policy ----------------------------------------------------===//
//
// A fixed heap (bare metal, kr_gc_init_region with growable false) collects
// when an allocation finds no free blocks, and raises MemoryError when the
// collection frees too few.
//
// A growable heap (hosted) follows a Go-GOGC-like rule instead: after a
// collection that left L bytes live, the program may allocate
// max(L * kBudgetPercent / 100, kMinBudget) bytes (its budget) before the
// next one. An allocation that finds no free blocks grows the heap while
// the budget lasts and collects once it is spent; a collection grows the
// heap right away when it holds less than L plus the next budget. So the
// collector's work per allocated byte stays bounded whatever the live set
// (marking L bytes once per L allocated) and a small live set does not make
// a collection every few kilobytes (the static data and the stack are
// scanned at each). If the platform refuses to grow (KRAIT_HEAP_MAX, the
// machine's memory), the heap collects when full, as a fixed one does.
// gc.threshold(n) still collects after n bytes whatever the budget.

namespace {

/// The budget as a percentage of the bytes live after a collection.
constexpr size_t kBudgetPercent = 100;
/// The least budget: a few MB on 64-bit hosts, less on 32-bit ones.
constexpr size_t kMinBudget = sizeof(void *) >= 8 ? (size_t)4 << 20 : (size_t)512 << 10;

/// After a collection: the next budget, and a heap big enough to spend it.
void plan_next_cycle() {
    size_t live = gc.used_blocks * kBlock;
    size_t budget = live / 100 * kBudgetPercent;
    gc.budget = budget > kMinBudget ? budget : kMinBudget;
    size_t heap = gc.total_blocks * kBlock;
    if (gc.growable && heap < live + gc.budget) grow_heap(0, live + gc.budget - heap);
}

} // namespace

size_t take_cached_run(size_t n, size_t limit, Arena **arena, size_t *block) {
    for (size_t i = gc.ncached; i-- > 0;) {
        FreeRun &r = gc.cache[i];
        if (r.length < n) continue;
        size_t want = r.length < limit ? r.length : limit;
        size_t e = free_run_end(r.arena, r.block, r.block + want);
        if (e < r.block + n) {
            drop_cached(i);
            continue;
        }
        *arena = r.arena;
        *block = r.block;
        size_t got = e - r.block;
        if (e == r.block + want && r.length > want) {
            r.block += want;
            r.length -= want;
        } else {
            drop_cached(i);
        }
        return got;
    }
    return 0;
}

void *gc_alloc(size_t bytes, bool atomic, bool zero) {
    if (!gc.arenas) kr_gc_init(__builtin_frame_address(0));
    size_t n = bytes ? (bytes + kBlock - 1) / kBlock : 1;
    if (n > SIZE_MAX / kBlock / 2) return (void *)kr_raise_memory_error_size(bytes);
    bool collected = false;
#ifdef KRAIT_GC_STRESS
    if (gc.enabled && !gc.collecting) {
        kr_gc_collect();
        collected = true;
    }
#endif
    if (!collected && gc.enabled && gc.threshold >= 0 && gc.since_last >= (size_t)gc.threshold) {
        kr_gc_collect();
        collected = true;
    }
    void *p = allocate_blocks(n, atomic, zero);
    if (!p && gc.nregions) {
        // What the other classes hold in reserve comes back (through the
        // free cache) before anything is collected.
        release_regions();
        p = allocate_blocks(n, atomic, zero);
    }
    // A growable heap with budget left grows instead (see the policy above).
    if (!p && gc.enabled && !collected && gc.since_last < gc.budget &&
        grow_heap(n, gc.budget - gc.since_last))
        p = allocate_blocks(n, atomic, zero);
    // Collect even when nothing was allocated since the last collection:
    // what the program holds may have changed since (a frame full of
    // garbage returned after a MemoryError, which itself allocates nothing).
    if (!p && gc.enabled && !collected) {
        kr_gc_collect();
        p = allocate_blocks(n, atomic, zero);
    }
    if (!p && grow_heap(n)) p = allocate_blocks(n, atomic, zero);
    if (!p) {
        // The last blocks: regions given back, runs of any length.
        release_regions();
        p = find_blocks(n, atomic, zero);
        if (p) gc.since_last += n * kBlock;
    }
    if (!p) return (void *)kr_raise_memory_error_size(bytes);
    return p;
}

} // namespace krgc

using namespace krgc;

//===--- Public interface -------------------------------------------------===//

void kr_gc_init_region(void *stack_base, void *mem, size_t bytes, bool growable) {
    gc = GcState{};
    forget_regions();
    gc.stack_base = (uintptr_t)stack_base;
    gc.enabled = true;
    gc.growable = growable;
    gc.threshold = -1;
    gc.budget = kMinBudget;
    gc.roots = gc.static_roots;
    gc.roots_cap = kStaticRoots;
    if (mem) add_arena(mem, bytes);
}

uintptr_t kr_gc_stack_base(void) {
    return gc.stack_base;
}

void kr_gc_set_stack_base(void *stack_base) {
    gc.stack_base = (uintptr_t)stack_base;
}

void kr_gc_init(void *stack_base) {
    void *mem = nullptr;
    size_t size = 0;
    if (!kr_platform_heap_region(&mem, &size)) mem = nullptr;
    kr_gc_init_region(stack_base, mem, size, true);
}

void *kr_gc_alloc(size_t bytes) {
    return kr_gc_alloc_small(bytes, false, true);
}

void *kr_gc_alloc_atomic(size_t bytes) {
    return kr_gc_alloc_small(bytes, true, true);
}

void *kr_gc_alloc_atomic_uninit(size_t bytes) {
    return kr_gc_alloc_small(bytes, true, false);
}

void kr_gc_free(void *ptr) {
    Arena *a = arena_of((uintptr_t)ptr);
    if (!a || gc.collecting) return;
    size_t b = ((uintptr_t)ptr - a->start) / kBlock;
    if (atb_get(a, b) != kHead || a->start + b * kBlock != (uintptr_t)ptr) return;
    free_run(a, b, alloc_length(a, b));
}

void *kr_gc_realloc(void *ptr, size_t bytes) {
    if (!ptr) return kr_gc_alloc(bytes);
    Arena *a = arena_of((uintptr_t)ptr);
    if (!a) return nullptr;
    size_t b = ((uintptr_t)ptr - a->start) / kBlock;
    size_t have = alloc_length(a, b);
    size_t want = bytes ? (bytes + kBlock - 1) / kBlock : 1;
    if (want <= have) {
        if (want < have) free_run(a, b + want, have - want);
        return ptr;
    }
    // Grow in place when the following blocks are free.
    size_t extra = want - have;
    bool room = b + want <= a->nblocks && free_run_end(a, b + have, b + want) == b + want;
    if (room) {
        fill_entries(a, b + have, b + want, kTail);
        gc.used_blocks += extra;
        gc.since_last += extra * kBlock;
        memset((char *)ptr + have * kBlock, 0, extra * kBlock);
        return ptr;
    }
    bool atomic = is_atomic(a, b);
    void *q = gc_alloc(bytes, atomic, true);
    if (!q) return nullptr;
    memcpy(q, ptr, have * kBlock);
    kr_gc_free(ptr);
    return q;
}

extern "C" void kr_gc_add_roots(kr_value *start, size_t count) {
    if (gc.nroots == gc.roots_cap) {
        size_t cap = gc.roots_cap * 2;
        RootRange *bigger = (RootRange *)kr_gc_alloc_atomic(cap * sizeof(RootRange));
        if (!bigger) {
            // Registration happens at start-up: nothing can handle this.
            static const char msg[] = "krait: out of memory for GC roots\n";
            kr_platform_write(2, msg, sizeof msg - 1);
            kr_platform_exit(1);
        }
        memcpy(bigger, gc.roots, gc.nroots * sizeof(RootRange));
        gc.roots = bigger;
        gc.roots_cap = cap;
    }
    gc.roots[gc.nroots++] = {start, count};
}

extern "C" void kr_gc_collect(void) {
    if (gc.collecting || !gc.arenas) return;
    gc.collecting = true;
    // The regions' objects get their heads (the marker needs them) and the
    // unused blocks go back: the sweep would free a reservation anyway.
    release_regions();
    mark_roots();
    sweep();
    gc.since_last = 0;
    ++gc.collections;
    gc.collecting = false;
    plan_next_cycle();
}

void kr_gc_enable(bool on) {
    gc.enabled = on;
}
bool kr_gc_is_enabled(void) {
    return gc.enabled;
}
void kr_gc_set_threshold(kr_int bytes) {
    gc.threshold = bytes < 0 ? -1 : bytes;
    // Regions taken earlier were sized without this threshold.
    release_regions();
}
kr_int kr_gc_threshold(void) {
    return gc.threshold;
}
size_t kr_gc_mem_free(void) {
    release_regions();
    return (gc.total_blocks - gc.used_blocks) * kBlock;
}
size_t kr_gc_mem_alloc(void) {
    release_regions();
    return gc.used_blocks * kBlock;
}
size_t kr_gc_collections(void) {
    return gc.collections;
}

bool kr_gc_stress_mode(void) {
#ifdef KRAIT_GC_STRESS
    return true;
#else
    return false;
#endif
}

size_t kr_gc_usable_size(const void *ptr) {
    Arena *a = arena_of((uintptr_t)ptr);
    if (!a) return 0;
    size_t b = ((uintptr_t)ptr - a->start) / kBlock;
    unsigned t = atb_get(a, b);
    if (t != kHead && t != kMark) return 0;
    return alloc_length(a, b) * kBlock;
}

bool kr_gc_is_heap_ptr(const void *ptr) {
    Arena *a = arena_of((uintptr_t)ptr);
    return a && atb_get(a, ((uintptr_t)ptr - a->start) / kBlock) != kFree;
}
