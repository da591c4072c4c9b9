import random
v = random.randint(1, 6)
print(1 <= v <= 6, 0 <= random.random() < 1)
