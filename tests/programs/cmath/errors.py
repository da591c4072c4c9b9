import cmath
for f, args in [(cmath.sqrt, ("x",)), (cmath.exp, (None,)), (cmath.log, ([],)),
                (cmath.phase, ("1j",)), (cmath.rect, (1j, 0)), (cmath.rect, (1, "a"))]:
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError:", e)
for z in [0, 0j, 0.0]:
    try:
        print(cmath.log(z))
    except ValueError as e:
        print("ValueError:", e)
try:
    cmath.log10(0)
except ValueError as e:
    print("ValueError:", e)
try:
    cmath.tan(1)
except AttributeError:
    print("AttributeError")
