# RUN: %krait build --emit=ir -O2 %s -o - | FileCheck %s
# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s --check-prefix=LL
# The numeric closure (no arithmetic dunders, no int/float subclass, no
# complex, and the one `**` below only formatted): `float * object` is a
# float, so the sum stays an unboxed double. Codegen reads the list item
# inline when it is a float (or a small int) and calls the runtime for
# anything else, unboxing its (float) result.

# CHECK-LABEL: func @dot(k, v)
# CHECK: %[[I:[0-9]+]] = getitem
# CHECK: :float = binary mul, %{{[0-9]+}}, %[[I]]
# CHECK: :float = binary iadd
# CHECK: {{^}}}

# LL-LABEL: define {{.*}}@py.dot(
# LL-DAG: icmp eq {{.*}}@kr_type_float
# LL-DAG: fmul double
# LL-DAG: call i64 @kr_binary_op(
# LL-LABEL: {{^}}}
def dot(k, v):
    s = 0.0
    for x in range(len(v)):
        s += k * v[x]
    return s


def root(x):
    return x ** 0.5


print("%.3f" % root(dot(0.5, [1.0, 2, 3.5])))
