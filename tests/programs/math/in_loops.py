import math
total = 0.0
for i in range(1, 1001):
    total += 1.0 / (i * i)
print(round(math.sqrt(total * 6), 2))
pts = [(3, 4), (5, 12), (8, 15)]
for x, y in pts:
    print(math.sqrt(x * x + y * y), round(math.degrees(math.atan2(y, x)), 4))
