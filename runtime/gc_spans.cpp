//===- runtime/gc_spans.cpp - bump regions for small requests -------------===//
//
// The collector's side of gc_fast.h. A request of n <= kFastMax blocks that
// its class's region cannot serve lands here: the region is committed and
// given back, and a new one is taken: a free run of at least n blocks found
// by the arena search (or in the free cache), extended over the free blocks
// after it. The whole run is marked in the table as one allocation (head +
// tails), so nothing else takes its blocks and the fast path need not touch
// the table; the objects handed out get their own heads when the region is
// committed, which the collector and every table lookup of a block in it do
// first.
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

/// Make blocks [from, to) single-block heads with the given atomic bit,
/// whole table bytes at a time where aligned.
void set_single_heads(Arena *a, size_t from, size_t to, bool atomic) {
    size_t b = from;
    for (; b < to && (b & 7) != 0; ++b) {
        atb_set(a, b, kHead);
        set_atomic(a, b, atomic);
    }
    if (b + 8 <= to) {
        size_t whole = (to - b) / 8;
        memset(a->atb + b / 4, kAllHeads, whole * 2);
        memset(a->atomic + b / 8, atomic ? 0xFF : 0, whole);
        b += whole * 8;
    }
    for (; b < to; ++b) {
        atb_set(a, b, kHead);
        set_atomic(a, b, atomic);
    }
}

/// Give each object of the region's handed-out part [start, next) its head
/// and atomic bit; the blocks between heads are tails already. What is left
/// of the region, [next, end), stays reserved as one allocation.
void commit(Region &r, const kr_gc_bump &bump, size_t n, bool atomic) {
    Arena *a = r.arena;
    size_t next = block_of(a, bump.next), end = block_of(a, bump.end);
    if (r.start == next) return;
    if (n == 1) {
        set_single_heads(a, r.start, next, atomic);
    } else {
        for (size_t b = r.start; b < next; b += n) {
            atb_set(a, b, kHead);
            set_atomic(a, b, atomic);
        }
    }
    if (next < end) atb_set(a, next, kHead);
    r.start = next;
}

/// Commit a region and give its unused blocks back.
void release(Region &r, kr_gc_bump &bump, size_t n, bool atomic) {
    commit(r, bump, n, atomic);
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

} // namespace

void *region_alloc(size_t n, bool atomic, bool zero) {
    Region &r = gc.regions[atomic][n - 1];
    kr_gc_bump &bump = kr_gc_bumps[atomic][n - 1];
    if (r.arena) {
        // The fast path may not have been tried (a caller of gc_alloc).
        if (bump.end - bump.next >= n * kBlock) {
            uintptr_t p = bump.next;
            bump.next += n * kBlock;
            if (zero) memset((void *)p, 0, n * kBlock);
            return (void *)p;
        }
        release(r, bump, n, atomic);
    }
    size_t limit = region_limit(n);
    Arena *arena = nullptr;
    size_t head = 0;
    size_t shortest = limit < kMinCachedRegion ? limit : kMinCachedRegion;
    size_t length = take_cached_run(shortest, limit, &arena, &head);
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
    mark_allocated(arena, head, length);
    gc.used_blocks += length;
    gc.since_last += length * kBlock;
    r = {arena, head};
    ++gc.nregions;
    uintptr_t p = block_addr(arena, head);
    bump = {p + n * kBlock, block_addr(arena, head + length)};
    if (zero) memset((void *)p, 0, n * kBlock);
    return (void *)p;
}

void release_regions() {
    if (!gc.nregions) return;
    for (unsigned atomic = 0; atomic < 2; ++atomic)
        for (size_t k = 0; k < kFastMax; ++k)
            if (gc.regions[atomic][k].arena)
                release(gc.regions[atomic][k], kr_gc_bumps[atomic][k], k + 1, atomic != 0);
}

void commit_region_at(const Arena *a, size_t b) {
    if (!gc.nregions) return;
    for (unsigned atomic = 0; atomic < 2; ++atomic)
        for (size_t k = 0; k < kFastMax; ++k) {
            Region &r = gc.regions[atomic][k];
            const kr_gc_bump &bump = kr_gc_bumps[atomic][k];
            if (r.arena == a && b >= r.start && b < block_of(a, bump.end))
                commit(r, bump, k + 1, atomic != 0);
        }
}

void forget_regions() {
    memset(kr_gc_bumps, 0, sizeof kr_gc_bumps);
}

} // namespace krgc

void *kr_gc_alloc_small_slow(size_t bytes, bool atomic, bool zero) {
    return krgc::gc_alloc(bytes, atomic, zero);
}
