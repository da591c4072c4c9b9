//===- runtime/platform/linux.cpp - hosted x86-64 Linux platform ----------===//
//
// The only runtime file that talks to the OS: console output, exit, the
// clock, and heap arenas from anonymous mmap.
//
//===----------------------------------------------------------------------===//
#include "platform/platform.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

namespace {
/// The first arena; the heap then doubles as live data grows.
constexpr size_t kFirstArenaBytes = 1u << 20;
constexpr size_t kPage = 4096;

/// Bytes mapped for the heap so far.
size_t heap_mapped = 0;

/// The most heap the program may map: $KRAIT_HEAP_MAX bytes if set, else
/// half the physical memory, so a runaway program gets MemoryError rather
/// than the OOM killer.
size_t heap_limit() {
    static size_t limit = 0;
    if (limit) return limit;
    const char *env = getenv("KRAIT_HEAP_MAX");
    if (env && *env) limit = (size_t)strtoull(env, nullptr, 10);
    if (!limit) {
        long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
        limit = pages > 0 && page > 0 ? (size_t)pages * (size_t)page / 2 : (size_t)1 << 32;
    }
    return limit;
}
} // namespace

extern "C" {

// Bounds of static data, defined by the C start files and the linker.
extern char __data_start[];
extern char _end[];

void kr_platform_write(int fd, const char *bytes, size_t len) {
    while (len) {
        ssize_t n = write(fd, bytes, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            return; // nowhere to report a failing console
        }
        bytes += n;
        len -= (size_t)n;
    }
}

void kr_platform_exit(int status) {
    _exit(status);
}

uint64_t kr_platform_ticks_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

uint64_t kr_platform_ticks_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

uint64_t kr_platform_time_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void kr_platform_sleep_us(uint64_t us) {
    struct timespec ts = {(time_t)(us / 1000000u), (long)(us % 1000000u) * 1000};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

bool kr_platform_isatty(int fd) {
    return isatty(fd) == 1;
}

void *kr_platform_heap_grow(size_t min_bytes, size_t *size) {
    size_t bytes = (min_bytes + kPage - 1) & ~(kPage - 1);
    if (heap_mapped + bytes > heap_limit()) return nullptr;
    void *p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return nullptr;
    heap_mapped += bytes;
    *size = bytes;
    return p;
}

bool kr_platform_heap_region(void **start, size_t *size) {
    *start = kr_platform_heap_grow(kFirstArenaBytes, size);
    return *start != nullptr;
}

void kr_platform_static_roots(uintptr_t *start, uintptr_t *end) {
    *start = (uintptr_t)__data_start;
    *end = (uintptr_t)_end;
}

} // extern "C"

/// Local time's offset from UTC at `secs`, from the C library's time zone.
extern "C" int64_t kr_platform_utc_offset(int64_t secs) {
    time_t t = (time_t)secs;
    struct tm local;
    if (!localtime_r(&t, &local)) return 0;
    return local.tm_gmtoff;
}
