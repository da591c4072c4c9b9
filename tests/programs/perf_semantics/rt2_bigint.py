# Big-int addition and subtraction at digit boundaries: carries and borrows
# that run through whole digits of ones or zeros, sign changes, results that
# shrink to small ints or zero, and operands of very different lengths.


def show(x):
    print(hex(x))


ones64 = 2 ** 64 - 1
ones128 = 2 ** 128 - 1
ones32 = 2 ** 32 - 1
for a, b in [(ones64, 1), (ones128, 1), (ones32, 1), (2 ** 64, -1), (2 ** 128, -1),
             (2 ** 192, -(2 ** 64)), (ones128, ones128), (-ones128, -1), (2 ** 200, 2 ** 3)]:
    show(a + b)
    show(a - b)
    show(b - a)
    show(-a - b)

# A carry through a long run of all-ones digits, and a borrow back.
x = 2 ** 1000 - 1
y = x + 1
show(y)
show(y - 1 == x)
show(y - x)
show(x - y)
z = 2 ** 1000 + 2 ** 500
show(z - 2 ** 999)
show(2 ** 999 - z)
print(z - z, z + (-z), -z + z)

# Mixed lengths and signs, results back to small ints.
big = 3 ** 200
for s in (1, -1, 12345, -(2 ** 62), 2 ** 62, 2 ** 63, -(2 ** 63)):
    r = big + s - big
    print(r, r == s, type(r).__name__)
    r = (big - s) - big
    print(r, r == -s)

# Running sums that cross digit boundaries many times.
acc = 0
step = 2 ** 61 + 12345
for i in range(200):
    acc += step
    acc -= i
print(acc, acc % 1000003)
for i in range(200):
    acc -= step
print(acc, -sum(range(200)))

# Comparisons around the same values.
print(2 ** 64 > ones64, ones64 + 1 == 2 ** 64, -(2 ** 64) < -ones64, 2 ** 128 - 1 == ones128)
