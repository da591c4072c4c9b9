# Results of stable builtins and math functions typed by the whole-program
# inference keep their exact values and errors.
import math
from math import sqrt as root


def norm(x, y):
    return math.sqrt(x * x + y * y)


def floors(x):
    return math.floor(x) + 1, math.ceil(x) * 2


def roots(n):
    s = 0.0
    for i in range(1, n):
        s += root(i)
    return s


print(norm(3.0, 4.0), norm(1.0, 1.0))
print(floors(2.5), floors(-2.5))
print(roots(10))
print(abs(-2.5) * 2, abs(-3) * 2)
print(min(2.0, 1.0) + 1, max(3, 7) + 1)
print(float("1.5") * 2, int("12") + 1, int(3.9) + 1)
print(norm(1e200, 1e200))
try:
    math.sqrt(-1.0)
except ValueError as e:
    print("ValueError:", e)


class FakeMath:
    def sqrt(self, x):
        return "fake"


def swap():
    global math
    math = FakeMath()


swap()
print(norm(3.0, 4.0))
