# float division by zero has the same message
x = 1.5
y = x - 1.5
print(x / y)
