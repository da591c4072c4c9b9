import math
print(math.frexp(8.0), math.frexp(0), math.frexp(-3), math.frexp(0.1))
print(math.ldexp(0.5, 4), math.ldexp(1, -1), math.ldexp(3, 0), math.ldexp(1, 1023) > 1e307)
m, e = math.frexp(123.456)
print(math.ldexp(m, e) == 123.456)
print(math.ldexp(1.0, -1100), math.ldexp(0.0, 5000))
