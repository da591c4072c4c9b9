# Values at and around the powers of 2**32 and 2**64 (the digit base on
# 32-bit and 64-bit targets): carries and borrows that run across every
# digit, products and quotients of one-digit and multi-digit operands.
B32 = 1 << 32
B64 = 1 << 64

for k in (1, 2, 3, 4, 5):
    top = (1 << (32 * k)) - 1
    print(k, top + 1, (top + 1) - 1 == top, -top - 1, top * top)

# Carries across all digits, both signs.
for n in (B64 - 1, B64 * B64 - 1, B32 ** 5 - 1):
    print(n + 1, -n - 1, (n + 1) - n, n - (n + 1), -(n + 1) + n)
    print(n * 2, n * n - (n - 1) * (n + 1), n * (-3), -n * -n)

# Big times one-digit operands, of every sign and size.
x = 123456789012345678901234567890123456789
for m in (0, 1, -1, 2, 10, B32 - 1, B32, B32 + 1, B64 - 1, B64, -B64 - 1):
    print(m, x * m, m * x, -x * m)

# Floor division and modulo: signs, remainders zero and not, dividends
# shorter than divisors, quotients whose floor adjustment carries across
# every digit (a truncated quotient of all one bits).
ones = B64 * B64 - 1
for a in (ones * 3 + 1, ones * 3, ones * 3 + 2, 5, B64, B64 - 1):
    for b in (3, -3, ones, -ones, B64, -B64, B32 + 7):
        for sa in (1, -1):
            q, r = divmod(sa * a, b)
            print(sa * a, b, q, r, sa * a // b == q, sa * a % b == r, q * b + r == sa * a)

# Quotient digits near the digit base and divisors with the top bit set
# (no normalising shift) or a single top bit (the largest shift).
for b in (B64 - 1, (B64 - 1) * B64 + 12345, B64 // 2, B64 // 2 * B64 + 1, B32 // 2 + 1):
    for a in (b * (B64 - 1), b * (B64 - 1) + b - 1, b * b * b - 1, b * B64 * B64 + 7):
        q, r = divmod(a, b)
        print(q, r, q * b + r == a, 0 <= r < b)

# Bit operations and shifts across digit boundaries.
for s in (31, 32, 33, 63, 64, 65, 127, 128):
    v = (1 << s) + 1
    print(s, v, v >> 1, -v >> 1, -v >> s, v >> s, (v << 3) >> 3 == v, v.bit_length())
print((B64 - 1) & -B32, (B64 - 1) | -B64, (B64 + 5) ^ -(B64 + 5), ~(B64 - 1), ~-B64)

# Powers and modular powers.
print(3 ** 100, (-7) ** 41, (B64 + 1) ** 3)
print(pow(3, B64 + 1, B64 - 59), pow(-5, 1000, B32 * 7 + 3), pow(B64 * 3, 17, -(B64 + 13)))
