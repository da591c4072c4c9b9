import math
print(math.gamma(5), math.gamma(1), round(math.gamma(0.5) ** 2, 12) == round(math.pi, 12))
print(math.lgamma(1), math.lgamma(2), round(math.lgamma(10), 10))
print(math.erf(0), math.erfc(0), round(math.erf(1), 12), round(math.erfc(1), 12))
print(math.erf(math.inf), math.erfc(math.inf), math.erf(-math.inf))
