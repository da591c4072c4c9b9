//===- runtime/gc_index.cpp - the free-run index --------------------------===//
//
// Free runs of at least kIndexMinRun blocks, in bins by length. The sweep
// (gc_collect.cpp) fills the index as it writes the new table, one table
// word at a time, and a new arena adds itself whole; requests too big for
// the bump regions and the regions themselves take from it before walking
// the table. Like the free cache it is a hint: a run is checked against the
// table when taken, since the cursor search may have used its blocks since.
//
//===----------------------------------------------------------------------===//
#include "gc_internal.h"

namespace krgc {

namespace {

/// The bin of a run of n >= kIndexMinRun blocks.
unsigned bin_of(size_t n) {
    size_t units = n / kIndexMinRun;
    unsigned k = 0;
    while (units > 1 && k + 1 < kIndexBins) {
        units >>= 1;
        ++k;
    }
    return k;
}

void remove_at(unsigned k, size_t i) {
    RunIndex &x = gc.index;
    x.runs[k][i] = x.runs[k][--x.count[k]];
}

} // namespace

void index_clear() {
    for (uint8_t &c : gc.index.count)
        c = 0;
}

void index_add(Arena *a, size_t b, size_t n) {
    if (n < kIndexMinRun) return;
    unsigned k = bin_of(n);
    RunIndex &x = gc.index;
    if (x.count[k] == kIndexPerBin) return;
    x.runs[k][x.count[k]++] = {a, b, n};
}

namespace {

/// Take at least n and at most `limit` blocks from the front of run i of bin
/// k, which is at least n long: 0 when the table shows it was used from the
/// front since the sweep (then it is dropped: what is left of it waits for
/// the cursor search).
size_t take_from(unsigned k, size_t i, size_t n, size_t limit, Arena **arena, size_t *block) {
    RunIndex &x = gc.index;
    FreeRun &r = x.runs[k][i];
    size_t want = r.length < limit ? r.length : limit;
    size_t e = free_run_end(r.arena, r.block, r.block + want);
    if (e < r.block + n) {
        remove_at(k, i);
        return 0;
    }
    *arena = r.arena;
    *block = r.block;
    size_t got = e - r.block, rest = r.block + r.length - e;
    // The rest stays indexed, in the bin its length now belongs to (only
    // when the run was free up to `want`: past a used block the table
    // decides).
    if (e == r.block + want && rest >= kIndexMinRun && bin_of(rest) == k) {
        r.block = e;
        r.length = rest;
        return got;
    }
    Arena *a = r.arena;
    remove_at(k, i);
    if (e == *block + want) index_add(a, e, rest);
    return got;
}

} // namespace

size_t index_take(size_t n, size_t limit, Arena **arena, size_t *block) {
    RunIndex &x = gc.index;
    unsigned first = n < kIndexMinRun ? 0 : bin_of(n);
    // Every run in a bin above n's is long enough: the last one is taken.
    for (unsigned k = first + 1; k < kIndexBins; ++k)
        while (x.count[k])
            if (size_t got = take_from(k, x.count[k] - 1u, n, limit, arena, block)) return got;
    // n's own bin (the last bin holds any length): the last long enough.
    for (size_t i = x.count[first]; i-- > 0;) {
        if (i >= x.count[first] || x.runs[first][i].length < n) continue;
        if (size_t got = take_from(first, i, n, limit, arena, block)) return got;
    }
    return 0;
}

} // namespace krgc
