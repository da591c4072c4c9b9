import math
print(math.degrees(math.pi), math.degrees(0), math.radians(180), math.radians(90) == math.pi / 2)
print(round(math.degrees(1), 10), math.radians(-360) == -2 * math.pi)
