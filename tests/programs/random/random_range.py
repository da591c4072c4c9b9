import random
random.seed(1)
xs = [random.random() for _ in range(2000)]
print(all(0.0 <= x < 1.0 for x in xs), type(xs[0]).__name__)
print(min(xs) < 0.05, max(xs) > 0.95, 0.4 < sum(xs) / len(xs) < 0.6)
