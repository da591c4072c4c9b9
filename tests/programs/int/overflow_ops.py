# every operator at the edge of the small-int range gives the exact result
lo = -(2 ** 62)
hi = 2 ** 62 - 1
print(hi + 1, lo - 1)
print(-lo, abs(lo), -hi)
print(lo // -1, lo % -1, lo * -1)
print(2 ** 31 * 2 ** 31, (2 ** 31) * (2 ** 32), hi * 2, lo * 2)
print(1 << 62, 3 << 61, 1 << 63, hi << 1)
print(hi - lo, lo - hi)
print((hi + 1) - 1 == hi, (lo - 1) + 1 == lo)
x = hi
x += 1
x -= 1
print(x, x == hi, type(x))
y = 1
for i in range(64):
    y = y + y
print(y, y - 2 ** 64)
z = -1
for i in range(63):
    z *= 2
print(z, z == -(2 ** 63))
