# RUN: %krait build --emit=llvm -O2 --no-runtime-inlining %s -o - | FileCheck %s
# `for i in range(n)` over small ints is a counted loop: the callee must be
# the built-in range type and the argument a small int (else the generic call
# and iterator); each step counts down in registers, with no iterator object
# and no runtime call.

# CHECK-LABEL: define internal {{.*}}@py.total(
# CHECK: icmp eq i64 %{{.*}}, ptrtoint (ptr @kr_type_range to i64)
# CHECK-DAG: call i64 @kr_call(
# CHECK-DAG: call i64 @kr_iter(
# CHECK-DAG: call i64 @kr_iter_next(
# The native loop body: the counter, tagged, and the inline small-int add.
# CHECK-DAG: shl i64 %range.cur
# CHECK-DAG: @llvm.sadd.with.overflow.i64
# CHECK-LABEL: define
def total(n):
    s = 0
    for i in range(n):
        s += i
    return s


print(total(10))
