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

//===--- Files and the OS (hosted targets) ---------------------------------===//
//
// Used by open(), io, os and input(). Hosted Linux implements them in
// platform/linux_files.cpp; elsewhere the runtime's weak defaults
// (fileio_weak.cpp) fail with -KR_ENODEV, so these raise OSError. Functions
// returning int or int64_t return a negative errno (Linux numbering,
// runtime/oserror.h) on failure.

/// kr_platform_open flags.
enum kr_open_flags {
    KR_OPEN_READ = 1,
    KR_OPEN_WRITE = 2,
    KR_OPEN_CREATE = 4,
    KR_OPEN_TRUNC = 8,
    KR_OPEN_APPEND = 16,
    KR_OPEN_EXCL = 32,
};

/// Open a file: a descriptor >= 0.
int kr_platform_open(const char *path, int flags);
/// Read up to len bytes (0 at end of file). fd 0 is the console's stdin.
int64_t kr_platform_read(int fd, void *buf, size_t len);
/// Write up to len bytes: the count written.
int64_t kr_platform_write_fd(int fd, const void *buf, size_t len);
/// Move the position (whence 0 start, 1 current, 2 end): the new position.
int64_t kr_platform_seek(int fd, int64_t offset, int whence);
int kr_platform_close(int fd);
int kr_platform_remove(const char *path);
int kr_platform_rename(const char *from, const char *to);
int kr_platform_mkdir(const char *path);
int kr_platform_rmdir(const char *path);
int kr_platform_chdir(const char *path);
/// The working directory into buf (NUL-terminated); -KR_ERANGE when too small.
int kr_platform_getcwd(char *buf, size_t size);

/// What os.stat reports.
struct kr_platform_stat_result {
    uint32_t mode;
    uint64_t ino, dev, nlink;
    uint32_t uid, gid;
    int64_t size, atime, mtime, ctime;
};
int kr_platform_stat(const char *path, struct kr_platform_stat_result *out);
/// Call fn(ctx, name, is_dir) for each entry of a directory but . and ..;
/// stops early (returning 0) when fn returns false.
int kr_platform_listdir(const char *path, bool (*fn)(void *ctx, const char *name, bool is_dir),
                        void *ctx);
/// An environment variable's value, or null.
const char *kr_platform_getenv(const char *name);
/// Set (value non-null) or remove an environment variable.
int kr_platform_setenv(const char *name, const char *value);
/// Fill buf with len bytes from the OS's random source: 0 or -errno.
int kr_platform_urandom(void *buf, size_t len);
/// Run a shell command: its wait status, or -errno.
int kr_platform_system(const char *command);

} // extern "C"

#endif // KRAIT_RUNTIME_PLATFORM_PLATFORM_H
