//===- runtime/platform/semihosting.h - Arm semihosting calls ---*- C++ -*-===//
//
// Bare-metal targets talk to the debugger or emulator (QEMU's
// -semihosting-config enable=on) through the Arm semihosting interface, which
// RISC-V adopted unchanged: an operation number and a pointer to its argument
// block go to a trap the host intercepts.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_PLATFORM_SEMIHOSTING_H
#define KRAIT_RUNTIME_PLATFORM_SEMIHOSTING_H

#include <stddef.h>
#include <stdint.h>

/// The semihosting operations the runtime uses.
enum kr_semihost_op : uintptr_t {
    KR_SYS_OPEN = 0x01,
    KR_SYS_CLOSE = 0x02,
    KR_SYS_WRITE = 0x05,
    KR_SYS_READ = 0x06,
    KR_SYS_SEEK = 0x0a,
    KR_SYS_FLEN = 0x0c,
    KR_SYS_REMOVE = 0x0e,
    KR_SYS_RENAME = 0x0f,
    KR_SYS_CLOCK = 0x10,
    KR_SYS_ERRNO = 0x13,
    KR_SYS_GET_CMDLINE = 0x15,
    KR_SYS_TIME = 0x11,
    KR_SYS_EXIT = 0x18,
    KR_SYS_EXIT_EXTENDED = 0x20,
};

/// Reason code of SYS_EXIT / SYS_EXIT_EXTENDED for a normal application exit.
inline constexpr uintptr_t kr_adp_stopped_application_exit = 0x20026;

extern "C" {
/// Perform semihosting operation `op` with argument `arg` (usually a pointer
/// to the operation's parameter block); returns the host's result register.
uintptr_t kr_semihost_call(uintptr_t op, uintptr_t arg);

/// The program's command line from the host (SYS_GET_CMDLINE): the image's
/// name first, then the arguments, separated by spaces. Splits it in place
/// into at most `max_args` words of `buf` after the first, stores them in
/// `argv` (null-terminated: `argv` has room for max_args + 1) and returns
/// their number; 0 when the host gives none.
int kr_semihost_args(char *buf, size_t size, char **argv, int max_args);
}

#endif // KRAIT_RUNTIME_PLATFORM_SEMIHOSTING_H
