# Inline float arithmetic and comparisons must agree with the runtime's:
# int operands convert, NaN compares unordered, division by zero raises,
# and other types (bool, big ints, subclasses) take the generic path.


def arith(a, b):
    return (a + b, a - b, a * b, a / b)


def compare(a, b):
    return (a < b, a <= b, a > b, a >= b, a == b, a != b)


print(arith(1.5, 0.25), arith(3, 0.5), arith(0.5, 3), arith(-2.0, -4))
print(arith(1e308, 1e308))
nan = float("nan")
inf = float("inf")
print(compare(1.0, 2.0), compare(2.0, 2.0), compare(nan, nan), compare(nan, 1.0))
print(compare(-0.0, 0.0), compare(inf, 1e308), compare(1.0, 1), compare(2, 1.5))
print(arith(inf, 2.0), arith(-0.0, 1.0))
for a, b in [(1.0, 0.0), (1.0, 0), (0, 0.0), (1.0, -0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(arith(True, 0.5), arith(0.5, False + 2))
print(arith(2**70, 1.0), arith(1.0, 2**64))
print(3 / 2, 7 / 7, -3 / 4)


class F(float):
    def __add__(self, other):
        return "F.add"


print(F(1.0) + 2.0, 2.0 + F(1.0))


def accumulate(n):
    x = 0.0
    v = 1.0
    for i in range(n):
        a = -x * 0.5
        v = v + a * 0.01
        x = x + v * 0.01
    return x


print(accumulate(1000))
x = 1.0
x += 2
x *= 1.5
x -= 0.5
x /= 2
print(x)
