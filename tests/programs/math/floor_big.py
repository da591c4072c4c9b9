import math
print(math.floor(1e300) == 10**300, math.floor(1e300) > 10**299)
print(math.ceil(-1e25), math.trunc(123456789.99))
