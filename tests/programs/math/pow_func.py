import math
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -1), math.pow(-8, 3))
print(math.pow(0, 0), math.pow(1, math.inf), math.pow(math.inf, 0))
print(type(math.pow(2, 2)).__name__)
