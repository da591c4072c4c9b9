//===- runtime/platform/baremetal_compat.h - compiler workarounds -*- C++ -*-===//
//
// Force-included (-include) into every bare-metal runtime file by
// runtime/CMakeLists.txt. Keep it to workarounds for the cross compilers.
//
//===----------------------------------------------------------------------===//
#ifndef KRAIT_RUNTIME_PLATFORM_BAREMETAL_COMPAT_H
#define KRAIT_RUNTIME_PLATFORM_BAREMETAL_COMPAT_H

#if defined(__arm__) && !defined(__ARM_FP) && __ARM_ARCH >= 7
// LLVM 19 lowers __builtin_unwind_init() (the collector's register spill
// before it scans the stack) to `vpush {d8-d15}` on ARMv7-M even without an
// FPU: a UsageFault on a Cortex-M3. Clobbering the callee-saved core
// registers has the effect wanted: the function's prologue saves the caller's
// values of r4-r11 in its frame (r7, the frame pointer, is saved anyway).
#define __builtin_unwind_init()                                                                    \
    __asm__ volatile("" ::: "r4", "r5", "r6", "r8", "r9", "r10", "r11", "memory")
#endif

#endif // KRAIT_RUNTIME_PLATFORM_BAREMETAL_COMPAT_H
