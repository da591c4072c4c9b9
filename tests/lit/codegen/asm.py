# RUN: %krait build --emit=asm %s -o - | FileCheck %s
# CHECK: .globl krait_main
# CHECK: krait_main:
# CHECK: kr_constants_init
print("hi")
