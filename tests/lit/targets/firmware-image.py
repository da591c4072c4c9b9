# A firmware image for the Cortex-M4F: an executable ELF for ARM whose vector
# table opens the flash at 0 (initial stack pointer at the top of the RAM,
# reset handler), data in RAM at 0x20000000, plus the .bin and .hex images.
# RUN: rm -rf %t && mkdir -p %t
# RUN: %krait build %s --target cortex-m4f -o %t/app.elf
# RUN: %readelf -h -S -s %t/app.elf | FileCheck %s
# RUN: test -s %t/app.bin
# RUN: head -c 8 %t/app.bin | od -An -tx4 | FileCheck %s --check-prefix=VECTORS
# RUN: head -n 1 %t/app.hex | FileCheck %s --check-prefix=HEX
# RUN: %krait size %t/app.elf | FileCheck %s --check-prefix=SIZE
# CHECK: Type: EXEC
# CHECK: Machine: ARM
# CHECK: Entry point address:
# CHECK: .text PROGBITS 00000000
# CHECK: .data PROGBITS 20000000
# CHECK: .bss NOBITS 2000
# CHECK-DAG: kr_vector_table
# CHECK-DAG: kr_reset_handler
# CHECK-DAG: krait_main
# The initial stack pointer is the top of the board's 4 MB of RAM.
# VECTORS: 20400000
# The first record: 16 bytes at address 0, the stack pointer first.
# HEX: :1000000000004020
# SIZE: app.elf:
# SIZE-NEXT: flash {{[0-9]+}} bytes (
# SIZE: RAM {{[0-9]+}} bytes (100.0% of 4096 KB)
# SIZE-NEXT: static data {{[0-9]+}} {{.*}}, stack 65536
print("firmware")
