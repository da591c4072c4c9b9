# --emit=llvm writes LLVM IR: each Python function is a code entry taking the
# function object and its argument slots; the module body is krait_main.
# RUN: %krait build %s --emit=llvm -O0 -o - | FileCheck %s
# CHECK-DAG: define {{.*}}i64 @krait_main()
# CHECK-DAG: define {{.*}}i64 @{{.*}}add{{.*}}(i64 {{.*}}, ptr {{.*}})
# CHECK-DAG: call {{.*}}@kr_binary_op(
# CHECK-DAG: call {{.*}}@kr_traceback_add(
def add(a, b):
    return a + b


print(add(1, 2))
