# The memory layout follows --board and the explicit options; the heap and
# the stack sizes show in the symbols the runtime reads.
# RUN: rm -rf %t && mkdir -p %t
# RUN: %krait build %s --target cortex-m3 --flash-origin 0x08000000 --flash-size 512K --ram-origin 0x20000000 --ram-size 128K --heap-size 16K --stack-size 8K -o %t/a.elf
# RUN: %readelf -S -s %t/a.elf | FileCheck %s --check-prefix=EXPLICIT
# EXPLICIT: .text PROGBITS 08000000
# EXPLICIT-DAG: 20020000 {{.*}} __stack_top
# EXPLICIT-DAG: 2001e000 {{.*}} __stack_bottom
# RUN: %krait size %t/a.elf | FileCheck %s --check-prefix=SIZES
# SIZES: heap 16384, stack 8192
# RUN: %krait build %s --target riscv32imac -o %t/r.elf
# RUN: %readelf -h -S %t/r.elf | FileCheck %s --check-prefix=RISCV
# RISCV: Machine: RISC-V
# RISCV: Entry point address: 0x80000000
# RISCV: .text PROGBITS 80000000
# A board preset with one of its sizes overridden.
# RUN: %krait build %s --target cortex-m0plus --board microbit --ram-size 32K --stack-size 2K -o %t/m.elf
# RUN: %krait size %t/m.elf | FileCheck %s --check-prefix=MICROBIT
# MICROBIT: flash {{.*}} of 256 KB
# MICROBIT: RAM {{.*}} of 32 KB
# MICROBIT: stack 2048
print("layout")
