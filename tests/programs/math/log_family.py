import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2, 4))
print(math.log10(1000), math.log10(0.001), math.log2(1024), math.log2(0.5))
print(math.log(10**30) > 69, round(math.log(10**30, 10), 9))
