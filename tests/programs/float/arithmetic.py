# float arithmetic
a = 2.5
b = 0.5
print(a + b, a - b, a * b, a / b, a // b, a % b, b ** 3)
print(-a, +a, a ** 2, 2 ** -2.0, 4 ** 0.5)
print(1.5 * 4, 10.0 / 4, 9.0 ** 0.5)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0)
print(sum([0.5, 0.25, 0.125]), sum([1, 2.5, 3]))
print(1e308 * 10, -1e308 * 10)
print(3.0 * 1e-3)
