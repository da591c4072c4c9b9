# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# At -O1 and above, small-int comparisons and arithmetic run inline; the
# runtime is called only for other types or on overflow. A comparison only
# tested for truth is a bit; its slow path is the shared krait.compare.truth.

# CHECK-LABEL: define internal {{.*}}@py.step(
def step(a, b):
    if a < b:
        return a + b
    return a
# CHECK-DAG: icmp slt i64 %param, %param1
# CHECK-DAG: @llvm.sadd.with.overflow.i64
# CHECK-DAG: call {{.*}}i32 @krait.compare.truth(i32 0,
# CHECK-DAG: call i64 @kr_binary_op(i32 15,
# CHECK-LABEL: @krait_main()

print(step(1, 2))
