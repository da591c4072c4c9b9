# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# A `float`-typed `**` (a float to an int power, or a non-negative base, here
# a sum of squares, to a float power) is real: codegen calls C's pow() on the
# doubles, as the runtime's float power does, with a ZeroDivisionError exit
# for 0.0 to a negative power. The call is nobuiltin, so LLVM cannot rewrite
# it behind the runtime's back (`x ** 0.5` is sqrt in both: pow-half-sqrt.py).

# CHECK-LABEL: define {{.*}}@py.dist(
# CHECK: call double @pow(double %{{[0-9a-z.]+}}, double 1.500000e+00) #[[NB:[0-9]+]]
# CHECK-LABEL: {{^}}}

# CHECK-LABEL: define {{.*}}@py.power(
# CHECK: fcmp oeq double %param, 0.000000e+00
# CHECK: and i1
# CHECK: call double @pow(double
# CHECK-LABEL: {{^}}}
# CHECK: attributes #[[NB]] = { nobuiltin }
def dist(x, y):
    return (x * x + y * y) ** 1.5


def power(x, n):
    return x ** n


print(dist(3.0, 4.0), dist(0.5, 1.5), power(2.0, 3), power(-2.0, -1))
