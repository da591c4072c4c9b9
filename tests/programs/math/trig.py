import math
def r(x):
    return round(x, 12)
print(math.sin(0), r(math.sin(math.pi / 2)), r(math.sin(math.pi / 6)))
print(math.cos(0), r(math.cos(math.pi)), r(math.cos(math.pi / 3)))
print(math.tan(0), r(math.tan(math.pi / 4)))
print(r(math.asin(1)), r(math.acos(0)), r(math.atan(1)), math.acos(1))
print(r(math.atan2(1, 1)), r(math.atan2(-1, -1)), r(math.atan2(0, -1)), math.atan2(0, 1))
