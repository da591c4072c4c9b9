import cmath, math
print(cmath.e, cmath.pi, cmath.pi == math.pi, cmath.e == math.e)
