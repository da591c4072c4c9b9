# MicroPython reports an infinite result from finite arguments as a
# domain error (CPython raises OverflowError).
import math
for f, args in [(math.exp, (1000,)), (math.pow, (10, 400)), (math.cosh, (1000,)),
                (math.pow, (2, math.inf)), (math.sinh, (-1000,)), (math.expm1, (800,))]:
    try:
        print(f(*args))
    except ValueError as e:
        print("ValueError:", e)
print(math.exp(math.inf), math.pow(math.inf, 2), math.ldexp(1.0, 5000), math.pow(math.inf, -1))
