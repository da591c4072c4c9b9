import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0), math.sqrt(-0.0), math.sqrt(1e100))
print(math.sqrt(True), math.sqrt(10**20), math.sqrt(math.inf))
