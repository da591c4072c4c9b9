//===- runtime/platform/startup_riscv.cpp - RISC-V machine-mode start -----===//
//
// kr_start, the first instruction at the image's base: set the stack and
// thread pointers and a trap vector, then initialise RAM and run the program.
//
//===----------------------------------------------------------------------===//
#include "platform/baremetal.h"

extern "C" {
[[noreturn]] void kr_start_c(void);
void kr_trap_entry(void);
}

// The stack pointer must be valid before any C++ code runs. Only hart 0 runs
// the program; any other parks.
__asm__(".section .kr_start,\"ax\",@progbits\n"
        ".globl kr_start\n"
        ".type kr_start, @function\n"
        "kr_start:\n"
        "    csrr t0, mhartid\n"
        "    bnez t0, 2f\n"
        "    la sp, __stack_top\n"
        "    la tp, __tls_base\n"
        "    la t0, kr_trap_entry\n"
        "    csrw mtvec, t0\n"
        "    call kr_start_c\n"
        "2:  wfi\n"
        "    j 2b\n"
        ".size kr_start, . - kr_start\n"
        // Trap vectors need 4-byte alignment (mtvec's low bits are the mode).
        ".section .text.kr_trap_entry,\"ax\",@progbits\n"
        ".balign 4\n"
        ".globl kr_trap_entry\n"
        "kr_trap_entry:\n"
        "    la sp, __stack_top\n"
        "    csrr a0, mcause\n"
        "    csrr a1, mepc\n"
        "    call kr_trap_c\n");

extern "C" [[noreturn]] void kr_trap_c(uintptr_t cause, uintptr_t pc) {
    // mcause: bit 31 set for interrupts; otherwise the exception code.
    static const char *const names[] = {
        "instruction address misaligned",
        "instruction access fault",
        "illegal instruction",
        "breakpoint",
        "load address misaligned",
        "load access fault",
        "store address misaligned",
        "store access fault",
    };
    if (cause >> 31)
        kr_fatal_fault("unexpected interrupt");
    else if (cause < sizeof names / sizeof names[0])
        kr_fatal_fault_at(names[cause], pc);
    else
        kr_fatal_fault_at("unexpected exception", pc);
}

extern "C" void kr_start_c(void) {
    kr_init_ram();
    kr_baremetal_main();
}
