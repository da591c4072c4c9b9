//===- gc_test.cpp - the mark-sweep collector -----------------------------===//
#include "runtime_test.h"

#include <gtest/gtest.h>

#include <string.h>

namespace {

/// Allocate `n` lists that become garbage at once.
__attribute__((noinline)) void make_garbage(size_t n) {
    for (size_t i = 0; i < n; ++i)
        ASSERT_NE(kr_list_new(4), 0u);
}

/// Allocate one big block and drop it.
__attribute__((noinline)) void drop_big_block(size_t bytes) {
    void *p = kr_gc_alloc(bytes);
    ASSERT_NE(p, nullptr);
    memset(p, 0x5a, 64);
}

/// Overwrite the stack below the caller so no stale copies of pointers from
/// earlier calls stay in scanned frames.
__attribute__((noinline)) void scrub_stack() {
    volatile char buf[16384];
    for (size_t i = 0; i < sizeof buf; ++i)
        buf[i] = 0;
}

TEST(Gc, AllocationIsZeroedAndAligned) {
    for (size_t size : {1u, 15u, 16u, 17u, 100u, 4096u}) {
        unsigned char *p = (unsigned char *)kr_gc_alloc(size);
        ASSERT_NE(p, nullptr);
        EXPECT_EQ((uintptr_t)p % KR_GC_BLOCK_BYTES, 0u);
        for (size_t i = 0; i < size; ++i)
            ASSERT_EQ(p[i], 0) << "size " << size << " byte " << i;
        EXPECT_GE(kr_gc_usable_size(p), size);
    }
}

TEST(Gc, GarbageIsReclaimedAndHeapStaysBounded) {
    SKIP_UNDER_GC_STRESS();
    kr_gc_collect();
    size_t heap = kr_gc_mem_alloc() + kr_gc_mem_free();
    // Far more than the heap holds: collections must recycle the blocks.
    make_garbage(200000);
    size_t heap_after = kr_gc_mem_alloc() + kr_gc_mem_free();
    EXPECT_LE(heap_after, heap * 2 + (1u << 20));
    EXPECT_GT(kr_gc_collections(), 0u);
}

TEST(Gc, UnreachableBigBlocksAreFreed) {
    SKIP_UNDER_GC_STRESS();
    kr_gc_collect();
    size_t before = kr_gc_mem_alloc();
    // Several, so one stale copy of a pointer in a dead stack slot (the scan
    // is conservative) cannot make the test fail. Collection is off while
    // they are made: the growth policy would collect after every one or two.
    kr_gc_enable(false);
    for (int i = 0; i < 8; ++i)
        drop_big_block(4u << 20);
    kr_gc_enable(true);
    scrub_stack();
    EXPECT_GE(kr_gc_mem_alloc(), before + (16u << 20));
    kr_gc_collect();
    EXPECT_LE(kr_gc_mem_alloc(), before + (8u << 20) + 4096);
}

TEST(Gc, ReachableObjectsSurvive) {
    SKIP_UNDER_GC_STRESS();
    // A chain of lists reachable only from the first.
    kr_value head = kr_list_new(1);
    kr_value cur = head;
    for (int i = 0; i < 1000; ++i) {
        kr_value next = kr_list_new(1);
        ASSERT_NE(next, 0u);
        size_t n;
        kr_list_items(cur, &n)[0] = next;
        cur = next;
    }
    size_t len;
    kr_list_items(cur, &len)[0] = I(42);
    cur = 0;
    make_garbage(50000);
    kr_gc_collect();
    cur = head;
    for (int i = 0; i < 1000; ++i) {
        size_t n;
        cur = kr_list_items(cur, &n)[0];
        ASSERT_TRUE(kr_gc_is_heap_ptr((void *)cur));
    }
    size_t n;
    EXPECT_EQ(kr_list_items(cur, &n)[0], I(42));
}

TEST(Gc, WideGraphsSurviveMarkStackOverflow) {
    SKIP_UNDER_GC_STRESS();
    // 20000 children of one list overflow the mark stack: the collector must
    // rescan and still reach the grandchildren.
    constexpr size_t kWidth = 20000;
    kr_value outer = kr_list_new(kWidth);
    ASSERT_NE(outer, 0u);
    for (size_t i = 0; i < kWidth; ++i) {
        kr_value leaf = kr_int_from_i64((int64_t)i);
        kr_value inner = kr_build_list(1, &leaf);
        ASSERT_NE(inner, 0u);
        size_t n;
        kr_list_items(outer, &n)[i] = inner;
        kr_value text = kr_str_new("grandchild", 10);
        kr_list_append(inner, text);
    }
    make_garbage(100000);
    kr_gc_collect();
    size_t n;
    kr_value *items = kr_list_items(outer, &n);
    ASSERT_EQ(n, kWidth);
    for (size_t i = 0; i < kWidth; i += 997)
        EXPECT_EQ(repr(items[i]), "[" + std::to_string(i) + ", 'grandchild']");
    EXPECT_EQ(repr(items[kWidth - 1]), "[19999, 'grandchild']");
}

TEST(Gc, InteriorPointerKeepsObjectAlive) {
    SKIP_UNDER_GC_STRESS();
    char *p = (char *)kr_gc_alloc(1000);
    ASSERT_NE(p, nullptr);
    memset(p, 0x33, 1000);
    // Keep only a pointer into the middle (as optimised code may).
    volatile uintptr_t interior = (uintptr_t)p + 517;
    p = nullptr;
    make_garbage(50000);
    kr_gc_collect();
    char *q = (char *)(interior - 517);
    ASSERT_TRUE(kr_gc_is_heap_ptr(q));
    for (int i = 0; i < 1000; ++i)
        ASSERT_EQ(q[i], 0x33);
    // The block is still allocated as one object: a new allocation may not
    // overlap it.
    for (int i = 0; i < 1000; ++i) {
        char *r = (char *)kr_gc_alloc(32);
        ASSERT_TRUE(r + 32 <= q || r >= q + 1000);
    }
}

TEST(Gc, RegisteredRootsKeepObjectsAlive) {
    SKIP_UNDER_GC_STRESS();
    static kr_value roots[2];
    kr_gc_add_roots(roots, 2);
    roots[1] = kr_str_new("kept alive by a root", 20);
    make_garbage(50000);
    kr_gc_collect();
    EXPECT_EQ(str(roots[1]), "kept alive by a root");
}

TEST(Gc, ReallocGrowsAndKeepsContents) {
    char *p = (char *)kr_gc_alloc_atomic(16);
    memcpy(p, "0123456789abcde", 16);
    p = (char *)kr_gc_realloc(p, 5000);
    ASSERT_NE(p, nullptr);
    EXPECT_STREQ(p, "0123456789abcde");
    EXPECT_EQ(p[4999], 0);
    p = (char *)kr_gc_realloc(p, 20);
    EXPECT_STREQ(p, "0123456789abcde");
}

TEST(Gc, DisableStopsCollection) {
    SKIP_UNDER_GC_STRESS();
    kr_gc_collect();
    size_t before = kr_gc_collections();
    kr_gc_enable(false);
    EXPECT_FALSE(kr_gc_is_enabled());
    make_garbage(100000);
    EXPECT_EQ(kr_gc_collections(), before);
    kr_gc_enable(true);
    kr_gc_collect();
    EXPECT_EQ(kr_gc_collections(), before + 1);
}

TEST(Gc, ThresholdCollectsEarly) {
    SKIP_UNDER_GC_STRESS();
    kr_gc_set_threshold(4096);
    EXPECT_EQ(kr_gc_threshold(), 4096);
    size_t before = kr_gc_collections();
    make_garbage(1000);
    EXPECT_GT(kr_gc_collections(), before + 5);
    kr_gc_set_threshold(-1);
    EXPECT_EQ(kr_gc_threshold(), -1);
}

TEST(Gc, MemoryErrorOnExhaustedFixedHeap) {
    SKIP_UNDER_GC_STRESS();
    alignas(16) static char heap[64 * 1024];
    kr_gc_init_region(test_stack_base, heap, sizeof heap, false);
    kr_init_core();
    // Keep everything reachable from one list so nothing can be freed.
    kr_value keep = kr_list_new(0);
    ASSERT_NE(keep, 0u);
    bool raised = false;
    for (int i = 0; i < 100000; ++i) {
        kr_value item = kr_list_new(8);
        if (!item || !kr_list_append(keep, item)) {
            raised = true;
            break;
        }
    }
    EXPECT_TRUE(raised);
    EXPECT_TRUE(kr_exc_pending_is(&kr_type_MemoryError));
    // MicroPython's message names the failed request's size (which request
    // fails depends on the heap layout).
    EXPECT_EQ(take_error().rfind("MemoryError: memory allocation failed, allocating ", 0), 0u);
    keep = 0;
    // A big request fails cleanly too.
    EXPECT_EQ(kr_gc_alloc(1u << 20), nullptr);
    EXPECT_TRUE(kr_exc_pending_is(&kr_type_MemoryError));
    take_error();
    // Back to the normal growable heap for the other tests.
    kr_gc_init(test_stack_base);
    kr_init_core();
}

TEST(Gc, FreedRunIsReusedBeforeTheNextCollection) {
    SKIP_UNDER_GC_STRESS();
    char *p = (char *)kr_gc_alloc(400);
    ASSERT_NE(p, nullptr);
    size_t collections = kr_gc_collections();
    kr_gc_free(p);
    // The freed run serves the next requests, split front to back.
    char *q = (char *)kr_gc_alloc(100);
    char *r = (char *)kr_gc_alloc(100);
    ASSERT_EQ(kr_gc_collections(), collections);
    EXPECT_EQ(q, p);
    EXPECT_EQ(r, p + 112); // 100 bytes take 7 blocks
    EXPECT_EQ(q[99], 0);   // and comes back zeroed
}

/// Allocate 16-byte blocks, each pointing at the previous one, until the heap
/// is exhausted; returns how many were allocated.
__attribute__((noinline)) size_t fill_with_chain(kr_value *root) {
    size_t count = 0;
    for (;;) {
        kr_value *cell = (kr_value *)kr_gc_alloc(16);
        if (!cell) return count;
        cell[0] = *root;
        *root = (kr_value)cell;
        ++count;
    }
}

TEST(Gc, ExhaustedFixedHeapHasNoFreeBlockLeft) {
    SKIP_UNDER_GC_STRESS();
    alignas(16) static char heap[32 * 1024];
    kr_gc_init_region(test_stack_base, heap, sizeof heap, false);
    kr_init_core();
    static kr_value chain[1];
    kr_gc_add_roots(chain, 1);
    // Kept single blocks between garbage runs of three blocks: after a
    // collection the free space is holes of every size.
    for (int i = 0; i < 250; ++i) {
        kr_value *cell = (kr_value *)kr_gc_alloc(16);
        ASSERT_NE(cell, nullptr);
        cell[0] = chain[0];
        chain[0] = (kr_value)cell;
        ASSERT_NE(kr_gc_alloc_atomic(48), nullptr);
        if (i % 7 == 0) ASSERT_NE(kr_gc_alloc_atomic(200), nullptr);
    }
    kr_gc_collect();
    size_t free_blocks = kr_gc_mem_free() / KR_GC_BLOCK_BYTES;
    size_t got = fill_with_chain(chain);
    EXPECT_TRUE(kr_exc_pending_is(&kr_type_MemoryError));
    take_error();
    // Single-block requests fail only when no block at all is free.
    EXPECT_EQ(kr_gc_mem_free(), 0u);
    EXPECT_GE(got, free_blocks - 64); // stale stack words may keep a little garbage
    chain[0] = 0;
    kr_gc_init(test_stack_base);
    kr_init_core();
}

/// A byte pattern that identifies slot i holding `size` bytes.
unsigned char slot_tag(size_t i, size_t size) {
    return (unsigned char)(i * 31 + size * 7 + 1);
}

TEST(Gc, MixedSizesFreesAndReallocsNeverOverlap) {
    SKIP_UNDER_GC_STRESS();
    alignas(16) static char heap[128 * 1024];
    kr_gc_init_region(test_stack_base, heap, sizeof heap, false);
    kr_init_core();
    constexpr size_t kSlots = 64;
    static kr_value slots[kSlots];
    static size_t sizes[kSlots];
    memset(slots, 0, sizeof slots);
    kr_gc_add_roots(slots, kSlots);
    auto check = [](size_t i) {
        const unsigned char *p = (const unsigned char *)slots[i];
        if (!p) return true;
        for (size_t k = 0; k < sizes[i]; ++k)
            if (p[k] != slot_tag(i, sizes[i])) return false;
        return kr_gc_usable_size(p) >= sizes[i];
    };
    uint32_t rng = 12345;
    size_t collections = kr_gc_collections();
    for (int iter = 0; iter < 30000; ++iter) {
        rng = rng * 1103515245u + 12345u;
        size_t i = (rng >> 8) % kSlots;
        ASSERT_TRUE(check(i)) << "slot " << i << " at step " << iter;
        unsigned op = (rng >> 20) % 4;
        size_t size = 1 + (rng >> 4) % (op == 0 ? 600 : 60);
        void *p = (void *)slots[i];
        if (op == 1 && p) {
            kr_gc_free(p);
            slots[i] = 0;
            continue;
        }
        if (op == 2 && p)
            p = kr_gc_realloc(p, size);
        else
            p = kr_gc_alloc_atomic(size);
        ASSERT_NE(p, nullptr) << take_error();
        memset(p, slot_tag(i, size), size);
        slots[i] = (kr_value)p;
        sizes[i] = size;
    }
    EXPECT_GT(kr_gc_collections(), collections); // the heap was recycled
    kr_gc_collect();
    for (size_t i = 0; i < kSlots; ++i)
        EXPECT_TRUE(check(i)) << "slot " << i;
    memset(slots, 0, sizeof slots);
    kr_gc_init(test_stack_base);
    kr_init_core();
}

constexpr size_t kSweepSlots = 1500;
kr_value sweep_slots[kSweepSlots];
size_t sweep_sizes[kSweepSlots];

/// Fill the empty slots with objects of random lengths (in a frame of its
/// own, so no pointer stays behind in the test's registers).
__attribute__((noinline)) void fill_sweep_slots(uint32_t &rng) {
    for (size_t i = 0; i < kSweepSlots; ++i) {
        if (sweep_slots[i]) continue;
        rng = rng * 1103515245u + 12345u;
        // Mostly small objects, some of several table words.
        size_t blocks = (rng >> 28) == 0 ? 1 + (rng >> 8) % 90 : 1 + (rng >> 8) % 6;
        size_t size = blocks * 16 - (rng >> 4) % 16;
        void *p = (rng >> 16) & 1 ? kr_gc_alloc(size) : kr_gc_alloc_atomic(size);
        ASSERT_NE(p, nullptr) << take_error();
        memset(p, slot_tag(i, size), size);
        sweep_slots[i] = (kr_value)p;
        sweep_sizes[i] = size;
    }
}

/// Drop about half of the slots; returns the bytes the rest hold.
__attribute__((noinline)) size_t drop_sweep_slots(uint32_t &rng) {
    size_t kept = 0;
    for (size_t i = 0; i < kSweepSlots; ++i) {
        rng = rng * 1103515245u + 12345u;
        if ((rng >> 12) & 1)
            sweep_slots[i] = 0;
        else
            kept += (sweep_sizes[i] + 15) / 16 * 16;
    }
    return kept;
}

/// The sweep handles a table word at a time (gc_collect.cpp): objects of
/// every length, kept or dropped at random, next to each other and across
/// word boundaries. Each survivor keeps its bytes and exact size, and the
/// heap's count of allocated bytes is exactly what survives.
TEST(Gc, SweepFreesExactlyTheDroppedObjects) {
    SKIP_UNDER_GC_STRESS();
    alignas(16) static char heap[512 * 1024];
    kr_gc_init_region(test_stack_base, heap, sizeof heap, false);
    kr_init_core();
    memset(sweep_slots, 0, sizeof sweep_slots);
    kr_gc_add_roots(sweep_slots, kSweepSlots);
    kr_gc_collect();
    size_t base = kr_gc_mem_alloc();
    uint32_t rng = 987654321;
    for (int round = 0; round < 4; ++round) {
        fill_sweep_slots(rng);
        size_t kept = drop_sweep_slots(rng);
        scrub_stack();
        // Twice: the second sweep sees only survivors, unmarked by the first.
        for (int c = 0; c < 2; ++c) {
            kr_gc_collect();
            EXPECT_EQ(kr_gc_mem_alloc(), base + kept) << "round " << round;
            for (size_t i = 0; i < kSweepSlots; ++i) {
                const unsigned char *p = (const unsigned char *)sweep_slots[i];
                if (!p) continue;
                size_t size = sweep_sizes[i];
                ASSERT_EQ(kr_gc_usable_size(p), (size + 15) / 16 * 16) << "slot " << i;
                for (size_t k = 0; k < size; ++k)
                    ASSERT_EQ(p[k], slot_tag(i, size)) << "slot " << i << " byte " << k;
            }
        }
    }
    memset(sweep_slots, 0, sizeof sweep_slots);
    kr_gc_init(test_stack_base);
    kr_init_core();
}

TEST(Gc, GcModule) {
    kr_value gc = kr_import(S("gc"));
    ASSERT_NE(gc, 0u) << take_error();
    EXPECT_EQ(repr(gc), "<module 'gc'>");
    EXPECT_EQ(call(kr_getattr(gc, S("collect")), {}), kr_val(&kr_None));
    EXPECT_EQ(call(kr_getattr(gc, S("isenabled")), {}), kr_bool(true));
    call(kr_getattr(gc, S("disable")), {});
    EXPECT_EQ(call(kr_getattr(gc, S("isenabled")), {}), kr_bool(false));
    call(kr_getattr(gc, S("enable")), {});
    kr_value free_bytes = call(kr_getattr(gc, S("mem_free")), {});
    kr_value alloc_bytes = call(kr_getattr(gc, S("mem_alloc")), {});
    int64_t f = 0, a = 0;
    ASSERT_TRUE(kr_int_to_i64(free_bytes, &f));
    ASSERT_TRUE(kr_int_to_i64(alloc_bytes, &a));
    EXPECT_GT(f, 0);
    EXPECT_GT(a, 0);
    EXPECT_EQ(str(call(kr_getattr(gc, S("threshold")), {})), "-1");
    call(kr_getattr(gc, S("threshold")), {I(100000)});
    EXPECT_EQ(str(call(kr_getattr(gc, S("threshold")), {})), "100000");
    call(kr_getattr(gc, S("threshold")), {I(-1)});
    // The module is cached.
    EXPECT_EQ(kr_import(S("gc")), gc);
    EXPECT_EQ(kr_import(S("nosuchmodule")), 0u);
    EXPECT_EQ(take_error(), "ImportError: no module named 'nosuchmodule'");
}

} // namespace
