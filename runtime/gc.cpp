//===- runtime/gc.cpp - conservative mark-sweep collector -----------------===//
//
// The heap is a list of arenas. Each arena starts with its header, then the
// allocation table (2 bits per block: free, head, tail, marked head), then
// the atomic table (1 bit per block, meaningful for heads), then the blocks.
// Single blocks are allocated first fit from a per-arena hint, larger runs
// next fit (so holes left by a collection don't make every allocation rescan
// them), and an arena remembers the smallest run it failed to find until
// something in it is freed. A collection marks from the
// roots with an explicit mark stack and sweeps every arena.
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

struct Arena {
    Arena *next;
    uintptr_t start; ///< first block
    uintptr_t end;   ///< one past the last block
    size_t nblocks;
    uint8_t *atb;    ///< allocation table, 4 blocks per byte
    uint8_t *atomic; ///< atomic bits, 8 blocks per byte
    size_t hint;     ///< no free block below this index
    size_t next_fit; ///< where the search for multi-block runs resumes
    size_t no_run;   ///< no free run of this many blocks exists (until a free)
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

constexpr size_t kStaticRoots = 32;
constexpr size_t kMarkStackSize = 1024;

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
            a->hint = 0;
            a->next_fit = 0;
            a->no_run = SIZE_MAX;
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

void sweep() {
    for (Arena *a = gc.arenas; a; a = a->next) {
        bool freeing = false;
        size_t first_free = a->nblocks;
        for (size_t b = 0; b < a->nblocks; ++b) {
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
                continue;
            default:
                break;
            }
            if (atb_get(a, b) == kFree && b < first_free) first_free = b;
        }
        a->hint = a->next_fit = first_free;
        a->no_run = SIZE_MAX;
    }
}

//===--- Allocation -------------------------------------------------------===//

void free_run(Arena *a, size_t b, size_t n) {
    for (size_t i = 0; i < n; ++i)
        atb_set(a, b + i, kFree);
    gc.used_blocks -= n;
    if (b < a->hint) a->hint = b;
    a->no_run = SIZE_MAX;
}

/// The first run of n free blocks in [from, to) of an arena; SIZE_MAX if
/// none. Sets *first_free to the first free block seen (SIZE_MAX if none).
size_t find_run(const Arena *a, size_t n, size_t from, size_t to, size_t *first_free) {
    size_t run = 0;
    *first_free = SIZE_MAX;
    for (size_t b = from; b < to;) {
        if ((b & 3) == 0 && b + 4 <= to && a->atb[b >> 2] == 0) {
            // Four free blocks at once.
            if (*first_free == SIZE_MAX) *first_free = b;
            run += 4;
            b += 4;
        } else if (atb_get(a, b) == kFree) {
            if (*first_free == SIZE_MAX) *first_free = b;
            ++run;
            ++b;
        } else {
            run = 0;
            ++b;
        }
        if (run >= n) return b - run;
    }
    return SIZE_MAX;
}

/// A run of n free blocks in one arena: first fit for single blocks, next
/// fit for runs. Returns the head index or SIZE_MAX.
size_t find_in_arena(Arena *a, size_t n) {
    if (n >= a->no_run) return SIZE_MAX;
    size_t first_free, head;
    if (n == 1) {
        head = find_run(a, 1, a->hint, a->nblocks, &first_free);
        a->hint = head == SIZE_MAX ? a->nblocks : head + 1;
    } else {
        size_t start = a->next_fit < a->hint ? a->hint : a->next_fit;
        head = find_run(a, n, start, a->nblocks, &first_free);
        if (head == SIZE_MAX) {
            // Wrap around: runs may straddle `start`, so search up to start + n.
            size_t to = start + n < a->nblocks ? start + n : a->nblocks;
            head = find_run(a, n, a->hint, to, &first_free);
            if (first_free == SIZE_MAX && a->hint < to) a->hint = to;
        } else if (start == a->hint && head == first_free) {
            a->hint = head + n;
        }
        if (head != SIZE_MAX) a->next_fit = head + n;
    }
    if (head == SIZE_MAX) a->no_run = n;
    return head;
}

void *find_blocks(size_t n, bool atomic) {
    for (Arena *a = gc.arenas; a; a = a->next) {
        size_t b = find_in_arena(a, n);
        if (b == SIZE_MAX) continue;
        atb_set(a, b, kHead);
        for (size_t i = 1; i < n; ++i)
            atb_set(a, b + i, kTail);
        set_atomic(a, b, atomic);
        gc.used_blocks += n;
        void *p = (void *)(a->start + b * kBlock);
        memset(p, 0, n * kBlock);
        return p;
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

void *gc_alloc(size_t bytes, bool atomic) {
    if (!gc.arenas) kr_gc_init(__builtin_frame_address(0));
    size_t n = bytes ? (bytes + kBlock - 1) / kBlock : 1;
    if (n > SIZE_MAX / kBlock / 2) return (void *)kr_raise_memory_error();
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
    void *p = find_blocks(n, atomic);
    if (!p && gc.enabled && !collected && gc.since_last) {
        kr_gc_collect();
        // A heap more than 3/4 full collects too often: grow it right away.
        if (gc.used_blocks + n > gc.total_blocks / 4 * 3) grow_heap(n);
        p = find_blocks(n, atomic);
    }
    if (!p && grow_heap(n)) p = find_blocks(n, atomic);
    if (!p) return (void *)kr_raise_memory_error();
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
