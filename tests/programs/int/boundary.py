# results that cross the small-int boundary in both directions
big = 2 ** 62
print(big - 1, big, big + 1)
print(big + big, (big + big) - big)
print(4611686018427387903 + 1)
print(-4611686018427387904 - 1)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(3037000500 * 3037000500)
print((2 ** 64) - (2 ** 64 - 5))
m = 2 ** 63
print(m * -1, -m // 2, m % 1000)
print(abs(-m), abs(-5), abs(m - m))
