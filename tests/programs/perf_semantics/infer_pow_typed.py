# `**` typed float (a float to an int power, a non-negative base to a float
# power) runs C's pow() inline; 0.0 to a negative power still raises, and a
# negative base to an int power stays real.
def power(x, n):
    return x ** n


def dist(x, y):
    return (x * x + y * y) ** 0.5


def inv(x, y):
    return (x * x + y * y) ** -1.5


print(power(2.0, 10), power(-2.0, 3), power(-2.0, -2), power(0.0, 0), power(1.5, 0))
print(dist(3.0, 4.0), dist(-6.0, 8.0), dist(0.0, 0.0), inv(3.0, 4.0))
try:
    power(0.0, -1)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    inv(0.0, 0.0)
except ZeroDivisionError:
    print("ZeroDivisionError")
print(power(2.0, (1 << 70) - (1 << 70) + 3), power(1.0, 1 << 70), power(-1.0, 1 << 70))
