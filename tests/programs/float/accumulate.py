total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
x = 1.0
for i in range(60):
    x /= 2
print(x, x * 2**60)
s = 0.0
for k in range(1, 100001):
    s += 1.0 / (k * k)
print(round(s, 8))
