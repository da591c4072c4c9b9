# The inline paths outside loops (fewest blocks) keep Python's semantics:
# comparisons only tested for truth, float compares, global loads.


class Loose:
    """Comparisons that answer neither True nor False."""

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return [1] if self.v < other.v else []

    def __gt__(self, other):
        if other.v == 0:
            raise ValueError("no zero")
        return self.v > other.v


def test_bits(a, b):
    out = []
    if a < b:
        out.append("lt")
    if not (a < b):
        out.append("not-lt")
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    if a is b:
        out.append("is")
    if a is not None:
        out.append("not-none")
    return " ".join(out)


print(test_bits(1, 2))
print(test_bits(2, 1))
print(test_bits(1.5, float("1.5")))
print(test_bits(1, 1.0))
print(test_bits(2.5, 3))
print(test_bits("a", "b"))
s = "ab"
print(test_bits(s, s))
print(test_bits(10 ** 20, 10 ** 20 + 1))
print(test_bits(float("nan"), float("nan")))
print(test_bits(Loose(1), Loose(2)))
print(test_bits(Loose(2), Loose(1)))
try:
    test_bits(1, "x")
except TypeError:
    print("TypeError")


def raising(a, b):
    if a > b:
        return "gt"
    return "not-gt"


print(raising(Loose(3), Loose(1)))
try:
    raising(Loose(3), Loose(0))
except ValueError as e:
    print("ValueError", e)


def words(op):
    if op == "+":
        return "plus"
    if op == "-":
        return "minus"
    if op != "*":
        return "other"
    return "times"


print(words("+"), words("-"), words("*"), words("/"), words(1), words(None))


def float_compares(x, y):
    return (x < y, x <= y, x > y, x >= y, x == y, x != y)


print(float_compares(1.5, 2.5))
print(float_compares(2.5, 2))
print(float_compares(3, 2.5))
print(float_compares(2, 2))
print(float_compares(float("inf"), 1e308))
print(float_compares(True, 0.5))


def use_abs(x):
    return abs(x)


print(use_abs(-3))
abs = lambda x: "shadowed"
print(use_abs(-3))
del abs
print(use_abs(-4))


def missing():
    return undefined_name


try:
    missing()
except NameError:
    print("NameError")
undefined_name = 7
print(missing())
undefined_name = 8
print(missing())
