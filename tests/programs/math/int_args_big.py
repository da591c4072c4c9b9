import math
print(math.sqrt(2**100), math.log2(2**100), math.log10(10**50), math.fabs(-2**70))
print(math.isinf(10**400), math.log(10**400) > 920)
