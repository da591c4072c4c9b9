# RV32IMAC object: compressed instructions (RVC flag), soft-float ilp32 ABI
# (no float-ABI bits in the flags), the ISA string in the attributes.
# RUN: %krait build --emit=obj --target riscv32imac %s -o %t.o
# RUN: %readelf -h -A %t.o | FileCheck %s
# CHECK: Class: ELF32
# CHECK: Machine: RISC-V
# CHECK: Flags: 0x1, RVC
# CHECK: TagName: arch
# CHECK-NEXT: Value: rv32i2p1_m2p0_a2p1_c2p0
print("rv32")
