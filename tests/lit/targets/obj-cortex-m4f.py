# ARMv7E-M object with the single-precision FPv4-SP-D16 FPU and the
# hard-float calling convention (floats in VFP registers).
# RUN: %krait build --emit=obj --target cortex-m4f %s -o %t.o
# RUN: %readelf -h -A %t.o | FileCheck %s
# CHECK: Class: ELF32
# CHECK: Machine: ARM
# CHECK: Value: cortex-m4
# CHECK: TagName: CPU_arch
# CHECK-NEXT: Description: ARM v7E-M
# CHECK: TagName: THUMB_ISA_use
# CHECK-NEXT: Description: Thumb-2
# CHECK: TagName: FP_arch
# CHECK-NEXT: Description: VFPv4-D16
# CHECK: TagName: ABI_HardFP_use
# CHECK-NEXT: Description: Single-Precision
# CHECK: TagName: ABI_VFP_args
# CHECK-NEXT: Description: AAPCS VFP
print(1.5 * 2)
