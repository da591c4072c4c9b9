//===- runtime/fileio_weak.cpp - file and OS defaults for bare metal ------===//
//
// Weak definitions of platform.h's file and OS functions for targets
// without a file system: every call fails with ENODEV, so open(), os and
// input() raise OSError. Hosted Linux defines them in
// platform/linux_files.cpp instead; this file is empty there, because a
// weak definition earlier in the archive would keep the linker from
// pulling in the real ones.
//
//===----------------------------------------------------------------------===//
#include "oserror.h"
#include "platform/platform.h"

#if !defined(__linux__)

#define KR_WEAK __attribute__((weak))

extern "C" {
KR_WEAK int kr_platform_open(const char *, int) {
    return -KR_ENODEV;
}
KR_WEAK int64_t kr_platform_read(int, void *, size_t) {
    return -KR_ENODEV;
}
KR_WEAK int64_t kr_platform_write_fd(int, const void *, size_t) {
    return -KR_ENODEV;
}
KR_WEAK int64_t kr_platform_seek(int, int64_t, int) {
    return -KR_ENODEV;
}
KR_WEAK int kr_platform_close(int) {
    return -KR_ENODEV;
}
KR_WEAK int kr_platform_remove(const char *) {
    return -KR_ENODEV;
}
KR_WEAK int kr_platform_rename(const char *, const char *) {
    return -KR_ENODEV;
}
KR_WEAK int kr_platform_mkdir(const char *) {
    return -KR_ENODEV;
}
KR_WEAK int kr_platform_rmdir(const char *) {
    return -KR_ENODEV;
}
KR_WEAK int kr_platform_chdir(const char *) {
    return -KR_ENODEV;
}
KR_WEAK int kr_platform_getcwd(char *, size_t) {
    return -KR_ENODEV;
}
KR_WEAK int kr_platform_stat(const char *, struct kr_platform_stat_result *) {
    return -KR_ENODEV;
}
KR_WEAK int kr_platform_listdir(const char *, bool (*)(void *, const char *, bool), void *) {
    return -KR_ENODEV;
}
KR_WEAK const char *kr_platform_getenv(const char *) {
    return nullptr;
}
KR_WEAK int kr_platform_setenv(const char *, const char *) {
    return -KR_ENODEV;
}
KR_WEAK int kr_platform_urandom(void *, size_t) {
    return -KR_ENODEV;
}
KR_WEAK int kr_platform_system(const char *) {
    return -KR_ENODEV;
}
}

#endif // !__linux__
