import math
print([math.gamma(k) for k in range(1, 19)])
print(math.gamma(21), math.gamma(23))
