import math
def r(x):
    return round(x, 12)
print(math.sinh(0), math.cosh(0), math.tanh(0), r(math.tanh(100)))
print(r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(0.5)))
print(r(math.asinh(1)), r(math.acosh(2)), r(math.atanh(0.5)), math.acosh(1))
