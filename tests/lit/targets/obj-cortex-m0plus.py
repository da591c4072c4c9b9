# ARMv6-M object: Thumb-1 only, no FPU, soft-float calling convention.
# RUN: %krait build --emit=obj --target cortex-m0plus %s -o %t.o
# RUN: %readelf -h -A %t.o | FileCheck %s
# CHECK: Class: ELF32
# CHECK: Type: REL
# CHECK: Machine: ARM
# CHECK: Value: cortex-m0plus
# CHECK: TagName: CPU_arch
# CHECK-NEXT: Description: ARM v6S-M
# CHECK: TagName: CPU_arch_profile
# CHECK-NEXT: Description: Microcontroller
# CHECK: TagName: ARM_ISA_use
# CHECK-NEXT: Description: Not Permitted
# CHECK: TagName: THUMB_ISA_use
# CHECK-NEXT: Description: Thumb-1
# CHECK-NOT: FP_arch
# CHECK-NOT: ABI_VFP_args
print("m0+")
