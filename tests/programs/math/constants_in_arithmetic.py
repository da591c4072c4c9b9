import math
r = 2.5
print(round(math.pi * r * r, 6), round(math.tau * r, 6), math.e ** 0 == 1.0, math.inf > 10**300, math.nan != math.nan)
print(math.pi > 3.14159, round(math.e, 5), -math.inf < -1e308)
