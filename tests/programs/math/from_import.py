from math import sqrt, pi, floor
import math as m
print(sqrt(9), floor(pi), m.ceil(pi), m is __import__('math') if False else True)
