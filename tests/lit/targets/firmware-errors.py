# Bad targets and layouts are clear errors, never crashes.
# RUN: not %krait build %s --target cortex-m99 -o %t.elf 2>&1 | FileCheck %s --check-prefix=TARGET
# TARGET: krait: error: unknown target 'cortex-m99' (known: x86_64-linux cortex-m0plus cortex-m3 cortex-m4f cortex-m7 riscv32imac; see krait targets)
# RUN: not %krait build %s --target cortex-m3 --board nosuchboard -o %t.elf 2>&1 | FileCheck %s --check-prefix=BOARD
# BOARD: krait: error: unknown board 'nosuchboard'
# RUN: not %krait build %s --target cortex-m3 --heap-size 12Q -o %t.elf 2>&1 | FileCheck %s --check-prefix=SIZE
# SIZE: krait: error: invalid --heap-size '12Q' (expected a number, 0x hex, or a K or M suffix)
# RUN: not %krait build %s --target cortex-m3 --ram-size 16K --heap-size 32K -o %t.elf 2>&1 | FileCheck %s --check-prefix=FIT
# FIT: krait: error: the stack (65536 bytes) and the heap (32768 bytes) do not fit in 16384 bytes of RAM
# RUN: not %krait build %s --target cortex-m3 --ram-origin 0x100 -o %t.elf 2>&1 | FileCheck %s --check-prefix=OVERLAP
# OVERLAP: krait: error: the flash (0x00000000, 4194304 bytes) and the RAM (0x00000100, 4194304 bytes) overlap
# RUN: not %krait build %s --target cortex-m3 --flash-size 1K -o %t.elf 2>&1 | FileCheck %s --check-prefix=FLASH
# FLASH: krait: error: firmware link failed:
# FLASH: section '.text' will not fit in region 'FLASH'
print("errors")
# The real micro:bit's 16 KB of RAM hold the runtime's static data and a
# 12 KB stack, but not a heap of 4 KB more: reported once, by the linker script.
# RUN: not %krait build %s --target cortex-m0plus --board microbit --stack-size 12K -o %t.elf 2>&1 | FileCheck %s --check-prefix=HEAP
# HEAP: krait: error: firmware link failed:
# HEAP-NEXT: error: krait: less than 4 KB of RAM left for the heap
# HEAP-NEXT: command:
