//===- runtime/platform/linux_files.cpp - files and the OS on Linux -------===//
//
// The hosted implementation of platform.h's file and OS functions: thin
// wrappers over POSIX calls returning -errno on failure.
//
//===----------------------------------------------------------------------===//
#include "platform/platform.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
/// The result of a call returning 0 / -1 with errno.
int status(int r) {
    return r < 0 ? -errno : r;
}
} // namespace

extern "C" {

int kr_platform_open(const char *path, int flags) {
    int oflags = O_CLOEXEC;
    bool rd = flags & KR_OPEN_READ, wr = flags & KR_OPEN_WRITE;
    oflags |= rd && wr ? O_RDWR : wr ? O_WRONLY : O_RDONLY;
    if (flags & KR_OPEN_CREATE) oflags |= O_CREAT;
    if (flags & KR_OPEN_TRUNC) oflags |= O_TRUNC;
    if (flags & KR_OPEN_APPEND) oflags |= O_APPEND;
    if (flags & KR_OPEN_EXCL) oflags |= O_EXCL;
    int fd;
    do {
        fd = open(path, oflags, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) return -errno;
    // Opening a directory succeeds for reading on Linux; Python refuses it.
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return -EISDIR;
    }
    return fd;
}

int64_t kr_platform_read(int fd, void *buf, size_t len) {
    ssize_t n;
    do {
        n = read(fd, buf, len);
    } while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : n;
}

int64_t kr_platform_write_fd(int fd, const void *buf, size_t len) {
    ssize_t n;
    do {
        n = write(fd, buf, len);
    } while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : n;
}

int64_t kr_platform_seek(int fd, int64_t offset, int whence) {
    off_t r = lseek(fd, (off_t)offset, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
    return r < 0 ? -errno : (int64_t)r;
}

int kr_platform_close(int fd) {
    return status(close(fd));
}

int kr_platform_remove(const char *path) {
    return status(unlink(path));
}

int kr_platform_rename(const char *from, const char *to) {
    return status(rename(from, to));
}

int kr_platform_mkdir(const char *path) {
    return status(mkdir(path, 0777));
}

int kr_platform_rmdir(const char *path) {
    return status(rmdir(path));
}

int kr_platform_chdir(const char *path) {
    return status(chdir(path));
}

int kr_platform_getcwd(char *buf, size_t size) {
    return getcwd(buf, size) ? 0 : -errno;
}

int kr_platform_stat(const char *path, struct kr_platform_stat_result *out) {
    struct stat st;
    if (stat(path, &st) < 0) return -errno;
    out->mode = st.st_mode;
    out->ino = st.st_ino;
    out->dev = st.st_dev;
    out->nlink = st.st_nlink;
    out->uid = st.st_uid;
    out->gid = st.st_gid;
    out->size = st.st_size;
    out->atime = st.st_atime;
    out->mtime = st.st_mtime;
    out->ctime = st.st_ctime;
    return 0;
}

int kr_platform_listdir(const char *path, bool (*fn)(void *ctx, const char *name, bool is_dir),
                        void *ctx) {
    DIR *dir = opendir(path);
    if (!dir) return -errno;
    int result = 0;
    errno = 0;
    while (struct dirent *e = readdir(dir)) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        if (!fn(ctx, e->d_name, e->d_type == DT_DIR)) break;
        errno = 0;
    }
    if (errno) result = -errno;
    closedir(dir);
    return result;
}

const char *kr_platform_getenv(const char *name) {
    return getenv(name);
}

int kr_platform_setenv(const char *name, const char *value) {
    return status(value ? setenv(name, value, 1) : unsetenv(name));
}

int kr_platform_urandom(void *buf, size_t len) {
    uint8_t *p = (uint8_t *)buf;
    while (len) {
        ssize_t n = getrandom(p, len, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -errno;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

int kr_platform_system(const char *command) {
    int r = system(command);
    return r < 0 ? -errno : r;
}

} // extern "C"
