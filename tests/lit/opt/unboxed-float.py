# RUN: %krait build --emit=ir -O2 %s -o - | FileCheck %s --check-prefix=IR
# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# Type inference proves x and v floats (constants, then arithmetic on floats
# and phis of floats); codegen keeps them as doubles, so the loop body is
# machine floating point with no allocation and no runtime call. `n` is a
# parameter: it stays `object`.

# IR-LABEL: func @run(n)
# IR: %{{[0-9]+}}:float = phi
# IR: %{{[0-9]+}}:float = phi
# IR: %{{[0-9]+}}:float = unary neg
# IR: %{{[0-9]+}}:float = binary mul
# IR: %{{[0-9]+}}:float = binary add
# IR: {{^}}}

# CHECK-LABEL: define internal {{.*}}@py.run(
# CHECK: phi double
# CHECK: fmul double
# CHECK: fadd double
# The result is boxed once, on the way out (`run` has no direct caller, so
# no native entry returning the double).
# CHECK: call i64 @kr_float_new(double
# CHECK-LABEL: define
def run(n):
    x = 0.0
    v = 1.0
    for i in range(n):
        a = -x * 0.5
        v = v + a * 0.01
        x = x + v * 0.01
    return x


# `run` escapes (map), so no call site types its parameter.
print(list(map(run, [10])))
