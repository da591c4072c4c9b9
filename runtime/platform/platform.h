//===- runtime/platform/platform.h - what the runtime needs of a host -*- C++ -*-===//
//
// The only OS-facing surface of the runtime. Each target provides these
// functions: runtime/platform/linux.cpp for hosted x86-64 Linux, the targets/
// layer for bare metal (semihosting console, a linker-chosen heap).
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_PLATFORM_PLATFORM_H
#define KRAIT_RUNTIME_PLATFORM_PLATFORM_H

#include <stddef.h>
#include <stdint.h>

extern "C" {

/// Write bytes to the console: fd 1 is stdout, fd 2 is stderr. Unbuffered;
/// the runtime buffers stdout itself.
void kr_platform_write(int fd, const char *bytes, size_t len);

/// End the process (or halt the board) with `status`. Never returns.
[[noreturn]] void kr_platform_exit(int status);

/// A monotonic millisecond clock (wraps on overflow).
uint64_t kr_platform_ticks_ms(void);

/// A monotonic microsecond clock. Optional: the runtime's weak default
/// derives it from kr_platform_ticks_ms.
uint64_t kr_platform_ticks_us(void);

/// Wall-clock time in nanoseconds since the Unix epoch, or since start-up
/// where the target has no calendar clock. Optional (weak default: the
/// monotonic clock).
uint64_t kr_platform_time_ns(void);

/// Sleep for `us` microseconds. Optional (weak default: busy-wait on the
/// monotonic clock).
void kr_platform_sleep_us(uint64_t us);

/// True when fd 1 or 2 is an interactive terminal: stdout is then flushed at
/// every newline. Optional (weak default: false).
bool kr_platform_isatty(int fd);

/// The heap the runtime starts with: sets *start and *size. A fixed region
/// from the linker on bare metal; a first arena on hosted targets. Returns
/// false when there is none.
bool kr_platform_heap_region(void **start, size_t *size);

/// Ask for another heap region of at least `min_bytes`. Returns its start and
/// sets *size, or returns null when the heap cannot grow (bare metal).
void *kr_platform_heap_grow(size_t min_bytes, size_t *size);

/// The range of static data (.data and .bss) the collector scans
/// conservatively, so runtime caches in static variables stay alive. Sets
/// both to 0 when the platform cannot tell (then only registered roots count).
void kr_platform_static_roots(uintptr_t *start, uintptr_t *end);

} // extern "C"

#endif // KRAIT_RUNTIME_PLATFORM_PLATFORM_H
