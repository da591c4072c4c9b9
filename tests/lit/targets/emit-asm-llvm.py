# Assembly and LLVM IR for bare-metal targets carry the target's CPU.
# RUN: %krait build --emit=asm --target cortex-m3 %s -o - | FileCheck %s --check-prefix=M3
# RUN: %krait build --emit=asm --target cortex-m4f %s -o - | FileCheck %s --check-prefix=M4F
# RUN: %krait build --emit=asm --target riscv32imac %s -o - | FileCheck %s --check-prefix=RV
# RUN: %krait build --emit=llvm --target cortex-m7 %s -o - | FileCheck %s --check-prefix=LL
# M3: .cpu cortex-m3
# M3: .thumb_func
# M3: krait_main:
# M4F: .cpu cortex-m4
# M4F: .fpu fpv4-sp-d16
# M4F: .eabi_attribute 28, 1
# M4F: krait_main:
# RV: .attribute 5, "rv32i2p1_m2p0_a2p1_c2p0
# RV: krait_main:
# LL: target triple = "thumbv7em-unknown-none-eabihf"
# LL: define {{.*}}@krait_main
print("asm")
