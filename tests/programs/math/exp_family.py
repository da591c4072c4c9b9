import math
print(math.exp(0), round(math.exp(1), 12) == round(math.e, 12), round(math.exp(2), 12), math.exp(-math.inf))
print(math.expm1(0), round(math.expm1(1e-10) * 1e10, 9), math.exp(math.inf))
