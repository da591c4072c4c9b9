//===- runtime/gc_collect.cpp - marking and sweeping ----------------------===//
//
// A collection marks from the roots with an explicit mark stack (rescanning
// the marked heads when it overflows) and then sweeps every arena's
// allocation table with a byte-wide lookup table: four blocks per step.
//
//===----------------------------------------------------------------------===//
#include "gc_internal.h"

#include <string.h>

#include "platform/platform.h"

#define KR_NO_ASAN __attribute__((no_sanitize("address")))

namespace krgc {

namespace {

//===--- Marking ----------------------------------------------------------===//

/// Scan long objects this many bytes at a time, so that the objects a chunk
/// reaches are scanned (and popped) before the next chunk pushes more: a
/// list of a million objects needs a few stack entries, not a million.
constexpr uintptr_t kChunkBytes = 64 * sizeof(uintptr_t);

/// The head of the allocation whose block b is a tail: the last entry below
/// b that is not a tail (its low bit set or its high bit clear), a table
/// word at a time.
KR_NO_ASAN inline size_t head_of_tail(const Arena *a, size_t b) {
    size_t whole = a->nblocks & ~(kWordBlocks - 1);
    while (b > whole)
        if (atb_get(a, --b) != kTail) return b;
    while (b > 0) {
        size_t wb = (b - 1) & ~(kWordBlocks - 1), below = b - wb;
        uintptr_t w = atb_word(a, wb);
        uintptr_t heads = (w | ~(w >> 1)) & kLowBits;
        if (below < kWordBlocks) heads &= ((uintptr_t)1 << (below * 2)) - 1;
        if (heads) return wb + (size_t)(63 - __builtin_clzll((unsigned long long)heads)) / 2;
        b = wb;
    }
    return 0; // not reached: a tail follows a head
}

/// Mark the allocation `p` (a word within the heap's bounds) points into, if
/// any, and queue it for scanning.
KR_NO_ASAN __attribute__((always_inline)) inline void mark_candidate(uintptr_t p) {
    Arena *a = arena_within(p);
    if (!a) return;
    size_t b = (p - a->start) / kBlock;
    unsigned t = atb_get(a, b);
    if (t == kFree) return;
    if (t == kTail) {
        b = head_of_tail(a, b);
        t = atb_get(a, b);
    }
    if (t == kMark) return;
    atb_set(a, b, kMark);
    // Atomic objects (floats, strs, big-int digits) hold no pointers: marked,
    // never queued.
    if (is_atomic(a, b)) return;
    if (gc.mark_sp == kMarkStackSize) {
        gc.overflow = true; // rescanned later from the marked heads
        return;
    }
    uintptr_t start = a->start + b * kBlock;
    // Entries are popped soon (depth first): start loading the object now.
    __builtin_prefetch((const void *)start);
    gc.mark_stack[gc.mark_sp++] = {start, alloc_length(a, b) * kBlock};
}

/// Mark the allocation `p` points into, if any.
KR_NO_ASAN inline void mark_word(uintptr_t p) {
    // One unsigned compare for lo < p < hi: most words are not heap pointers.
    if (p - gc.lo - 1 < gc.hi - gc.lo - 1) mark_candidate(p);
}

/// Mark every word-aligned word in [from, to) as a possible pointer. The
/// bounds test and the marking are inline: this loop is most of a
/// collection.
KR_NO_ASAN __attribute__((noinline)) void scan_words(uintptr_t from, uintptr_t to) {
    from = (from + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    // The bounds do not change while marking: one unsigned compare for
    // lo < w < hi.
    uintptr_t base = gc.lo + 1, span = gc.hi - gc.lo - 1;
    for (uintptr_t p = from; p + sizeof(uintptr_t) <= to; p += sizeof(uintptr_t)) {
        uintptr_t w = *(const uintptr_t *)p;
        if (w - base < span) mark_candidate(w);
    }
}

/// Scan static data, skipping any arena that lives there (a heap array in
/// .bss must not root everything in it).
KR_NO_ASAN void scan_static(uintptr_t from, uintptr_t to) {
    while (from < to) {
        uintptr_t next = to;
        Arena *inside = nullptr;
        for (Arena *a = gc.arenas; a; a = a->next) {
            uintptr_t lo = (uintptr_t)a;
            if (lo < to && a->end > from && lo < next) {
                next = lo < from ? from : lo;
                inside = a;
            }
        }
        scan_words(from, next);
        if (!inside) break;
        from = inside->end;
    }
}

/// Scan the queued ranges until none is left, a chunk at a time.
void drain_ranges() {
    while (gc.mark_sp) {
        MarkEntry e = gc.mark_stack[--gc.mark_sp];
        if (e.bytes > kChunkBytes) {
            // The rest goes back first (the slot just freed holds it), so
            // what this chunk reaches is scanned before it.
            gc.mark_stack[gc.mark_sp++] = {e.from + kChunkBytes, e.bytes - kChunkBytes};
            e.bytes = kChunkBytes;
        }
        scan_words(e.from, e.from + e.bytes);
    }
}

/// After a mark stack overflow: scan every marked head that holds pointers
/// (some were marked but never queued), skipping table words without marks.
void rescan_marked(Arena *a) {
    for (size_t b = 0; b < a->nblocks;) {
        if (b % kWordBlocks == 0 && b + kWordBlocks <= a->nblocks) {
            uintptr_t w = atb_word(a, b);
            if (!(w & (w >> 1) & kLowBits)) {
                b += kWordBlocks;
                continue;
            }
        }
        if (atb_get(a, b) == kMark && !is_atomic(a, b)) {
            size_t n = alloc_length(a, b);
            uintptr_t start = a->start + b * kBlock;
            gc.mark_stack[gc.mark_sp++] = {start, n * kBlock};
            drain_ranges();
            b += n;
            continue;
        }
        ++b;
    }
}

void drain_mark_stack() {
    for (;;) {
        drain_ranges();
        if (!gc.overflow) break;
        gc.overflow = false;
        for (Arena *a = gc.arenas; a; a = a->next)
            rescan_marked(a);
    }
    memset(gc.mark_stack, 0, sizeof gc.mark_stack);
}

/// Scan from this function's frame up to the stack base. The caller spilled
/// the callee-saved registers into its own frame, which lies above ours.
__attribute__((noinline)) KR_NO_ASAN void scan_stack() {
    uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
    if (gc.stack_base > sp) scan_words(sp, gc.stack_base);
}

__attribute__((noinline)) void spill_registers_and_scan_stack() {
    __builtin_unwind_init();
    scan_stack();
    __asm__ volatile("" ::: "memory"); // keep the spill frame live over the call
}

//===--- Sweeping ---------------------------------------------------------===//
//
// Sweeping one block depends on the block and on whether the allocation it
// belongs to is being freed: a head that is not marked is freed and starts
// freeing; its tails follow it; a marked head is unmarked and stops freeing.
// A free block leaves the state alone (tails only follow a head or a tail).
// So a table byte (four blocks) and the incoming state give the outgoing
// byte, state and count of freed blocks: one lookup per four blocks.

/// Sweep result for one table byte: bits 0-7 the new byte, bit 8 the
/// outgoing freeing state, bits 9-11 the number of blocks freed.
struct SweepTable {
    uint16_t entry[2][256];
};

constexpr SweepTable make_sweep_table() {
    SweepTable t{};
    for (unsigned in_state = 0; in_state < 2; ++in_state)
        for (unsigned byte = 0; byte < 256; ++byte) {
            unsigned freeing = in_state, out = 0, freed = 0;
            for (unsigned k = 0; k < 4; ++k) {
                unsigned v = (byte >> (2 * k)) & 3, nv = v;
                if (v == kHead) {
                    freeing = 1;
                    nv = kFree;
                    ++freed;
                } else if (v == kTail && freeing) {
                    nv = kFree;
                    ++freed;
                } else if (v == kMark) {
                    freeing = 0;
                    nv = kHead;
                }
                out |= nv << (2 * k);
            }
            t.entry[in_state][byte] = (uint16_t)(out | freeing << 8 | freed << 9);
        }
    return t;
}

constexpr SweepTable kSweep = make_sweep_table();

} // namespace

void mark_roots() {
    for (size_t i = 0; i < gc.nroots; ++i)
        scan_words((uintptr_t)gc.roots[i].start,
                   (uintptr_t)(gc.roots[i].start + gc.roots[i].count));
    if (gc.roots != gc.static_roots) mark_word((uintptr_t)gc.roots);
    // Empty the mark stack before the static data (which holds it) is read.
    drain_mark_stack();
    uintptr_t s = 0, e = 0;
    kr_platform_static_roots(&s, &e);
    if (s < e) scan_static(s, e);
    drain_mark_stack();
    spill_registers_and_scan_stack();
    drain_mark_stack();
}

namespace {

/// Sweep one table byte through the lookup table (the last bytes of an
/// arena's table, fewer than a word's).
inline uint8_t sweep_byte(uint8_t byte, unsigned &freeing, size_t &freed) {
    unsigned e = kSweep.entry[freeing][byte];
    freeing = (e >> 8) & 1;
    freed += e >> 9;
    return (uint8_t)e;
}

/// Sweep one table word, all 32 (16) entries at once: the new word.
///
/// Unmarked heads (01) die, marked heads (11) become heads, and a tail (10)
/// dies with the head before it. With H the unmarked heads and S all heads
/// (as the low bits of their entries), subtracting H shifted up one entry
/// from S borrows from each unmarked head's next entry up to the next head,
/// which the borrow clears: S ^ (S - (H << 2)) covers exactly the entries
/// of each dying object after its head (plus the next head, which is not a
/// tail). Free entries and marked objects are not touched, and the borrow
/// chains end at distinct heads, so they do not interfere. An object dying
/// from the word before (`freeing`) is one more chain, from bit 0.
inline uintptr_t sweep_word(uintptr_t w, unsigned &freeing, size_t &freed) {
    if (!w) return 0;
    // The middle of a big object: all freed or all kept.
    if (w == kAllTailsWord) {
        if (!freeing) return w;
        freed += kWordBlocks;
        return 0;
    }
    uintptr_t lo = w & kLowBits, hi = (w >> 1) & kLowBits;
    uintptr_t heads = lo & ~hi; // unmarked heads die
    uintptr_t marks = lo & hi;  // marked heads live on as heads
    uintptr_t tails = hi & ~lo;
    uintptr_t dying_tails = tails & (lo ^ (lo - ((heads << 2) | freeing)));
    freed += (size_t)__builtin_popcountll((unsigned long long)(heads | dying_tails));
    // The last head decides what a tail at the start of the next word sees.
    if (lo) {
        unsigned top = 63u - (unsigned)__builtin_clzll((unsigned long long)lo);
        freeing = (unsigned)(heads >> top) & 1;
    }
    return marks | (tails & ~dying_tails) << 1;
}

/// Free entries (00) at the bottom / top of a nonzero table word.
inline size_t low_free(uintptr_t w) {
    return (size_t)__builtin_ctzll((unsigned long long)w) / 2;
}
inline size_t high_free(uintptr_t w) {
    return (size_t)(__builtin_clzll((unsigned long long)w) - (64 - 8 * sizeof w)) / 2;
}

/// Follows the swept words of one arena and indexes the free runs that
/// span at least one whole word.
struct RunTracker {
    Arena *arena;
    size_t start = 0;    ///< first block of the open run
    bool open = false;   ///< a run of whole free words is open
    size_t top_free = 0; ///< free blocks at the top of the last word

    /// The word holding blocks [b, b + kWordBlocks) is now w.
    void word(size_t b, uintptr_t w) {
        if (!w) {
            if (!open) {
                open = true;
                start = b - top_free;
            }
            top_free = kWordBlocks;
            return;
        }
        if (open) close(b + low_free(w));
        top_free = high_free(w);
    }
    void close(size_t end) {
        if (end > arena->nblocks) end = arena->nblocks; // the last word's spare entries
        if (open) index_add(arena, start, end - start);
        open = false;
    }
};

} // namespace

void sweep() {
    index_clear();
    for (Arena *a = gc.arenas; a; a = a->next) {
        uint8_t *table = a->atb;
        size_t nbytes = (a->nblocks + 3) / 4, nwords = nbytes / sizeof(uintptr_t), freed = 0;
        unsigned freeing = 0;
        RunTracker runs{a};
        for (size_t i = 0; i < nwords; ++i) {
            uintptr_t w = atb_word(a, i * kWordBlocks);
            uintptr_t nw = sweep_word(w, freeing, freed);
            if (nw != w) __builtin_memcpy(table + i * sizeof w, &nw, sizeof w);
            runs.word(i * kWordBlocks, nw);
        }
        // The last bytes (fewer than a word's) end any open run.
        runs.close(nwords * kWordBlocks);
        for (size_t i = nwords * sizeof(uintptr_t); i < nbytes; ++i)
            table[i] = sweep_byte(table[i], freeing, freed);
        gc.used_blocks -= freed;
        reset_cursors(a);
    }
    gc.ncached = 0;
}

} // namespace krgc
