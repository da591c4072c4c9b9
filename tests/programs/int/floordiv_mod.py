# floor division and modulo round toward negative infinity
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b)
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(0 // 5, 0 % -5)
print(-(2 ** 70) // 3, -(2 ** 70) % 3)
print((2 ** 70) // -3, (2 ** 70) % -3)
print(-100 // 7 * 7 + -100 % 7)
