# krait targets lists every target with its triple, CPU, float ABI and board.
# RUN: %krait targets | FileCheck %s
# CHECK: TARGET TRIPLE CPU FLOAT ABI BOARD (QEMU)
# CHECK-NEXT: x86_64-linux x86_64-unknown-linux-gnu x86-64 hard (hosted)
# CHECK-NEXT: cortex-m0plus thumbv6m-none-eabi cortex-m0plus soft microbit-qemu (qemu-system-arm -M microbit -global
# CHECK-NEXT: cortex-m3 thumbv7m-none-eabi cortex-m3 soft mps2-an385 (qemu-system-arm -M mps2-an385
# CHECK-NEXT: cortex-m4f thumbv7em-none-eabihf cortex-m4 hard mps2-an386 (qemu-system-arm -M mps2-an386
# CHECK-NEXT: cortex-m7 thumbv7em-none-eabihf cortex-m7 hard mps2-an500 (qemu-system-arm -M mps2-an500
# CHECK-NEXT: riscv32imac riscv32-unknown-elf generic-rv32 soft (ilp32) qemu-virt-rv32 (qemu-system-riscv32 -M virt -bios none)
