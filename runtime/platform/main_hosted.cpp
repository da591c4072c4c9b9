//===- runtime/platform/main_hosted.cpp - the hosted program entry --------===//
//
// main() of every hosted krait program: records the stack base and a stack
// limit for the recursion check, initialises the runtime, runs the compiled
// main module and reports an uncaught exception.
//
//===----------------------------------------------------------------------===//
#include <sys/resource.h>

#include "runtime.h"

namespace {
/// Stack assumed when the limit is unlimited or unknown.
constexpr uintptr_t kDefaultStack = 8u << 20;
/// Never leave less than this below the limit: handlers, printing the
/// traceback and the runtime's own frames need room.
constexpr uintptr_t kMinReserve = 64u << 10;
/// Python code gets at most this much stack, however large the OS stack, so
/// recursion depth stays in one range: a runaway recursion fails well before
/// 100000 levels (a level costs at least ~48 bytes), while recursive code a
/// few thousand levels deep has room even at ~1 KB per level.
constexpr uintptr_t kMaxPythonStack = 3u << 20;

uintptr_t stack_size() {
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY ||
        rl.rlim_cur > (rlim_t)1 << 30)
        return kDefaultStack;
    return (uintptr_t)rl.rlim_cur;
}
} // namespace

// extern "C": under -ffreestanding main is an ordinary (mangled) function.
extern "C" int main(int argc, char **argv) {
    volatile int base_marker = 0;
    uintptr_t base = (uintptr_t)&base_marker;
    uintptr_t size = stack_size();
    uintptr_t reserve = size / 16 > kMinReserve ? size / 16 : kMinReserve;
    // argv, the environment and the loader's frames sit above main: count
    // them against the stack too by taking a further reserve.
    uintptr_t usable = size > 2 * reserve ? size - 2 * reserve : size / 2;
    if (usable > kMaxPythonStack)
        usable = kMaxPythonStack;
    kr_stack_limit = base - usable;
    kr_init(argc, argv, (void *)&base_marker);
    kr_value result = krait_main();
    int status = result ? 0 : kr_report_uncaught();
    kr_exit(status);
    return status;
}
