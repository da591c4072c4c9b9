//===- gc_policy_test.cpp - growth policy and the free-run index ----------===//
//
// A growable heap collects after allocating about as much as survived the
// last collection (at least a floor of a few MB), growing instead of
// collecting before that; a fixed heap collects when full (gc.cpp, "Growth
// policy"). Big requests and new bump regions take free runs from the index
// the sweep builds (gc_index.cpp): blocks handed out never overlap and never
// pass the end of the heap.
//
//===----------------------------------------------------------------------===//
#include "runtime_test.h"

#include <gtest/gtest.h>

#include <string.h>

namespace {

constexpr size_t kMB = 1u << 20;

/// Allocate `total` bytes of garbage in blocks of `chunk` bytes.
__attribute__((noinline)) void make_garbage(size_t total, size_t chunk) {
    for (size_t done = 0; done < total; done += chunk) {
        char *p = (char *)kr_gc_alloc(chunk);
        ASSERT_NE(p, nullptr);
        p[0] = 1;
    }
}

/// Overwrite the stack below the caller (no stale pointers survive in it).
__attribute__((noinline)) void scrub_stack() {
    volatile char buf[16384];
    for (size_t i = 0; i < sizeof buf; ++i)
        buf[i] = 0;
}

size_t heap_bytes() {
    return kr_gc_mem_alloc() + kr_gc_mem_free();
}

/// A fresh fixed heap of `bytes` for one test; restore_heap() undoes it.
void use_fixed_heap(void *mem, size_t bytes) {
    kr_gc_init_region(test_stack_base, mem, bytes, false);
    kr_init_core();
}

void restore_heap() {
    kr_gc_init(test_stack_base);
    kr_init_core();
}

TEST(GcPolicy, SmallLiveSetCollectsEveryFewMegabytes) {
    SKIP_UNDER_GC_STRESS();
    kr_gc_collect();
    size_t before = kr_gc_collections();
    // 64 MB of garbage, a little live: one collection per budget (at least
    // 4 MB), not one per filling of the 1 MB first arena.
    make_garbage(64 * kMB, 4096);
    size_t collections = kr_gc_collections() - before;
    EXPECT_GE(collections, 4u);
    EXPECT_LE(collections, 17u);
    // The heap holds the live data and one budget, not all the garbage.
    EXPECT_LE(heap_bytes(), 24 * kMB);
}

/// Keep `count` blocks of `size` bytes reachable from a registered array.
struct LiveSet {
    void **blocks;
    size_t count;
};

__attribute__((noinline)) LiveSet make_live(size_t count, size_t size) {
    void **blocks = (void **)kr_gc_alloc(count * sizeof(void *));
    for (size_t i = 0; i < count; ++i) {
        blocks[i] = kr_gc_alloc(size);
        memset(blocks[i], (int)(i & 0x7f), size);
    }
    return {blocks, count};
}

TEST(GcPolicy, BigLiveSetIsMarkedOncePerItsSizeAllocated) {
    SKIP_UNDER_GC_STRESS();
    static kr_value root[1];
    kr_gc_add_roots(root, 1);
    LiveSet live = make_live(4096, 4096); // 16 MB live
    root[0] = (kr_value)live.blocks;
    kr_gc_collect();
    size_t before = kr_gc_collections();
    make_garbage(96 * kMB, 2048);
    size_t collections = kr_gc_collections() - before;
    // About one collection per 16 MB allocated (the budget is the live set).
    EXPECT_GE(collections, 3u);
    EXPECT_LE(collections, 8u);
    for (size_t i = 0; i < live.count; i += 97) {
        const unsigned char *p = (const unsigned char *)live.blocks[i];
        ASSERT_EQ(p[0], i & 0x7f);
        ASSERT_EQ(p[4095], i & 0x7f);
    }
    // Twice the live set and a floor, plus fragmentation: not unbounded.
    EXPECT_LE(heap_bytes(), 64 * kMB);
    root[0] = 0;
    kr_gc_collect();
}

TEST(GcPolicy, FixedHeapCollectsWhenFull) {
    SKIP_UNDER_GC_STRESS();
    alignas(16) static char heap[256 * 1024];
    use_fixed_heap(heap, sizeof heap);
    size_t size = heap_bytes();
    size_t before = kr_gc_collections();
    make_garbage(8 * kMB, 1024);
    // Never grown, so it collected each time it filled: 8 MB / 256 KB.
    EXPECT_EQ(heap_bytes(), size);
    EXPECT_GE(kr_gc_collections() - before, 16u);
    restore_heap();
}

/// A deterministic sequence for block sizes.
struct Lcg {
    uint32_t s;
    uint32_t next() {
        s = s * 1664525u + 1013904223u;
        return s >> 8;
    }
};

TEST(GcPolicy, IndexedRunsNeverOverlapNorPassTheHeapEnd) {
    SKIP_UNDER_GC_STRESS();
    // An odd size, so the last table word of the arena is a partial one.
    alignas(16) static char heap[1024 * 1024 + 16 * 37];
    use_fixed_heap(heap, sizeof heap);
    static kr_value root[1];
    kr_gc_add_roots(root, 1);
    constexpr size_t kLive = 24;
    unsigned char **live = (unsigned char **)kr_gc_alloc(kLive * sizeof(void *));
    size_t *sizes = (size_t *)kr_gc_alloc_atomic(kLive * sizeof(size_t));
    root[0] = (kr_value)live;
    static size_t *sizes_root;
    sizes_root = sizes;
    Lcg rng{12345};
    uintptr_t end = (uintptr_t)heap + sizeof heap;
    for (size_t round = 0; round < 3000; ++round) {
        // Sizes from one block to 8 KB: bump regions, the cursor search
        // and indexed runs all serve some.
        size_t size = 8 + rng.next() % 8192;
        unsigned char *p = (unsigned char *)kr_gc_alloc_atomic(size);
        ASSERT_NE(p, nullptr) << "round " << round;
        ASSERT_LE((uintptr_t)p + size, end);
        size_t slot = rng.next() % kLive;
        // Every live block still holds its own fill: nothing overlapped it.
        if (live[slot]) {
            size_t n = sizes_root[slot];
            ASSERT_EQ(live[slot][0], (unsigned char)slot);
            ASSERT_EQ(live[slot][n - 1], (unsigned char)slot);
        }
        memset(p, (int)slot, size);
        live[slot] = p;
        sizes_root[slot] = size;
        // Garbage between the live blocks, of other sizes.
        make_garbage(16 + rng.next() % 20000, 16 + rng.next() % 3000);
    }
    EXPECT_GT(kr_gc_collections(), 10u);
    for (size_t slot = 0; slot < kLive; ++slot)
        if (live[slot]) {
            ASSERT_EQ(live[slot][0], (unsigned char)slot);
            ASSERT_EQ(live[slot][sizes_root[slot] - 1], (unsigned char)slot);
        }
    root[0] = 0;
    restore_heap();
}

TEST(GcPolicy, ThresholdStillCollectsEarlyOnAGrowableHeap) {
    SKIP_UNDER_GC_STRESS();
    kr_gc_set_threshold(64 * 1024);
    size_t before = kr_gc_collections();
    make_garbage(4 * kMB, 1024);
    EXPECT_GE(kr_gc_collections() - before, 32u);
    kr_gc_set_threshold(-1);
}

} // namespace

namespace {

/// Fill the heap with one-item lists held by a list that dies on return.
__attribute__((noinline)) size_t fill_heap() {
    kr_value items = kr_list_new(0);
    for (size_t n = 0;; ++n) {
        kr_value item = kr_list_new(1);
        if (!item || !kr_list_append(items, item)) {
            kr_pending = 0;
            return n;
        }
    }
}

TEST(GcPolicy, SmallFixedHeapIsReusableAfterMemoryError) {
    SKIP_UNDER_GC_STRESS();
    alignas(16) static char heap[16 * 1024];
    use_fixed_heap(heap, sizeof heap);
    size_t n = fill_heap();
    EXPECT_GT(n, 100u);
    scrub_stack();
    kr_gc_collect();
    kr_value again = kr_list_new(0);
    for (size_t i = 0; i < n / 2; ++i)
        ASSERT_TRUE(kr_list_append(again, kr_list_new(1))) << i << " of " << n / 2;
    restore_heap();
}

} // namespace
