import math
for f, args in [(math.sqrt, ("4",)), (math.sin, (None,)), (math.pow, (2, [1])),
                (math.floor, ("1.5",)), (math.isnan, ((),)), (math.ldexp, (1, 1.5)),
                (math.factorial, (2.0,)), (math.sqrt, (1j,))]:
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError:", e)
