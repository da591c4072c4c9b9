import random
random.seed(7)
for n in [0, 1, 2, 8, 16, 31, 32]:
    vals = [random.getrandbits(n) for _ in range(300)]
    print(n, all(0 <= v < 2 ** n for v in vals), n == 0 or max(vals) >= 2 ** (n - 1))
print(type(random.getrandbits(32)).__name__)
