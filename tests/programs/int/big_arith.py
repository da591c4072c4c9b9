# arithmetic on big integers
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b)
print(b - a)
print(a - b)
print(a * b)
print(b // a, b % a)
print(-b // a, -b % a)
print(a ** 3)
print(a * 0, a - a, a // a)
print((2 ** 70) / (2 ** 68), (2 ** 70 + 2 ** 69) / 2 ** 69)
fib_a, fib_b = 0, 1
for i in range(150):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a)
