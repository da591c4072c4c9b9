//===- runtime/platform/main_baremetal.cpp - the firmware program entry ---===//
//
// What main() is on hosted targets: the start-up code (startup_*.cpp) calls
// kr_baremetal_main once RAM is initialised. It sets the recursion limit from
// the linker's stack bounds, initialises the runtime with the heap the linker
// script reserved, runs the compiled main module and reports an uncaught
// exception before exiting through semihosting.
//
//===----------------------------------------------------------------------===//
#include "platform/baremetal.h"
#include "platform/semihosting.h"
#include "runtime.h"

extern "C" {
// The stack's lowest address (targets/*.ld).
extern char __stack_bottom[];
}

namespace {
/// Never leave less than this below the recursion limit: printing the
/// traceback of a RecursionError and the runtime's own frames need room.
constexpr uintptr_t kMinReserve = 4u << 10;
/// The most command-line arguments sys.argv gets.
constexpr int kMaxArgs = 32;

/// The lowest stack address Python code may use: a quarter of the stack (at
/// least kMinReserve, at most half of it) stays free for error handling.
uintptr_t stack_limit(uintptr_t base) {
    uintptr_t bottom = (uintptr_t)__stack_bottom;
    uintptr_t size = base > bottom ? base - bottom : 0;
    uintptr_t reserve = size / 4 > kMinReserve ? size / 4 : kMinReserve;
    if (reserve > size / 2) reserve = size / 2;
    return bottom + reserve;
}
} // namespace

extern "C" [[noreturn]] void kr_baremetal_main(void) {
    volatile int base_marker = 0;
    kr_stack_limit = stack_limit((uintptr_t)&base_marker);
    // sys.argv from the host's command line (krait run passes the source
    // path and the arguments); empty without one, as on MicroPython's ports.
    static char cmdline[512];
    static char *argv[kMaxArgs + 1];
    int argc = kr_semihost_args(cmdline, sizeof cmdline, argv, kMaxArgs);
    kr_init(argc, argv, (void *)&base_marker);
    kr_value result = krait_main();
    int status = result ? 0 : kr_report_uncaught();
    kr_exit(status);
    for (;;) {
    }
}
