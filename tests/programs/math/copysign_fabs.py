import math
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, -math.inf))
print(math.fabs(-4), math.fabs(3.5), math.fabs(-0.0), math.fabs(-math.inf), math.fabs(True))
print(math.copysign(0.0, -1))
