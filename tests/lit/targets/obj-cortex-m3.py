# ARMv7-M object: Thumb-2, no FPU, soft-float calling convention.
# The LLVM triple names the same target.
# RUN: %krait build --emit=obj --target cortex-m3 %s -o %t.o
# RUN: %readelf -h -A %t.o | FileCheck %s
# RUN: %krait build --emit=obj --target thumbv7m-none-eabi %s -o %t2.o
# RUN: %readelf -h -A %t2.o | FileCheck %s
# CHECK: Class: ELF32
# CHECK: Machine: ARM
# CHECK: Value: cortex-m3
# CHECK: TagName: CPU_arch
# CHECK-NEXT: Description: ARM v7
# CHECK: TagName: CPU_arch_profile
# CHECK-NEXT: Description: Microcontroller
# CHECK: TagName: THUMB_ISA_use
# CHECK-NEXT: Description: Thumb-2
# CHECK-NOT: FP_arch
# CHECK-NOT: ABI_VFP_args
print("m3")
