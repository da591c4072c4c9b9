# --emit=asm writes x86-64 assembly; the stack check on entry compares the frame
# with kr_stack_limit.
# RUN: %krait build %s --emit=asm -o - | FileCheck %s
# CHECK: krait_main:
# CHECK: kr_stack_limit
def f(n):
    return n


print(f(1))
