# Inline small-int arithmetic must agree with the big-int path: floor
# division and modulo round toward minus infinity, shifts past the width give
# the sign, and results leaving the small-int range become big ints.

vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 1000000007, -1000000007]
out = []
for a in vals:
    for b in vals:
        if b == 0:
            continue
        out.append((a // b, a % b))
print(out)

for a in [5, -5, 0, 12345, -12345]:
    print([a >> s for s in [0, 1, 2, 3, 31, 32, 62, 63, 64, 100, 1000]])

for op in ["//", "%"]:
    try:
        if op == "//":
            5 // 0
        else:
            5 % 0
    except ZeroDivisionError as e:
        print(op, "ZeroDivisionError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)

# The smallest small int on 64-bit targets (and a big int on 32-bit ones).
lo = -(2**62)
print(lo // -1, lo % -1, (lo + 1) // -1)
lo31 = -(2**30)
print(lo31 // -1, lo31 % -1)

# Loops that overflow into big ints.
x = 1
for i in range(100):
    x = x * 3 + i
print(x)
y = 2**61
for i in range(4):
    y = y + y
print(y)
z = -(2**61)
for i in range(4):
    z = z - 2**61
print(z)
q = 10**30
print(q // 7, q % 7, -q // 7, -q % 7, q >> 3, 7 // q, -7 // q, -7 % q)
print(True // 2, 7 % True, 5.5 // 2, -5.5 % 2)
