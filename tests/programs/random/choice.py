import random
random.seed(5)
print(sorted(set(random.choice("abc") for _ in range(200))))
print(sorted(set(random.choice([10, 20, 30, 40]) for _ in range(300))))
print(random.choice((42,)), random.choice(range(100, 101)), random.choice(b"z"))
print(sorted(set(random.choice(range(0, 10, 3)) for _ in range(200))))
