from random import randint, seed, choice
seed(1)
print(randint(1, 1), choice("q"))
