//===- runtime/platform/semihosting.cpp - bare-metal platform layer -------===//
//
// The platform functions of platform.h for bare-metal targets: console and
// exit through semihosting, the clock from the host's SYS_CLOCK, and the heap
// the linker script reserves between the static data and the stack.
//
//===----------------------------------------------------------------------===//
#include "platform/semihosting.h"
#include "platform/platform.h"

extern "C" {
// Defined in semihosting_files.cpp; referenced so the firmware link always
// loads that file, whose strong definitions replace the weak defaults.
extern char kr_semihost_files_anchor;
__attribute__((used)) char *const kr_semihost_files_ref = &kr_semihost_files_anchor;

// Bounds the linker script defines (targets/*.ld).
extern char __data_start[];
extern char __bss_end[];
extern char __heap_start[];
extern char __heap_end[];
}

#if defined(__arm__)
extern "C" uintptr_t kr_semihost_call(uintptr_t op, uintptr_t arg) {
    register uintptr_t r0 __asm__("r0") = op;
    register uintptr_t r1 __asm__("r1") = arg;
    // M-profile cores trap semihosting through BKPT 0xAB.
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}
#elif defined(__riscv)
// The RISC-V semihosting trap: EBREAK between two marker instructions, all
// uncompressed and within one page (hence the alignment).
__asm__(".section .text.kr_semihost_call,\"ax\",@progbits\n"
        ".globl kr_semihost_call\n"
        ".type kr_semihost_call, @function\n"
        ".balign 16\n"
        "kr_semihost_call:\n"
        ".option push\n"
        ".option norvc\n"
        "    slli x0, x0, 0x1f\n"
        "    ebreak\n"
        "    srai x0, x0, 7\n"
        ".option pop\n"
        "    ret\n"
        ".size kr_semihost_call, . - kr_semihost_call\n");
#else
#error "semihosting: unsupported architecture"
#endif

namespace {
/// Host handles of ":tt" opened for stdout and stderr; 0 until first use.
uintptr_t console_handle[3];

/// The host handle for fd 1 or 2. QEMU maps ":tt" opened for writing ("w",
/// mode 4) to its stdout and for appending ("a", mode 8) to its stderr.
uintptr_t console(int fd) {
    if (fd != 2) fd = 1;
    if (!console_handle[fd]) {
        static const char tt[] = ":tt";
        uintptr_t block[3] = {(uintptr_t)tt, fd == 2 ? 8u : 4u, sizeof tt - 1};
        uintptr_t h = kr_semihost_call(KR_SYS_OPEN, (uintptr_t)block);
        // A failed open (-1) leaves the handle unset: output is dropped.
        if (h == (uintptr_t)-1) return (uintptr_t)-1;
        console_handle[fd] = h;
    }
    return console_handle[fd];
}
} // namespace

extern "C" {

void kr_platform_write(int fd, const char *bytes, size_t len) {
    uintptr_t h = console(fd);
    if (h == (uintptr_t)-1) return;
    while (len) {
        uintptr_t block[3] = {h, (uintptr_t)bytes, len};
        // The result is the number of bytes NOT written.
        uintptr_t left = kr_semihost_call(KR_SYS_WRITE, (uintptr_t)block);
        if (left >= len) return; // nothing written: give up rather than spin
        bytes += len - left;
        len = left;
    }
}

void kr_platform_exit(int status) {
    // SYS_EXIT_EXTENDED carries the status on 32-bit targets too.
    uintptr_t block[2] = {kr_adp_stopped_application_exit, (uintptr_t)status};
    kr_semihost_call(KR_SYS_EXIT_EXTENDED, (uintptr_t)block);
    // A host without the extension: plain SYS_EXIT (status 0 or 1).
    kr_semihost_call(KR_SYS_EXIT, status == 0 ? kr_adp_stopped_application_exit : 0x20023);
    for (;;) {
    }
}

int kr_semihost_args(char *buf, size_t size, char **argv, int max_args) {
    uintptr_t block[2] = {(uintptr_t)buf, size - 1};
    int argc = 0;
    argv[0] = nullptr;
    if (kr_semihost_call(KR_SYS_GET_CMDLINE, (uintptr_t)block) != 0) return 0;
    size_t len = block[1] < size ? block[1] : size - 1;
    buf[len] = 0;
    bool first = true; // the image's own name
    for (char *p = buf; *p;) {
        while (*p == ' ')
            *p++ = 0;
        if (!*p) break;
        char *word = p;
        while (*p && *p != ' ')
            ++p;
        if (first)
            first = false;
        else if (argc < max_args)
            argv[argc++] = word;
    }
    argv[argc] = nullptr;
    return argc;
}

uint64_t kr_platform_ticks_ms(void) {
    // SYS_CLOCK: centiseconds since the program started.
    uintptr_t cs = kr_semihost_call(KR_SYS_CLOCK, 0);
    return cs == (uintptr_t)-1 ? 0 : (uint64_t)cs * 10u;
}

uint64_t kr_platform_time_ns(void) {
    // SYS_TIME: seconds since the Unix epoch.
    return (uint64_t)kr_semihost_call(KR_SYS_TIME, 0) * 1000000000u;
}

bool kr_platform_heap_region(void **start, size_t *size) {
    *start = __heap_start;
    *size = (size_t)(__heap_end - __heap_start);
    return *size != 0;
}

void *kr_platform_heap_grow(size_t min_bytes, size_t *size) {
    *size = 0;
    return nullptr; // firmware has a fixed heap
}

void kr_platform_static_roots(uintptr_t *start, uintptr_t *end) {
    *start = (uintptr_t)__data_start;
    *end = (uintptr_t)__bss_end;
}

} // extern "C"
