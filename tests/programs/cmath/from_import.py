from cmath import sqrt, phase, pi
print(sqrt(-9), phase(-1) == pi)
