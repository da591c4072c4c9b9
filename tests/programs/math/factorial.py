import math
print(math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(20))
print(math.factorial(21), math.factorial(30))
print(len(str(math.factorial(200))), math.factorial(100) % 10**24)
print(math.factorial(True))
