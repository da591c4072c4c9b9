import math
for x in [2.5, -2.5, 3.0, -0.5, 0.0, 1e20, 7, -7, True]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
