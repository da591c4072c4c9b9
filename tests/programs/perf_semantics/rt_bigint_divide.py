# Big-int floor division and modulo where the quotient is small (a spigot's
# next digit): the quotient may be settled from the operands' top digits,
# so these probe remainders of 0, 1 and b - 1, operands at 32- and 64-bit
# digit boundaries, every sign combination, and dividends one digit longer
# than the divisor.

x = 0x2545F4914F6CDD1D


def rand_bits(bits):
    global x
    v = 0
    for _ in range((bits + 63) // 64):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        v = (v << 64) | x
    return v >> (64 * ((bits + 63) // 64) - bits)


def digest(vals):
    h = 0
    for v in vals:
        h = (h * 1000003 + v) % (1 << 61)
    return h


divisors = []
for bits in (129, 160, 191, 192, 193, 224, 255, 256, 257, 320, 383, 384, 385, 640):
    divisors.append(rand_bits(bits) | (1 << (bits - 1)))
    divisors.append(1 << (bits - 1))
    divisors.append((1 << bits) - 1)
    divisors.append((1 << (bits - 1)) + 1)

h = 0
cases = 0
bad = 0
for b in divisors:
    for q in (0, 1, 2, 9, 10, 12, 255, 1 << 31, (1 << 32) + 5, (1 << 63) + 7, (1 << 64) - 1):
        for r in (0, 1, 2, b // 2, b - 2, b - 1, rand_bits(b.bit_length() - 1)):
            if r >= b:
                continue
            a = b * q + r
            for sa, sb in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
                n, d = sa * a, sb * b
                fq, fr = n // d, n % d
                dq, dr = divmod(n, d)
                if (fq, fr) != (dq, dr) or fq * d + fr != n or (fr != 0 and (fr < 0) != (d < 0)) \
                        or abs(fr) >= abs(d):
                    bad += 1
                h = digest([h, fq, fr])
                cases += 1
print("cases", cases, "bad", bad, "digest", h)

# A few printed in full.
b = (1 << 192) - 1
for a in (b * 7, b * 7 + 1, b * 7 - 1, b * 10 + b - 1, -(b * 7 + 1), b << 64, (b << 64) - 1):
    print(a // b, a % b == 0, a // -b, (a % -b) <= 0)
t = 3 ** 200
for k in range(1, 12):
    print(k, (t * k + t // 3) // t, (t * k - 1) // t, -(t * k + 1) // t, (t * k) // t)

# The pidigits recurrence for a while, against a digit count.
q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
digits = []
while len(digits) < 300:
    if 4 * q + r - t < n * t:
        digits.append(n)
        q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
    else:
        q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k) + 2 + (r * l)) // (t * l), l + 2
print("".join(str(d) for d in digits[:60]))
print(digest(digits))
