//===- runtime/platform/startup_cortexm.cpp - Cortex-M reset and vectors --===//
//
// The vector table (initial stack pointer, reset handler, fault handlers) and
// the reset handler: enable the FPU where there is one, initialise RAM, point
// picolibc's thread pointer at the TLS block, run the program.
//
//===----------------------------------------------------------------------===//
#include "platform/baremetal.h"

extern "C" {
extern char __stack_top[]; // targets/cortexm.ld
extern char __tls_base[];
/// picolibc: set the thread pointer __aeabi_read_tp returns.
void _set_tls(void *tls);

[[noreturn]] void kr_reset_handler(void);
}

namespace {
[[noreturn]] void nmi_handler() {
    kr_fatal_fault("NMI");
}
[[noreturn]] void hard_fault_handler() {
    kr_fatal_fault("hard fault");
}
[[noreturn]] void mem_manage_handler() {
    kr_fatal_fault("memory management fault");
}
[[noreturn]] void bus_fault_handler() {
    kr_fatal_fault("bus fault");
}
[[noreturn]] void usage_fault_handler() {
    kr_fatal_fault("usage fault");
}
[[noreturn]] void unexpected_handler() {
    kr_fatal_fault("unexpected exception or interrupt");
}

using Handler = void (*)();
/// Entries after the 16 system exceptions: external interrupts, none enabled.
constexpr int kIrqs = 32;
} // namespace

/// The vector table the core reads at reset (VTOR = 0, the start of flash).
/// An array of addresses: slot 0 is the initial stack pointer.
extern "C" __attribute__((section(".kr_vectors"), used))
const Handler kr_vector_table[16 + kIrqs] = {
    reinterpret_cast<Handler>(__stack_top),
    reinterpret_cast<Handler>(kr_reset_handler),
    nmi_handler,
    hard_fault_handler,
    mem_manage_handler,
    bus_fault_handler,
    usage_fault_handler,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    unexpected_handler, // SVCall
    unexpected_handler, // DebugMonitor
    nullptr,
    unexpected_handler, // PendSV
    unexpected_handler, // SysTick
#define KR_IRQ4 unexpected_handler, unexpected_handler, unexpected_handler, unexpected_handler
    KR_IRQ4,
    KR_IRQ4,
    KR_IRQ4,
    KR_IRQ4,
    KR_IRQ4,
    KR_IRQ4,
    KR_IRQ4,
    KR_IRQ4,
#undef KR_IRQ4
};

extern "C" void kr_reset_handler(void) {
#if defined(__ARM_FP)
    // Grant full access to coprocessors 10 and 11 (the FPU) before any
    // floating-point instruction runs.
    volatile uint32_t *cpacr = reinterpret_cast<volatile uint32_t *>(0xE000ED88u);
    *cpacr |= 0xFu << 20;
    __asm__ volatile("dsb\n\tisb" ::: "memory");
#endif
    kr_init_ram();
    _set_tls(__tls_base);
    kr_baremetal_main();
}
