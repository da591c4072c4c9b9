import random
random.seed(11)
vs = [random.uniform(2, 5) for _ in range(500)]
print(all(2 <= v <= 5 for v in vs), min(vs) < 2.2, max(vs) > 4.8)
ws = [random.uniform(1.5, -1.5) for _ in range(500)]
print(all(-1.5 <= w <= 1.5 for w in ws))
print(random.uniform(3, 3), type(random.uniform(0, 1)).__name__)
