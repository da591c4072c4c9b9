# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# A float-typed `x ** 0.5` (the base is a sum of squares, so it is real) is
# the correctly rounded square root, computed inline: no pow() call. -0.0
# and -inf keep pow()'s results (+0.0, +inf), as the runtime's kr_float_pow.

# CHECK-LABEL: define {{.*}}@py.norm(
# CHECK-NOT: call {{.*}}@pow(
# CHECK: sqrt
# CHECK-NOT: call {{.*}}@pow(
# CHECK-LABEL: {{^}}}
def norm(x, y):
    return (x * x + y * y) ** 0.5


print(norm(3.0, 4.0))
