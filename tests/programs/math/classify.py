import math
for x in [0, 1.5, -2, math.inf, -math.inf, math.nan, 10**400]:
    print(math.isfinite(x), math.isinf(x), math.isnan(x))
