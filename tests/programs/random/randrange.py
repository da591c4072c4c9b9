import random
random.seed(99)
print(sorted(set(random.randrange(5) for _ in range(400))))
print(sorted(set(random.randrange(2, 6) for _ in range(400))))
print(sorted(set(random.randrange(0, 20, 5) for _ in range(400))))
print(sorted(set(random.randrange(10, 0, -3) for _ in range(400))))
print(sorted(set(random.randrange(-5, 5, 4) for _ in range(400))))
print(random.randrange(1), random.randrange(7, 8), random.randrange(3, 4, 10), random.randrange(3, 2, -5))
