# bitwise operators and shifts, small and big
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~5, ~-1)
print(1 << 10, 1 << 62, 1 << 64, 1 << 100)
print((1 << 100) >> 98, -16 >> 2, -1 >> 10)
print((2 ** 70 + 5) & 0xFF, (2 ** 70) | 1)
print(-(2 ** 70) >> 68)
