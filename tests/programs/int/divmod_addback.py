# Long divisions whose first quotient estimate is one too large even after
# the two-digit test, so the divisor must be added back: a divisor whose
# third and lower digits are all ones under a top digit of 1, for 32-bit and
# 64-bit digits, operands of the same length and longer dividends, with //,
# % and divmod separately (each takes its own path) and every sign.
cases = []
for w in (32, 64):
    B = 1 << w
    for n in (3, 4, 6):
        b = B ** (n - 1) + B - 1
        cases.append((2 * B ** (n - 1), b))
        cases.append((2 * B ** (n - 1) + 5, b))
        cases.append((2 * B ** (n - 1) * B + 7, b))
        b2 = B ** (n - 1) + B ** (n - 2) - 1
        cases.append((2 * B ** (n - 1), b2))
for a, b in cases:
    for sa, sb in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
        x, y = sa * a, sb * b
        q, r = divmod(x, y)
        print(q, r, x // y == q, x % y == r, q * y + r == x)
