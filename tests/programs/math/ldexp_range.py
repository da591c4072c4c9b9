# ldexp has no domain check (MicroPython): the result saturates.
import math
print(math.ldexp(1.0, 5000), math.ldexp(-1.0, 5000), math.ldexp(1.0, -5000), math.ldexp(3, 2), math.ldexp(0.75, -2))
try:
    math.ldexp(1.0, 2**70)
except OverflowError as e:
    print("OverflowError:", e)
