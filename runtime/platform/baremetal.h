//===- runtime/platform/baremetal.h - firmware start-up interface -*- C++ -*-===//
//
// The pieces shared by the bare-metal start-up files (startup_cortexm.cpp,
// startup_riscv.cpp) and the firmware entry (main_baremetal.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_PLATFORM_BAREMETAL_H
#define KRAIT_RUNTIME_PLATFORM_BAREMETAL_H

#include <stddef.h>
#include <stdint.h>

extern "C" {

/// Copy .data and .tdata from flash to RAM and zero .tbss and .bss, using the
/// linker script's symbols. Called first thing after reset, before any code
/// that reads static data.
void kr_init_ram(void);

/// Run the program: initialise the runtime, call krait_main, report an
/// uncaught exception and exit through semihosting with the status.
[[noreturn]] void kr_baremetal_main(void);

/// Report a processor fault (`what` names it) on stderr and exit with status
/// 134, as a crashed hosted program does.
[[noreturn]] void kr_fatal_fault(const char *what);

/// kr_fatal_fault naming the faulting program counter too.
[[noreturn]] void kr_fatal_fault_at(const char *what, uintptr_t pc);
}

#endif // KRAIT_RUNTIME_PLATFORM_BAREMETAL_H
