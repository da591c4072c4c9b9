import random
random.seed(3)
seen = set()
for _ in range(600):
    v = random.randint(-3, 3)
    seen.add(v)
print(sorted(seen))
print(random.randint(5, 5), random.randint(-10, -10))
big = [random.randint(0, 10**9) for _ in range(50)]
print(all(0 <= v <= 10**9 for v in big), max(big) > 10**8)
print(random.randint(True, True))
