def greet(name):
    return "Hello, " + name + "!"


print(greet("krait"))
total = 0
for i in range(1, 11):
    total += i * i
print("sum of squares 1..10 =", total)
