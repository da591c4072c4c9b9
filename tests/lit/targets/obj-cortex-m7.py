# ARMv7E-M object with the double-precision FPv5-D16 FPU, hard-float ABI.
# RUN: %krait build --emit=obj --target cortex-m7 %s -o %t.o
# RUN: %readelf -h -A %t.o | FileCheck %s
# CHECK: Class: ELF32
# CHECK: Machine: ARM
# CHECK: Value: cortex-m7
# CHECK: TagName: CPU_arch
# CHECK-NEXT: Description: ARM v7E-M
# CHECK: TagName: FP_arch
# CHECK-NEXT: Description: ARMv8-a FP-D16
# CHECK-NOT: ABI_HardFP_use
# CHECK: TagName: ABI_VFP_args
# CHECK-NEXT: Description: AAPCS VFP
print(1.5 * 2)
