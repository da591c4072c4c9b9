# modulo by zero
n = 7
print(n % 2)
print(n % 0)
