# powers of two across the small/big boundary
print(2 ** 200)
print(2 ** 62, 2 ** 63, 2 ** 64)
print(-2 ** 63, -(2 ** 63) - 1)
print(2 ** 62 - 1 + 1, 2 ** 63 - 1)
x = 1
for i in range(70):
    x = x * 2
print(x, x == 2 ** 70)
print(2 ** 100 // 2 ** 98, 2 ** 100 - 2 ** 100)
