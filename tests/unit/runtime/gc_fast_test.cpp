//===- gc_fast_test.cpp - the inline bump allocation path -----------------===//
//
// Requests of at most KR_GC_FAST_MAX_BLOCKS blocks come from a per-class bump
// region whose objects the allocation table learns about only when the region
// is committed (gc_fast.h). These tests check every place that must commit
// first: collections, kr_gc_free, kr_gc_realloc, kr_gc_usable_size, the
// gc.mem_* figures; and MemoryError and gc.threshold on the fast path.
//
//===----------------------------------------------------------------------===//
#include "runtime_test.h"

#include "floatobj.h"
#include "gc_fast.h"

#include <gtest/gtest.h>

#include <string.h>

namespace {

/// Overwrite the stack below the caller (no stale pointers survive in it).
__attribute__((noinline)) void scrub_stack() {
    volatile char buf[16384];
    for (size_t i = 0; i < sizeof buf; ++i)
        buf[i] = 0;
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

TEST(GcFast, ConsecutiveRequestsBumpThroughOneRegion) {
    SKIP_UNDER_GC_STRESS();
    kr_gc_collect();
    char *first = (char *)kr_gc_alloc_small(16, true, false);
    ASSERT_NE(first, nullptr);
    // A new region after a collection holds many blocks: the next requests
    // of the class follow in order, with no table search.
    for (int i = 1; i < 8; ++i) {
        char *p = (char *)kr_gc_alloc_small(16, true, false);
        ASSERT_EQ(p, first + 16 * i);
    }
    // Each is an object of its own once the table is asked.
    EXPECT_EQ(kr_gc_usable_size(first), 16u);
    EXPECT_EQ(kr_gc_usable_size(first + 16 * 7), 16u);
    EXPECT_TRUE(kr_gc_is_heap_ptr(first + 16 * 3));
}

TEST(GcFast, ZeroedRequestsAreZeroedAndSizedPerClass) {
    for (size_t bytes = 1; bytes <= KR_GC_FAST_MAX_BLOCKS * 16; bytes += 7) {
        unsigned char *p = (unsigned char *)kr_gc_alloc(bytes);
        ASSERT_NE(p, nullptr);
        for (size_t i = 0; i < bytes; ++i)
            ASSERT_EQ(p[i], 0) << bytes << " bytes, byte " << i;
        memset(p, 0xEE, bytes); // dirty it for the next round's neighbour
        EXPECT_EQ(kr_gc_usable_size(p), (bytes + 15) / 16 * 16);
    }
}

TEST(GcFast, UsableSizeCommitsARegionMidway) {
    SKIP_UNDER_GC_STRESS();
    kr_gc_collect();
    // Three 3-block objects, then the table is asked about the middle one,
    // then more objects come from the same region.
    char *a = (char *)kr_gc_alloc(48), *b = (char *)kr_gc_alloc(48), *c = (char *)kr_gc_alloc(48);
    ASSERT_EQ(b, a + 48);
    ASSERT_EQ(c, b + 48);
    EXPECT_EQ(kr_gc_usable_size(b), 48u);
    char *d = (char *)kr_gc_alloc(48);
    EXPECT_EQ(d, c + 48);
    EXPECT_EQ(kr_gc_usable_size(c), 48u);
    EXPECT_EQ(kr_gc_usable_size(d), 48u);
    EXPECT_EQ(kr_gc_usable_size(a), 48u);
}

TEST(GcFast, FreeAndReallocOfUncommittedObjects) {
    SKIP_UNDER_GC_STRESS();
    kr_gc_collect();
    char *a = (char *)kr_gc_alloc_atomic(32);
    char *b = (char *)kr_gc_alloc_atomic(32);
    char *c = (char *)kr_gc_alloc_atomic(32);
    ASSERT_EQ(b, a + 32);
    ASSERT_EQ(c, b + 32);
    memset(a, 'a', 32);
    memset(c, 'c', 32);
    memcpy(b, "0123456789abcdefghijklmnopqrstu", 32);
    // Freeing the middle object must free just its two blocks.
    kr_gc_free(b);
    EXPECT_FALSE(kr_gc_is_heap_ptr(b));
    EXPECT_EQ(kr_gc_usable_size(a), 32u);
    EXPECT_EQ(kr_gc_usable_size(c), 32u);
    // Growing the last one moves or extends it, never over its neighbour.
    char *d = (char *)kr_gc_alloc_atomic(32);
    memset(d, 'd', 32);
    char *grown = (char *)kr_gc_realloc(c, 500);
    ASSERT_NE(grown, nullptr);
    for (int i = 0; i < 32; ++i) {
        ASSERT_EQ(grown[i], 'c');
        ASSERT_EQ(a[i], 'a');
        ASSERT_EQ(d[i], 'd');
    }
    EXPECT_GE(kr_gc_usable_size(grown), 500u);
    // Shrinking keeps the head.
    EXPECT_EQ(kr_gc_realloc(a, 16), a);
    EXPECT_EQ(kr_gc_usable_size(a), 16u);
}

/// Allocate `n` floats, keeping every `keep_every`-th in `keep`.
__attribute__((noinline)) void make_floats(kr_value keep, int n, int keep_every) {
    for (int i = 0; i < n; ++i) {
        kr_value f = kr_float_new(i + 0.25);
        ASSERT_NE(f, 0u);
        if (i % keep_every == 0) ASSERT_TRUE(kr_list_append(keep, f));
        // A 2-block scanned object between them, garbage at once.
        kr_value pair[2] = {f, I(i)};
        ASSERT_NE(kr_build_tuple(2, pair), 0u);
    }
}

TEST(GcFast, RegionObjectsSurviveCollections) {
    SKIP_UNDER_GC_STRESS();
    kr_value keep = kr_list_new(0);
    size_t collections = kr_gc_collections();
    make_floats(keep, 300000, 97);
    scrub_stack();
    kr_gc_collect();
    EXPECT_GT(kr_gc_collections(), collections + 1);
    size_t n;
    kr_value *items = kr_list_items(keep, &n);
    ASSERT_EQ(n, (300000u + 96) / 97);
    for (size_t i = 0; i < n; ++i) {
        ASSERT_TRUE(kr_is_float(items[i]));
        ASSERT_EQ(kr_float_value(items[i]), (double)(i * 97) + 0.25);
        ASSERT_EQ(kr_gc_usable_size((void *)items[i]), 16u);
    }
}

TEST(GcFast, MemFiguresCountOnlyHandedOutBlocks) {
    SKIP_UNDER_GC_STRESS();
    alignas(16) static char heap[256 * 1024];
    use_fixed_heap(heap, sizeof heap);
    kr_gc_collect();
    size_t total = kr_gc_mem_free() + kr_gc_mem_alloc();
    size_t before = kr_gc_mem_alloc();
    static kr_value keep[10];
    kr_gc_add_roots(keep, 10);
    for (int i = 0; i < 10; ++i)
        keep[i] = kr_float_new(i);
    // Ten blocks, not the regions they came from.
    EXPECT_EQ(kr_gc_mem_alloc(), before + 10 * 16);
    EXPECT_EQ(kr_gc_mem_free() + kr_gc_mem_alloc(), total);
    memset(keep, 0, sizeof keep);
    restore_heap();
}

/// Allocate floats kept in `keep` until MemoryError; returns how many.
__attribute__((noinline)) size_t floats_until_memory_error(kr_value keep) {
    size_t count = 0;
    for (;;) {
        kr_value f = kr_float_new(1.5);
        if (!f) return count;
        if (!kr_list_append(keep, f)) return count;
        ++count;
    }
}

TEST(GcFast, MemoryErrorOnTheFastPath) {
    SKIP_UNDER_GC_STRESS();
    alignas(16) static char heap[64 * 1024];
    use_fixed_heap(heap, sizeof heap);
    static kr_value keep[1];
    kr_gc_add_roots(keep, 1);
    keep[0] = kr_list_new(0);
    size_t got = floats_until_memory_error(keep[0]);
    EXPECT_TRUE(kr_exc_pending_is(&kr_type_MemoryError));
    take_error();
    // The heap held them all: 16 bytes each plus the list's items.
    EXPECT_GT(got, 64u * 1024 / 16 / 2 - 200);
    size_t n;
    kr_value *items = kr_list_items(keep[0], &n);
    for (size_t i = 0; i < n; ++i)
        ASSERT_EQ(kr_float_value(items[i]), 1.5);
    // Dropping them makes room again.
    keep[0] = 0;
    scrub_stack();
    kr_gc_collect();
    EXPECT_NE(kr_float_new(2.5), 0u);
    restore_heap();
}

TEST(GcFast, ThresholdCountsFastPathAllocations) {
    SKIP_UNDER_GC_STRESS();
    kr_gc_set_threshold(4096);
    size_t before = kr_gc_collections();
    // 2000 floats are 32000 bytes: about seven collections at 4096.
    for (int i = 0; i < 2000; ++i)
        ASSERT_NE(kr_float_new(i), 0u);
    size_t ran = kr_gc_collections() - before;
    EXPECT_GE(ran, 6u);
    EXPECT_LE(ran, 9u);
    kr_gc_set_threshold(-1);
}

/// Objects of every bump class, interleaved so that regions start at every
/// table-byte phase: each is an object of its own size in the table (the
/// region wrote its entries when taken), keeps its bytes over collections,
/// and the blocks its dropped neighbours free are reused without overlap.
TEST(GcFast, EveryClassIsWrittenAsItsObjects) {
    SKIP_UNDER_GC_STRESS();
    alignas(16) static char heap[256 * 1024];
    use_fixed_heap(heap, sizeof heap);
    constexpr int kPerClass = 40, kClasses = 2 * KR_GC_FAST_MAX_BLOCKS;
    static kr_value keep[kPerClass * kClasses];
    kr_gc_add_roots(keep, kPerClass * kClasses);
    for (int i = 0; i < kPerClass; ++i)
        for (int c = 0; c < kClasses; ++c) {
            size_t blocks = (size_t)c % KR_GC_FAST_MAX_BLOCKS + 1;
            bool atomic = c >= KR_GC_FAST_MAX_BLOCKS;
            void *p = kr_gc_alloc_small(blocks * 16, atomic, true);
            ASSERT_NE(p, nullptr);
            memset(p, 1 + (i * kClasses + c) % 200, blocks * 16);
            keep[i * kClasses + c] = (kr_value)p;
        }
    auto check = [&](bool dropped_odd) {
        for (int k = 0; k < kPerClass * kClasses; ++k) {
            if (dropped_odd && (k & 1)) continue;
            size_t blocks = (size_t)(k % kClasses) % KR_GC_FAST_MAX_BLOCKS + 1;
            const unsigned char *p = (const unsigned char *)keep[k];
            ASSERT_EQ(kr_gc_usable_size(p), blocks * 16) << "object " << k;
            for (size_t j = 0; j < blocks * 16; ++j)
                ASSERT_EQ(p[j], 1 + k % 200) << "object " << k << " byte " << j;
        }
    };
    check(false);
    kr_gc_collect();
    check(false);
    for (int k = 1; k < kPerClass * kClasses; k += 2)
        keep[k] = 0;
    scrub_stack();
    kr_gc_collect();
    check(true);
    // New objects land in the freed blocks, never on a kept one.
    for (int k = 1; k < kPerClass * kClasses; k += 2) {
        size_t blocks = (size_t)(k % kClasses) % KR_GC_FAST_MAX_BLOCKS + 1;
        void *p = kr_gc_alloc_small(blocks * 16, k % kClasses >= KR_GC_FAST_MAX_BLOCKS, true);
        ASSERT_NE(p, nullptr);
        memset(p, 0xEE, blocks * 16);
    }
    check(true);
    memset(keep, 0, sizeof keep);
    restore_heap();
}

/// A sweep that leaves the heap full of small holes: the next regions are
/// those holes, in address order, and nothing kept is handed out again.
TEST(GcFast, RegionsContinueInTheNextHole) {
    SKIP_UNDER_GC_STRESS();
    alignas(16) static char heap[112 * 1024];
    use_fixed_heap(heap, sizeof heap);
    constexpr int kMaxObjects = 8000;
    static kr_value keep[kMaxObjects];
    kr_gc_add_roots(keep, kMaxObjects);
    // Nearly all of the heap, so that the holes are what is left after the
    // collection (a few dozen blocks stay free at the end).
    int kObjects = (int)(kr_gc_mem_free() / 16) - 48;
    ASSERT_GT(kObjects, 4000);
    ASSERT_LT(kObjects, kMaxObjects);
    for (int i = 0; i < kObjects; ++i) {
        unsigned char *p = (unsigned char *)kr_gc_alloc_small(16, true, false);
        ASSERT_NE(p, nullptr);
        memset(p, 1 + i % 250, 16);
        keep[i] = (kr_value)p;
    }
    // Keep every fourth: holes of three blocks between the survivors.
    uintptr_t lowest = UINTPTR_MAX, highest = 0;
    for (int i = 0; i < kObjects; ++i) {
        if (i % 4) {
            keep[i] = 0;
            continue;
        }
        lowest = keep[i] < lowest ? keep[i] : lowest;
        highest = keep[i] > highest ? keep[i] : highest;
    }
    scrub_stack();
    kr_gc_collect();
    size_t in_holes = 0;
    uintptr_t last = 0;
    size_t backwards = 0;
    for (int i = 0; i < kObjects / 2; ++i) {
        uintptr_t p = (uintptr_t)kr_gc_alloc_small(16, true, false);
        ASSERT_NE(p, 0u);
        memset((void *)p, 0xEE, 16);
        if (p > lowest && p < highest) ++in_holes;
        if (p < last) ++backwards;
        last = p;
    }
    // Three quarters of the objects' blocks are free between the survivors:
    // half as many requests go there (all but the few dozen after the last
    // survivor), taken forward (a jump back only where a region search
    // restarted).
    EXPECT_GE(in_holes, (size_t)kObjects / 2 - 64);
    EXPECT_LE(backwards, 2u);
    for (int i = 0; i < kObjects; i += 4) {
        const unsigned char *p = (const unsigned char *)keep[i];
        ASSERT_EQ(kr_gc_usable_size(p), 16u);
        for (int j = 0; j < 16; ++j)
            ASSERT_EQ(p[j], 1 + i % 250) << "object " << i;
    }
    memset(keep, 0, sizeof keep);
    restore_heap();
}

} // namespace
