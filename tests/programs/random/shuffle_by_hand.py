import random
random.seed(2024)
items = list(range(10))
for i in range(len(items) - 1, 0, -1):
    j = random.randint(0, i)
    items[i], items[j] = items[j], items[i]
print(sorted(items) == list(range(10)), len(items))
