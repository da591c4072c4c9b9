import math
cases = [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-5,)), (math.log10, (0,)),
         (math.log2, (-1,)), (math.acos, (2,)), (math.asin, (-1.5,)), (math.acosh, (0.5,)),
         (math.atanh, (1,)), (math.fmod, (1, 0)), (math.pow, (-8, 1 / 3)), (math.pow, (0, -1)),
         (math.log, (10, 0)), (math.log, (10, -2)), (math.cos, (math.inf,)), (math.gamma, (0,)),
         (math.gamma, (-2,))]
for f, args in cases:
    try:
        print(f(*args))
    except ValueError as e:
        print("ValueError:", e)
