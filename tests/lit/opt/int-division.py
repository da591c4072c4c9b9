# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# Small-int floor division, modulo and right shift run inline: a zero divisor
# and negative shift counts take the runtime path, which raises.

# CHECK-LABEL: define internal {{.*}}@py.ops(
# CHECK-DAG: sdiv i64
# CHECK-DAG: srem i64
# CHECK-DAG: ashr i64
# CHECK-DAG: call i64 @kr_binary_op(i32 {{[0-9]+}},
# CHECK-LABEL: define
def ops(a, b):
    return (a // b, a % b, a >> b)


print(ops(7, 2))
