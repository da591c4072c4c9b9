# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# Two operands proven `int` (typed parameters of a call-only function) take
# the inline small-int path and else the runtime: no float path is emitted.

# CHECK-LABEL: define internal {{.*}}@py.mix(
# CHECK: @llvm.sadd.with.overflow.i64
# CHECK-NOT: kr_type_float
# CHECK-NOT: sitofp
# CHECK-LABEL: define
def mix(a, b):
    return a + b


print(mix(2, 3), mix(2 ** 62, 2 ** 62))
