//===- runtime/gc_spans.cpp - bump regions for small requests -------------===//
//
// The collector's side of gc_fast.h. A request of n <= kFastMax blocks that
// its class's region cannot serve lands here and the class takes a new
// region: first the next free run within a few table words after the old
// one (a heap that a sweep left full of small holes is used hole after hole
// at little cost each), else a cached freed run, an indexed run or the
// cursor search, each extended over the free blocks after it.
//
// A region is written to the table as the run of n-block objects it will
// become (head, n-1 tails, head, ...) when it is taken, so the fast path
// need not touch the table and nothing else takes its blocks: every table
// lookup already sees each handed-out object with its own head. The objects
// not handed out yet are given back (freed) before a collection and for
// gc.mem_free/mem_alloc.
//
//===----------------------------------------------------------------------===//
#include "gc_internal.h"

#include <string.h>

kr_gc_bump kr_gc_bumps[2][KR_GC_FAST_MAX_BLOCKS];

namespace krgc {

namespace {

/// The shortest cached run a region takes: shorter ones (most are buffers
/// freed by a growing dict or list) would make a region for one or two
/// objects, each costing a refill; they wait for a big request or the sweep.
constexpr size_t kMinCachedRegion = 16;

/// How far past its old region a class looks for its next one before it
/// asks the cache, the index and the cursor search: a few table words.
constexpr size_t kLookahead = 8 * kWordBlocks;

/// The most blocks a region may reserve: a 32nd of the heap (all sixteen
/// classes together could hold half of it, but their unused blocks come
/// back before any collection), at most 2048 blocks, and never past
/// gc.threshold's next collection point.
size_t region_limit(size_t n) {
    size_t limit = gc.total_blocks / 32;
    if (limit > 2048) limit = 2048;
    if (gc.threshold >= 0) {
        size_t left = gc.since_last < (size_t)gc.threshold
                          ? ((size_t)gc.threshold - gc.since_last) / kBlock
                          : 0;
        if (left < limit) limit = left;
    }
    return limit < n ? n : limit;
}

inline uintptr_t block_addr(const Arena *a, size_t b) {
    return a->start + b * kBlock;
}

inline size_t block_of(const Arena *a, uintptr_t p) {
    return (p - a->start) / kBlock;
}

/// Write blocks [from, to), a multiple of n long, as consecutive n-block
/// objects. Entries repeat every 4n blocks (n table bytes), so after the
/// first period, written entry by entry, whole bytes are copied from the
/// period before.
void format_objects(Arena *a, size_t from, size_t to, size_t n, bool atomic) {
    // Only heads' atomic bits are read: the tails' may as well match.
    set_atomic_range(a, from, to, atomic);
    if (n == 1) {
        fill_entries(a, from, to, kHead);
        return;
    }
    size_t first_byte = (from + 3) / 4, end_byte = to / 4;
    size_t by_entry = first_byte * 4 + 4 * n;
    if (by_entry > to || end_byte <= first_byte + n) by_entry = to;
    size_t b = from;
    for (size_t phase = 0; b < by_entry; ++b, phase = phase + 1 == n ? 0 : phase + 1)
        atb_set(a, b, phase == 0 ? kHead : kTail);
    if (b == to) return;
    for (size_t i = first_byte + n; i < end_byte; ++i)
        a->atb[i] = a->atb[i - n];
    // The entries after the last whole byte continue the pattern.
    for (b = end_byte * 4; b < to; ++b)
        atb_set(a, b, (b - from) % n == 0 ? kHead : kTail);
}

/// Give the blocks of a region not handed out yet back, and empty it.
void release(Region &r, kr_gc_bump &bump) {
    Arena *a = r.arena;
    size_t next = block_of(a, bump.next), end = block_of(a, bump.end);
    if (next < end) {
        fill_entries(a, next, end, kFree);
        // Behind the search cursors by now: the cache hands the blocks to
        // the next region or big request.
        cache_run(a, next, end - next);
        gc.used_blocks -= end - next;
        size_t unused = (end - next) * kBlock;
        gc.since_last = gc.since_last > unused ? gc.since_last - unused : 0;
    }
    bump = {0, 0};
    r.arena = nullptr;
    --gc.nregions;
}

/// Make the free blocks [head, head + length) of `arena` the class's region
/// and hand out its first object.
void *take_region(Region &r, kr_gc_bump &bump, Arena *arena, size_t head, size_t length,
                  size_t n, bool atomic, bool zero) {
    length -= length % n; // the rest stays free
    format_objects(arena, head, head + length, n, atomic);
    gc.used_blocks += length;
    gc.since_last += length * kBlock;
    if (!r.arena) ++gc.nregions;
    r.arena = arena;
    uintptr_t p = block_addr(arena, head);
    bump = {p + n * kBlock, block_addr(arena, head + length)};
    if (zero) memset((void *)p, 0, n * kBlock);
    return (void *)p;
}

/// A free run of at least n blocks shortly after the class's used-up region
/// (the region's blocks are all handed out): sets *head and returns its
/// length, at most `limit`; 0 when there is none close by. Moves the class's
/// search cursor past it.
size_t next_hole(const Region &r, const kr_gc_bump &bump, size_t n, size_t limit,
                 size_t *head) {
    Arena *a = r.arena;
    size_t from = block_of(a, bump.end);
    size_t to = a->nblocks - from < kLookahead ? a->nblocks : from + kLookahead;
    size_t b = find_run(a, n, from, to);
    if (b == SIZE_MAX) return 0;
    size_t stop = a->nblocks - b < limit ? a->nblocks : b + limit;
    size_t e = free_run_end(a, b + n, stop);
    // The class's cursor search (before it wraps around) need not walk
    // what this walk passed: the wrap-around picks up anything it skips.
    unsigned k = size_class(n);
    if (!(a->wrapped & (1u << k)) && a->cursor[k] < e) a->cursor[k] = e;
    *head = b;
    return e - b;
}

} // namespace

void *region_alloc(size_t n, bool atomic, bool zero) {
    Region &r = gc.regions[atomic][n - 1];
    kr_gc_bump &bump = kr_gc_bumps[atomic][n - 1];
    size_t limit = region_limit(n);
    Arena *arena = nullptr;
    size_t head = 0, length = 0;
    if (r.arena) {
        // The fast path may not have been tried (a caller of gc_alloc).
        if (bump.end - bump.next >= n * kBlock) {
            uintptr_t p = bump.next;
            bump.next += n * kBlock;
            if (zero) memset((void *)p, 0, n * kBlock);
            return (void *)p;
        }
        // Regions are whole objects: this one is used up, nothing to give
        // back, and the next hole is usually a few words further.
        arena = r.arena;
        length = next_hole(r, bump, n, limit, &head);
        if (!length) release(r, bump);
    }
    size_t shortest = limit < kMinCachedRegion ? limit : kMinCachedRegion;
    if (!length) length = take_cached_run(shortest, limit, &arena, &head);
    if (!length) length = index_take(n, limit, &arena, &head);
    for (Arena *a = gc.arenas; !length && a; a = a->next) {
        size_t b = find_in_arena(a, n);
        if (b == SIZE_MAX) continue;
        size_t stop = a->nblocks - b < limit ? a->nblocks : b + limit;
        size_t e = free_run_end(a, b + n, stop);
        a->cursor[size_class(n)] = e;
        arena = a;
        head = b;
        length = e - b;
    }
    if (!length) return nullptr;
    return take_region(r, bump, arena, head, length, n, atomic, zero);
}

void release_regions() {
    if (!gc.nregions) return;
    for (unsigned atomic = 0; atomic < 2; ++atomic)
        for (size_t k = 0; k < kFastMax; ++k)
            if (gc.regions[atomic][k].arena) release(gc.regions[atomic][k], kr_gc_bumps[atomic][k]);
}

void forget_regions() {
    memset(kr_gc_bumps, 0, sizeof kr_gc_bumps);
}

} // namespace krgc

void *kr_gc_alloc_small_slow(size_t bytes, bool atomic, bool zero) {
    return krgc::gc_alloc(bytes, atomic, zero);
}
