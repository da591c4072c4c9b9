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

/// Every fault lands here with the main stack pointer in r0: the core
/// stacked r0-r3, r12, lr, pc and xPSR there, so frame[6] is the faulting pc.
/// IPSR names the exception.
extern "C" [[noreturn]] void kr_fault_c(const uint32_t *frame) {
    uint32_t ipsr;
    __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
    static const char *const names[] = {"exception 0",  "reset",     "NMI",        "hard fault",
                                        "memory fault", "bus fault", "usage fault"};
    uint32_t n = ipsr & 0x1ff;
    kr_fatal_fault_at(n < 7 ? names[n] : "unexpected exception or interrupt", frame[6]);
}

namespace {
/// The handler of every exception the program does not expect.
__attribute__((naked)) void fault_handler() {
    __asm__ volatile("mrs r0, msp\n"
                     "ldr r1, =kr_fault_c\n"
                     "bx r1\n");
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
    fault_handler, // NMI
    fault_handler, // HardFault
    fault_handler, // MemManage
    fault_handler, // BusFault
    fault_handler, // UsageFault
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    fault_handler, // SVCall
    fault_handler, // DebugMonitor
    nullptr,
    fault_handler, // PendSV
    fault_handler, // SysTick
#define KR_IRQ4 fault_handler, fault_handler, fault_handler, fault_handler
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
