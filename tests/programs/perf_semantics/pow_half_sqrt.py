# x ** 0.5 is the square root, inline (unboxed float) and in the runtime
# (boxed operands): the same value both ways, including the corners where
# pow() and sqrt() differ (-0.0 and -inf), and a negative base still gives
# a complex result through the runtime.


def norm(x, y):
    return (x * x + y * y) ** 0.5


def half(v):
    return v ** 0.5


for v in [0.0, -0.0, 2.0, 0.25, 1e300, 1e-300, 3, float("inf"), float("nan")]:
    print(half(v), v ** 0.5, pow(v, 0.5))
print(norm(3.0, 4.0), norm(-0.0, 0.0), norm(1e-200, 0.0), norm(1e200, 1e200))
print(2.0 ** 0.5 == norm(1.0, 1.0))
print(half(-4.0))
x = -4
print(x ** 0.5 == 2j or abs(x ** 0.5 - 2j) < 1e-15)
