# RUN: %krait build --emit=ir -O2 %s -o - | FileCheck %s
# Whole-program inference (ir/passes/ProgramTypes.cpp): `eval_a` is a stable
# function whose only uses are calls with two ints (range items), so its
# parameters are `int` and its result `float`; the call sites get that type
# and their loads of `eval_a` are `func(F)`. A function whose value escapes
# (`escapes`) keeps `object` parameters.

# CHECK-LABEL: func @eval_a(i, j)
# CHECK: %0:int = param 0
# CHECK: %1:int = param 1
# CHECK: :float = binary truediv
# CHECK: {{^}}}
def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


# CHECK-LABEL: func @row(n)
# CHECK: %{{[0-9]+}}:int = iter.next
# CHECK: %[[F:[0-9]+]]:func({{[0-9]+}}) = global.load "eval_a"
# CHECK: %{{[0-9]+}}:float = call %[[F]],
# CHECK: :float = binary iadd
# CHECK: {{^}}}
def row(n):
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += eval_a(i, j)
    return s


# CHECK-LABEL: func @norm(x, y)
# CHECK: %0:float = param 0
# CHECK: %1:float = param 1
# CHECK: %{{[0-9]+}}:float = call
# CHECK: {{^}}}
def norm(x, y):
    return math.sqrt(x * x + y * y) + len("ab")


# CHECK-LABEL: func @escapes(x)
# CHECK: %0 = param 0
# CHECK: {{^}}}
def escapes(x):
    return x * 2.0


# complex(a, b) is a complex and abs() of one a float (ComplexKinds.h).
# CHECK-LABEL: func @mag(z)
# CHECK: %0:complex = param 0
# CHECK: %{{[0-9]+}}:float = call
# CHECK: {{^}}}
def mag(z):
    return abs(z)


import math

print(row(10), norm(3.0, 4.0))
print(list(map(escapes, [1, 2])), escapes(1.5))
print(mag(complex(3.0, 4.0)))
