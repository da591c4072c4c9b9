import math
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(5, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.isclose(1, 2, tol=1)
except TypeError as e:
    print("TypeError:", e)
try:
    math.sqrt()
except TypeError as e:
    print("TypeError")
try:
    math.hypot(3, 4)
except AttributeError as e:
    print("AttributeError")
