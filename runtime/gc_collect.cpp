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

/// Mark the allocation `p` points into, if any, and queue it for scanning.
KR_NO_ASAN inline void mark_word(uintptr_t p) {
    if (p <= gc.lo || p >= gc.hi) return;
    Arena *a = arena_of(p);
    if (!a) return;
    size_t b = (p - a->start) / kBlock;
    unsigned t = atb_get(a, b);
    if (t == kFree) return;
    while (t == kTail) {
        // Whole bytes of tails (0b10101010) skip four blocks at once.
        if ((b & 3) == 0 && b >= 4 && a->atb[(b >> 2) - 1] == kAllTails) {
            b -= 4;
            continue;
        }
        t = atb_get(a, --b);
    }
    if (t == kMark) return;
    atb_set(a, b, kMark);
    if (is_atomic(a, b)) return;
    if (gc.mark_sp == kMarkStackSize) {
        gc.overflow = true; // rescanned later from the marked heads
        return;
    }
    gc.mark_stack[gc.mark_sp++] = {a, b};
}

/// Mark every word-aligned word in [from, to) as a possible pointer.
KR_NO_ASAN void scan_words(uintptr_t from, uintptr_t to) {
    from = (from + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    for (uintptr_t p = from; p + sizeof(uintptr_t) <= to; p += sizeof(uintptr_t))
        mark_word(*(const uintptr_t *)p);
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

void scan_block(Arena *a, size_t b) {
    uintptr_t start = a->start + b * kBlock;
    scan_words(start, start + alloc_length(a, b) * kBlock);
}

void drain_mark_stack() {
    for (;;) {
        while (gc.mark_sp) {
            MarkEntry e = gc.mark_stack[--gc.mark_sp];
            scan_block(e.arena, e.block);
        }
        if (!gc.overflow) break;
        // Some marked objects were never scanned: rescan every marked head.
        gc.overflow = false;
        for (Arena *a = gc.arenas; a; a = a->next)
            for (size_t b = 0; b < a->nblocks; ++b)
                if (atb_get(a, b) == kMark && !is_atomic(a, b)) {
                    scan_block(a, b);
                    while (gc.mark_sp) {
                        MarkEntry e = gc.mark_stack[--gc.mark_sp];
                        scan_block(e.arena, e.block);
                    }
                }
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
    uintptr_t s = 0, e = 0;
    kr_platform_static_roots(&s, &e);
    if (s < e) scan_static(s, e);
    drain_mark_stack();
    spill_registers_and_scan_stack();
    drain_mark_stack();
}

/// The low bit of every 2-bit entry in a table word.
constexpr uintptr_t kLowBits = (uintptr_t)0x5555555555555555ull;

/// Sweep a table word without tails (single-block objects and free blocks,
/// the common case of float-heavy code) in one step: marks become heads,
/// heads become free. False when the word holds a tail.
inline bool sweep_word_without_tails(uintptr_t &w, unsigned &freeing, size_t &freed) {
    uintptr_t lo = w & kLowBits, hi = (w >> 1) & kLowBits;
    if (hi & ~lo) return false; // a tail (10)
    uintptr_t heads = lo & ~hi; // unmarked heads (01) die
    uintptr_t marks = lo & hi;  // marked heads (11) live on as heads
    freed += (size_t)__builtin_popcountll((unsigned long long)heads);
    // The last non-free entry decides the state a following tail sees.
    if (lo) {
        unsigned top = 63u - (unsigned)__builtin_clzll((unsigned long long)lo);
        freeing = (unsigned)(heads >> top) & 1;
    }
    w = marks;
    return true;
}

void sweep() {
    for (Arena *a = gc.arenas; a; a = a->next) {
        uint8_t *table = a->atb;
        size_t nbytes = (a->nblocks + 3) / 4, freed = 0;
        unsigned freeing = 0;
        for (size_t i = 0; i < nbytes;) {
            // Whole words at once: free ones, and ones without tails.
            if (i % sizeof(uintptr_t) == 0 && i + sizeof(uintptr_t) <= nbytes) {
                uintptr_t w;
                memcpy(&w, table + i, sizeof w);
                if (!w) {
                    i += sizeof w;
                    continue;
                }
                if (sweep_word_without_tails(w, freeing, freed)) {
                    memcpy(table + i, &w, sizeof w);
                    i += sizeof w;
                    continue;
                }
            }
            unsigned e = kSweep.entry[freeing][table[i]];
            table[i] = (uint8_t)e;
            freeing = (e >> 8) & 1;
            freed += e >> 9;
            ++i;
        }
        gc.used_blocks -= freed;
        reset_cursors(a);
    }
    gc.ncached = 0;
}

} // namespace krgc
