import math
for f in [math.floor, math.ceil, math.trunc]:
    for x in [math.inf, -math.inf, math.nan]:
        try:
            print(f(x))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__ + ":", e)
