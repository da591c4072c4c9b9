# `**` with a negative float base and a fractional exponent gives a complex
# number, so a program with such a `**` cannot assume the numeric closure;
# a base proven non-negative (a sum of squares) gives a float.
BASE = -8.0
EXP = 0.5


def power(b, e):
    return b ** e


def root(x, y):
    d = x * x + y * y
    return d ** 0.5


def scale(k, o):
    return k * o


r = power(BASE, EXP)
print(type(r).__name__, round(r.imag, 6))
print(power(4.0, EXP), power(2.0, 3), power(-2.0, 3), power(2, -1))
print(root(-3.0, 4.0))
print(type(scale(2.0, r)).__name__)
