# Floor division of pseudo-random big ints against the defining identity,
# with digits biased toward the patterns that make long division's quotient
# estimate need correcting (all ones, a lone top bit, zeros), at 32-bit and
# 64-bit digit granularity. A checksum of every quotient and remainder pins
# the exact values.
state = 12345


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state >> 16


def number(max_words):
    n = 0
    for _ in range(1 + rnd() % max_words):
        pick = rnd() % 6
        if pick == 0:
            w = 0xFFFFFFFF
        elif pick == 1:
            w = 0x80000000
        elif pick == 2:
            w = 0
        else:
            w = rnd() & 0xFFFFFFFF
        n = (n << 32) | w
    n = n or 1
    return -n if rnd() & 1 else n


checksum = 0
bad = 0
for i in range(1500):
    a = number(14)
    b = number(2 if i % 3 == 0 else 7)
    q, r = divmod(a, b)
    if q * b + r != a or not (0 <= r < b if b > 0 else b < r <= 0):
        bad += 1
    if a // b != q or a % b != r:
        bad += 1
    checksum = (checksum * 31 + q * 7 + r) % (10 ** 30 + 57)
print("bad", bad)
print("checksum", checksum)
