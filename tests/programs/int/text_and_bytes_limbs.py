# Conversions whose chunking depends on the digit width: decimal text in
# chunks of 10**9 or 10**19, bytes in digits of 4 or 8, floats from the top
# 64 bits, and hashes reduced digit by digit.
for e in (9, 18, 19, 20, 27, 38, 39, 40, 57, 95):
    n = 10 ** e
    print(e, n - 1, n, n + 1, -n)
    print(int(str(n - 1)) == n - 1, int("-" + str(n + 1)) == -n - 1, len(str(n)))

for v in ((1 << 64) - 1, 1 << 64, (1 << 64) + 1, 1 << 96, (1 << 128) - 1):
    print(hex(v), oct(v), bin(v)[:20], int(hex(v), 16) == v, int(bin(v), 0) == v)

for n in (8, 9, 15, 16, 17, 24, 25):
    data = bytes(range(1, n + 1))
    for order in ("big", "little"):
        v = int.from_bytes(data, order)
        back = v.to_bytes(n, order)
        print(n, order, v, back == data)
    neg = int.from_bytes(b"\xff" * n, "big", signed=True)
    print(n, neg, (-(1 << (8 * n - 1))).to_bytes(n, "big", signed=True)[:2])

for v in ((1 << 64) - 1, 1 << 64, (1 << 64) + (1 << 11), (1 << 53) + 1, 3 ** 60):
    print(float(v), float(-v), v == float(v), v < float(v) + 1e10)

print(int(2.0 ** 64), int(-(2.0 ** 64)), int(1e19), int(1.5e30))
print(hash(1 << 64) == hash(1 << 64), hash(-(1 << 70)) == hash(-(1 << 70)))
print({1 << 64: "a", (1 << 64) + 1: "b"}[(1 << 32) * (1 << 32)])
