import math
print(math.sqrt(math.nan), math.sin(math.nan), math.exp(math.nan), math.pow(math.nan, 1))
print(math.pow(math.nan, 0), math.fabs(math.nan), math.atan2(math.nan, 1))
