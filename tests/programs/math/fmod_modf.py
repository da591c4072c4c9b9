import math
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2))
print(math.modf(3.25), math.modf(-3.25), math.modf(0), math.modf(5))
print(math.modf(math.inf), math.fmod(0, 5))
