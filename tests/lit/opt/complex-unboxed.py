# RUN: %krait build --emit=ir -O2 %s -o - | FileCheck %s --check-prefix=IR
# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# RUN: %krait build --emit=llvm -O2 %s -o - | sed -n '/@py.escape(/,/^}/p' | FileCheck %s --check-prefix=LOOP
# A mandelbrot kernel whose values the IR proves complex: an imaginary
# literal is `const.complex`, arithmetic on complex, float and int operands
# is complex, `.real`/`.imag` of a complex are floats. Codegen keeps them as
# {double, double} pairs: the loop is floating point with no allocation and
# no runtime call; the result is boxed once, on the way out.

# IR-LABEL: func @escape(n)
# IR: %{{[0-9]+}} = const.complex 0.25
# IR: %{{[0-9]+}}:complex = binary add
# IR: %{{[0-9]+}}:complex = phi
# IR: %{{[0-9]+}}:complex = binary mul
# IR: %{{[0-9]+}}:complex = binary add
# IR: %{{[0-9]+}}:float = getattr %{{[0-9]+}}, "real"
# IR: %{{[0-9]+}}:float = getattr %{{[0-9]+}}, "imag"
# IR: {{^}}}

# CHECK-LABEL: define internal {{.*}}@py.escape(
# CHECK: phi { double, double }
# CHECK: fmul double
# CHECK: fcmp ogt double
# CHECK: call i64 @kr_complex_new(double
# CHECK-LABEL: define

# LOOP-NOT: @kr_binary_op
# LOOP-NOT: @kr_getattr
# LOOP-NOT: @kr_float_new
# LOOP: @kr_complex_new
# LOOP-NOT: @kr_complex_new
def escape(n):
    c = -0.5 + 0.25j
    z = 0j
    for i in range(n):
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return i
    return z


print(escape(50))
