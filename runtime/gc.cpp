//===- runtime/gc.cpp - conservative mark-sweep collector -----------------===//
//
// The heap is a list of arenas. Each arena starts with its header, then the
// allocation table (2 bits per block: free, head, tail, marked head), then
// the atomic table (1 bit per block, meaningful for heads), then the blocks.
// Allocation searches the table from a per-arena cursor per size class and
// reuses runs freed explicitly through a small cache (see "Allocation"
// below), so it costs O(1) amortised. A collection marks from the roots with
// an explicit mark stack and sweeps every arena.
//
//===----------------------------------------------------------------------===//
#include "gc.h"

#include <string.h>

#include "exception.h"
#include "platform/platform.h"

#define KR_NO_ASAN __attribute__((no_sanitize("address")))

namespace {

constexpr size_t kBlock = KR_GC_BLOCK_BYTES;
enum : unsigned { kFree = 0, kHead = 1, kTail = 2, kMark = 3 };
/// A table byte whose four blocks are all tails.
constexpr uint8_t kAllTails = 0xAA;
/// Allocation size classes, each with its own search cursor per arena.
constexpr unsigned kClasses = 6;
/// Runs freed explicitly, remembered until the next sweep.
constexpr size_t kFreeCache = 16;
/// Requests of at most this many blocks are carved from the bump span.
constexpr size_t kSpanMaxRequest = 8;
/// How far past a found run the bump span may reach.
constexpr size_t kSpanMaxBlocks = 256;

struct Arena {
    Arena *next;
    uintptr_t start; ///< first block
    uintptr_t end;   ///< one past the last block
    size_t nblocks;
    uint8_t *atb;    ///< allocation table, 4 blocks per byte
    uint8_t *atomic; ///< atomic bits, 8 blocks per byte
    /// Per size class: where the next search starts (see Allocation).
    size_t cursor[kClasses];
    uint8_t wrapped; ///< bit k: class k already wrapped around this cycle
};

/// A registered root range.
struct RootRange {
    kr_value *start;
    size_t count;
};

/// One pending object on the mark stack.
struct MarkEntry {
    Arena *arena;
    size_t block;
};

/// A run of free blocks (a hint: the allocation table decides).
struct FreeRun {
    Arena *arena;
    size_t block, length;
};

/// Free blocks [next, end) of one arena that small requests take in order,
/// without a search (a hint like the others: checked before use).
struct Span {
    Arena *arena;
    size_t next, end;
};

constexpr size_t kStaticRoots = 32;
// Bare metal, static RAM is scarce (16 KB on a micro:bit): a short mark
// stack, whose overflow costs only a rescan of the marked objects.
#if defined(__linux__)
constexpr size_t kMarkStackSize = 1024;
#else
constexpr size_t kMarkStackSize = 128;
#endif

struct GcState {
    Arena *arenas;
    /// Bounds of every arena's blocks. lo is kept one below the lowest block
    /// so the static-data scan never mistakes it for a pointer to that block.
    uintptr_t lo, hi;
    uintptr_t stack_base;
    bool enabled, growable, collecting, overflow;
    kr_int threshold;
    size_t since_last; ///< bytes allocated since the last collection
    size_t total_blocks, used_blocks;
    size_t collections;
    RootRange *roots; ///< static_roots, or a heap block once that is full
    size_t nroots, roots_cap;
    RootRange static_roots[kStaticRoots];
    MarkEntry mark_stack[kMarkStackSize];
    size_t mark_sp;
    FreeRun cache[kFreeCache];
    size_t ncached;
    Span span;
};

GcState gc = {};

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

/// Number of blocks in the allocation whose head is block b.
size_t alloc_length(const Arena *a, size_t b) {
    size_t n = 1;
    while (b + n < a->nblocks && atb_get(a, b + n) == kTail)
        ++n;
    return n;
}

Arena *arena_of(uintptr_t p) {
    if (p <= gc.lo || p >= gc.hi) return nullptr;
    for (Arena *a = gc.arenas; a; a = a->next)
        if (p >= a->start && p < a->end) return a;
    return nullptr;
}

/// Turn [mem, mem+bytes) into an arena and link it in. False when too small.
bool add_arena(void *mem, size_t bytes) {
    uintptr_t base = ((uintptr_t)mem + 15) & ~(uintptr_t)15;
    uintptr_t limit = (uintptr_t)mem + bytes;
    if (limit < base + sizeof(Arena) + 4 * kBlock) return false;
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
            if (!gc.lo || a->start - 1 < gc.lo) gc.lo = a->start - 1;
            if (a->end > gc.hi) gc.hi = a->end;
            gc.total_blocks += n;
            return n > 0;
        }
        --n;
    }
}

//===--- Marking ----------------------------------------------------------===//

void scan_words(uintptr_t from, uintptr_t to);

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
        if ((b & 3) == 0 && b >= 4 && a->atb[(b >> 2) - 1] == 0xAA) {
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

//===--- Sweeping ---------------------------------------------------------===//

void reset_cursors(Arena *a);

/// Free every unmarked allocation and unmark the survivors. Whole bytes of
/// free blocks are skipped four at a time: a free block never changes the
/// "freeing" state because tails only ever follow a head or a tail.
void sweep() {
    for (Arena *a = gc.arenas; a; a = a->next) {
        bool freeing = false;
        for (size_t b = 0; b < a->nblocks;) {
            if ((b & 3) == 0) {
                // Whole table bytes at once: four free blocks, or four tails
                // (the middle of a long run such as a big int's digits),
                // which die or live with the head before them.
                uint8_t byte = a->atb[b >> 2];
                if (byte == 0) {
                    b += 4;
                    continue;
                }
                if (byte == kAllTails) {
                    if (freeing) {
                        a->atb[b >> 2] = 0;
                        gc.used_blocks -= 4;
                    }
                    b += 4;
                    continue;
                }
            }
            switch (atb_get(a, b)) {
            case kHead:
                freeing = true;
                atb_set(a, b, kFree);
                --gc.used_blocks;
                break;
            case kTail:
                if (freeing) {
                    atb_set(a, b, kFree);
                    --gc.used_blocks;
                }
                break;
            case kMark:
                freeing = false;
                atb_set(a, b, kHead);
                break;
            default:
                break;
            }
            ++b;
        }
        reset_cursors(a);
    }
    gc.ncached = 0;
    gc.span = {};
}

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
//   next sweep. Allocation is therefore O(1) amortised: a collection leaves
//   at least a quarter of the heap free (or grows it), and the walks cost a
//   bounded number of passes over the table per collection cycle.
// - the free blocks right after a run found for a small request become the
//   bump span: later small requests take blocks from it in order, checking
//   only the blocks they take, until it runs out or something else took
//   part of it.
// - kr_gc_free and shrinking reallocs put the runs they free in a small
//   cache, checked before the cursors, so a list growing by reallocation
//   reuses the buffer another list just gave up. An entry is re-checked
//   against the table when used.

/// Size class of a request for n blocks: 1, 2, 3-4, 5-8, 9-16, more.
inline unsigned size_class(size_t n) {
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

inline bool block_free(const Arena *a, size_t b) {
    return atb_get(a, b) == kFree;
}

/// Blocks per table word, for skipping fully allocated stretches.
constexpr size_t kWordBlocks = sizeof(uintptr_t) * 4;
/// The low bit of every 2-bit entry in a table word.
constexpr uintptr_t kLowBits = (uintptr_t)0x5555555555555555ull;

/// The first free block in [b, to), or `to`.
size_t next_free(const Arena *a, size_t b, size_t to) {
    while (b < to) {
        if (b % kWordBlocks == 0 && b + kWordBlocks <= to) {
            uintptr_t w;
            memcpy(&w, a->atb + b / 4, sizeof w);
            // A free entry is 00: its low bit is set in ~(w | w >> 1).
            uintptr_t free_bits = ~(w | (w >> 1)) & kLowBits;
            if (!free_bits) {
                b += kWordBlocks;
                continue;
            }
            return b + (size_t)__builtin_ctzl((unsigned long)free_bits) / 2;
        }
        if ((b & 3) == 0 && b + 4 <= to) {
            unsigned x = a->atb[b >> 2];
            unsigned free_bits = ~(x | (x >> 1)) & 0x55u;
            if (!free_bits) {
                b += 4;
                continue;
            }
            return b + (size_t)__builtin_ctz(free_bits) / 2;
        }
        if (block_free(a, b)) return b;
        ++b;
    }
    return to;
}

/// The end of the free run that starts at b, looking no further than `limit`.
size_t free_run_end(const Arena *a, size_t b, size_t limit) {
    while (b < limit) {
        if ((b & 3) == 0 && b + 4 <= limit && a->atb[b >> 2] == 0)
            b += 4;
        else if (block_free(a, b))
            ++b;
        else
            break;
    }
    return b;
}

/// The first run of n free blocks that starts in [from, to) and fits in the
/// arena; SIZE_MAX if none.
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

/// A run of n free blocks in one arena, searched from the class's cursor
/// and wrapping around once per collection cycle. SIZE_MAX if none.
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

/// Mark blocks [b, b+n) as one allocation and return it (zeroed unless the
/// caller asked for raw memory).
void *take_blocks(Arena *a, size_t b, size_t n, bool atomic, bool zero = true) {
    atb_set(a, b, kHead);
    for (size_t i = 1; i < n; ++i) {
        // Whole bytes of tails at once once aligned.
        if (((b + i) & 3) == 0 && i + 4 <= n) {
            a->atb[(b + i) >> 2] = 0xAA;
            i += 3;
            continue;
        }
        atb_set(a, b + i, kTail);
    }
    set_atomic(a, b, atomic);
    gc.used_blocks += n;
    void *p = (void *)(a->start + b * kBlock);
    if (zero) memset(p, 0, n * kBlock);
    return p;
}

/// Remember a freed run for reuse before the next sweep; when the cache is
/// full the oldest entry gives way (its blocks stay free in the table).
void cache_run(Arena *a, size_t b, size_t n) {
    if (gc.ncached == kFreeCache) {
        memmove(gc.cache, gc.cache + 1, (kFreeCache - 1) * sizeof gc.cache[0]);
        --gc.ncached;
    }
    gc.cache[gc.ncached++] = {a, b, n};
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
            memmove(gc.cache + i, gc.cache + i + 1, (gc.ncached - i - 1) * sizeof gc.cache[0]);
            --gc.ncached;
        }
        if (ok) return take_blocks(taken.arena, taken.block, n, atomic, zero);
    }
    return nullptr;
}

void free_run(Arena *a, size_t b, size_t n) {
    for (size_t i = 0; i < n; ++i)
        atb_set(a, b + i, kFree);
    gc.used_blocks -= n;
    cache_run(a, b, n);
}

void *find_blocks(size_t n, bool atomic, bool zero = true) {
    if (gc.ncached)
        if (void *p = alloc_from_cache(n, atomic, zero)) return p;
    Span &s = gc.span;
    if (n <= kSpanMaxRequest && s.arena) {
        if (s.next + n <= s.end && free_run_end(s.arena, s.next, s.next + n) == s.next + n) {
            s.next += n;
            return take_blocks(s.arena, s.next - n, n, atomic, zero);
        }
        s.arena = nullptr;
    }
    for (Arena *a = gc.arenas; a; a = a->next) {
        size_t b = find_in_arena(a, n);
        if (b == SIZE_MAX) continue;
        if (n <= kSpanMaxRequest) {
            size_t from = b + n;
            size_t limit = a->nblocks - from < kSpanMaxBlocks ? a->nblocks : from + kSpanMaxBlocks;
            s = {a, from, free_run_end(a, from, limit)};
        }
        return take_blocks(a, b, n, atomic, zero);
    }
    return nullptr;
}

/// Ask the platform for an arena that fits n blocks, doubling the heap.
bool grow_heap(size_t n) {
    if (!gc.growable) return false;
    // Room for n blocks, their tables and the arena header.
    size_t need = n * kBlock + n / 2 + sizeof(Arena) + 64;
    size_t heap_bytes = gc.total_blocks * kBlock;
    // Double the heap; near the platform's limit, settle for halves of that
    // down to what is needed (a few arenas, not many tiny ones).
    for (size_t want = need > heap_bytes ? need : heap_bytes;; want /= 2) {
        if (want < need) want = need;
        size_t got = 0;
        if (void *mem = kr_platform_heap_grow(want, &got)) return add_arena(mem, got);
        if (want == need) return false;
    }
}

void *gc_alloc(size_t bytes, bool atomic, bool zero = true) {
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
    void *p = find_blocks(n, atomic, zero);
    // Collect even when nothing was allocated since the last collection:
    // what the program holds may have changed since (a frame full of
    // garbage returned after a MemoryError, which itself allocates nothing).
    if (!p && gc.enabled && !collected) {
        kr_gc_collect();
        // A heap more than 3/4 full collects too often: grow it right away.
        if (gc.used_blocks + n > gc.total_blocks / 4 * 3) grow_heap(n);
        p = find_blocks(n, atomic, zero);
    }
    if (!p && grow_heap(n)) p = find_blocks(n, atomic, zero);
    if (!p) return (void *)kr_raise_memory_error_size(bytes);
    gc.since_last += n * kBlock;
    return p;
}

} // namespace

//===--- Public interface -------------------------------------------------===//

void kr_gc_init_region(void *stack_base, void *mem, size_t bytes, bool growable) {
    gc = GcState{};
    gc.stack_base = (uintptr_t)stack_base;
    gc.enabled = true;
    gc.growable = growable;
    gc.threshold = -1;
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
    return gc_alloc(bytes, false);
}

void *kr_gc_alloc_atomic(size_t bytes) {
    return gc_alloc(bytes, true);
}

void *kr_gc_alloc_atomic_uninit(size_t bytes) {
    return gc_alloc(bytes, true, false);
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
    bool room = b + want <= a->nblocks;
    for (size_t i = 0; room && i < extra; ++i)
        room = atb_get(a, b + have + i) == kFree;
    if (room) {
        for (size_t i = 0; i < extra; ++i)
            atb_set(a, b + have + i, kTail);
        gc.used_blocks += extra;
        gc.since_last += extra * kBlock;
        memset((char *)ptr + have * kBlock, 0, extra * kBlock);
        return ptr;
    }
    bool atomic = is_atomic(a, b);
    void *q = gc_alloc(bytes, atomic);
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
    mark_roots();
    sweep();
    gc.since_last = 0;
    ++gc.collections;
    gc.collecting = false;
}

void kr_gc_enable(bool on) {
    gc.enabled = on;
}
bool kr_gc_is_enabled(void) {
    return gc.enabled;
}
void kr_gc_set_threshold(kr_int bytes) {
    gc.threshold = bytes < 0 ? -1 : bytes;
}
kr_int kr_gc_threshold(void) {
    return gc.threshold;
}
size_t kr_gc_mem_free(void) {
    return (gc.total_blocks - gc.used_blocks) * kBlock;
}
size_t kr_gc_mem_alloc(void) {
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
