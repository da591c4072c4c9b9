# With the numeric closure proven (no arithmetic dunders, no complex, no int or
# float subclass), `float OP object` is a float for + - * / // and float % x:
# ints, bools and floats give a float, anything else raises as before. Big
# ints convert, and division by zero still raises.
def mix(k, o):
    return (k + o, k - o, k * o, k / o, k // o, k % o, o // k)


def fmt(t):
    return " ".join(repr(x) for x in t)


print(fmt(mix(7.5, 2)))
print(fmt(mix(7.5, True)))
print(fmt(mix(-7.5, 2.0)))
print(fmt(mix(0.5, 2 ** 70)[:3]))
for bad in (0, 0.0, False):
    try:
        mix(1.5, bad)
    except ZeroDivisionError:
        print("ZeroDivisionError")
for bad in ("s", [1], None):
    try:
        mix(1.5, bad)
    except TypeError:
        print("TypeError")
# str % float formats: object % float is not a float.
def pct(o, k):
    return o % k


print(pct("%.2f", 1.5), pct(7, 2.5))
# A sum of squares is never negative: ** of it stays real.
def norm(x, y):
    d = x * x + y * y
    return d ** 0.5, d ** -1.5, x ** 2


print(norm(3.0, 4.0))
print(norm(-3.0, -4.0))
try:
    norm(0.0, 0.0)
except ZeroDivisionError:
    print("ZeroDivisionError")
