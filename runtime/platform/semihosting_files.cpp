//===- runtime/platform/semihosting_files.cpp - host files on bare metal --===//
//
// platform.h's file calls over semihosting: open(), read, write, seek, close,
// os.remove, os.rename and os.stat (size only) reach the files of the host
// that runs the firmware (QEMU's working directory; a debugger's host).
// Directories, the working directory and the environment keep the runtime's
// weak defaults (fileio_weak.cpp: OSError ENODEV). Errors are the host's
// errno (SYS_ERRNO), which on a Linux host matches the runtime's numbering.
//
//===----------------------------------------------------------------------===//
#include "oserror.h"
#include "platform/platform.h"
#include "platform/semihosting.h"

#include <string.h>

namespace {
/// Descriptors 0-2 are the console; files get kFirstFd and up.
constexpr int kFirstFd = 3;
constexpr int kMaxFiles = 16;

/// One open host file. Semihosting seeks only to absolute positions, so the
/// position is tracked here.
struct HostFile {
    uintptr_t handle;
    int64_t pos;
    bool open;
    bool append;
};
HostFile files[kMaxFiles];
/// The console's input (":tt" opened for reading), 0 until first read.
uintptr_t stdin_handle;

/// The host's errno of the last failed call, negated; EIO if it gives none.
int host_error() {
    int e = (int)kr_semihost_call(KR_SYS_ERRNO, 0);
    return e > 0 ? -e : -KR_EIO;
}

HostFile *lookup(int fd) {
    if (fd < kFirstFd || fd >= kFirstFd + kMaxFiles || !files[fd - kFirstFd].open) return nullptr;
    return &files[fd - kFirstFd];
}

/// Semihosting's fopen-style mode numbers, binary variants.
enum HostMode : uintptr_t {
    kRead = 1,         // "rb"
    kReadUpdate = 3,   // "r+b"
    kWrite = 5,        // "wb"
    kWriteUpdate = 7,  // "w+b"
    kAppend = 9,       // "ab"
    kAppendUpdate = 11 // "a+b"
};

/// Open `path` in `mode`: the host handle, or a negative errno.
int64_t host_open(const char *path, uintptr_t mode) {
    uintptr_t block[3] = {(uintptr_t)path, mode, strlen(path)};
    uintptr_t h = kr_semihost_call(KR_SYS_OPEN, (uintptr_t)block);
    return h == (uintptr_t)-1 ? host_error() : (int64_t)h;
}

void host_close(uintptr_t handle) {
    kr_semihost_call(KR_SYS_CLOSE, (uintptr_t)&handle);
}

/// The length of an open host file, or a negative errno.
int64_t host_length(uintptr_t handle) {
    intptr_t len = (intptr_t)kr_semihost_call(KR_SYS_FLEN, (uintptr_t)&handle);
    return len < 0 ? host_error() : len;
}
} // namespace

extern "C" {

/// Referenced from semihosting.cpp so that this file's definitions, not the
/// weak defaults, serve every firmware.
char kr_semihost_files_anchor;

int kr_platform_open(const char *path, int flags) {
    bool read = flags & KR_OPEN_READ, write = flags & (KR_OPEN_WRITE | KR_OPEN_APPEND);
    int slot = 0;
    while (slot < kMaxFiles && files[slot].open)
        ++slot;
    if (slot == kMaxFiles) return -KR_ENOBUFS;
    if (flags & KR_OPEN_EXCL) {
        int64_t h = host_open(path, kRead);
        if (h >= 0) {
            host_close((uintptr_t)h);
            return -KR_EEXIST;
        }
    }
    int64_t h;
    if (flags & KR_OPEN_APPEND)
        h = host_open(path, read ? kAppendUpdate : kAppend);
    else if (flags & KR_OPEN_TRUNC)
        h = host_open(path, read ? kWriteUpdate : kWrite);
    else if (write) {
        // Update without truncating; create the file when it is missing.
        h = host_open(path, kReadUpdate);
        if (h < 0 && (flags & KR_OPEN_CREATE)) h = host_open(path, read ? kWriteUpdate : kWrite);
    } else
        h = host_open(path, kRead);
    if (h < 0) return (int)h;
    files[slot] = {(uintptr_t)h, 0, true, (flags & KR_OPEN_APPEND) != 0};
    if (files[slot].append) {
        int64_t len = host_length((uintptr_t)h);
        files[slot].pos = len > 0 ? len : 0;
    }
    return kFirstFd + slot;
}

int64_t kr_platform_read(int fd, void *buf, size_t len) {
    uintptr_t handle;
    HostFile *f = nullptr;
    if (fd == 0) {
        if (!stdin_handle) {
            int64_t h = host_open(":tt", 0); // "r": the console's input
            if (h < 0) return h;
            stdin_handle = (uintptr_t)h;
        }
        handle = stdin_handle;
    } else {
        f = lookup(fd);
        if (!f) return -KR_EBADF;
        handle = f->handle;
    }
    uintptr_t block[3] = {handle, (uintptr_t)buf, len};
    // The result is the number of bytes NOT read.
    uintptr_t left = kr_semihost_call(KR_SYS_READ, (uintptr_t)block);
    if (left > len) return host_error();
    if (f) f->pos += (int64_t)(len - left);
    return (int64_t)(len - left);
}

int64_t kr_platform_write_fd(int fd, const void *buf, size_t len) {
    if (fd == 1 || fd == 2) {
        kr_platform_write(fd, (const char *)buf, len);
        return (int64_t)len;
    }
    HostFile *f = lookup(fd);
    if (!f) return -KR_EBADF;
    if (f->append) {
        // QEMU opens "a" modes without O_APPEND: every write goes to the end.
        int64_t end = host_length(f->handle);
        if (end < 0) return end;
        uintptr_t seek[2] = {f->handle, (uintptr_t)end};
        if ((intptr_t)kr_semihost_call(KR_SYS_SEEK, (uintptr_t)seek) < 0) return host_error();
        f->pos = end;
    }
    uintptr_t block[3] = {f->handle, (uintptr_t)buf, len};
    uintptr_t left = kr_semihost_call(KR_SYS_WRITE, (uintptr_t)block);
    if (left > len) return host_error();
    f->pos += (int64_t)(len - left);
    return (int64_t)(len - left);
}

int64_t kr_platform_seek(int fd, int64_t offset, int whence) {
    HostFile *f = lookup(fd);
    if (!f) return fd >= 0 && fd < kFirstFd ? -KR_EINVAL : -KR_EBADF;
    int64_t base = 0;
    if (whence == 1)
        base = f->pos;
    else if (whence == 2) {
        base = host_length(f->handle);
        if (base < 0) return base;
    } else if (whence != 0)
        return -KR_EINVAL;
    int64_t pos = base + offset;
    if (pos < 0) return -KR_EINVAL;
    uintptr_t block[2] = {f->handle, (uintptr_t)pos};
    if ((intptr_t)kr_semihost_call(KR_SYS_SEEK, (uintptr_t)block) < 0) return host_error();
    f->pos = pos;
    return pos;
}

int kr_platform_close(int fd) {
    HostFile *f = lookup(fd);
    if (!f) return -KR_EBADF;
    host_close(f->handle);
    f->open = false;
    return 0;
}

int kr_platform_remove(const char *path) {
    uintptr_t block[2] = {(uintptr_t)path, strlen(path)};
    return kr_semihost_call(KR_SYS_REMOVE, (uintptr_t)block) == 0 ? 0 : host_error();
}

int kr_platform_rename(const char *from, const char *to) {
    uintptr_t block[4] = {(uintptr_t)from, strlen(from), (uintptr_t)to, strlen(to)};
    return kr_semihost_call(KR_SYS_RENAME, (uintptr_t)block) == 0 ? 0 : host_error();
}

int kr_platform_stat(const char *path, struct kr_platform_stat_result *out) {
    // Semihosting knows files only: an openable path is a regular file.
    int64_t h = host_open(path, kRead);
    if (h < 0) return (int)h;
    int64_t len = host_length((uintptr_t)h);
    host_close((uintptr_t)h);
    if (len < 0) return (int)len;
    memset(out, 0, sizeof *out);
    out->mode = 0100644; // S_IFREG | rw-r--r--
    out->nlink = 1;
    out->size = len;
    return 0;
}

} // extern "C"
