import random
random.seed()
random.seed(None)
x = random.random()
print(0 <= x < 1)
random.seed(2**100)
a = random.getrandbits(32)
random.seed(2**100)
print(a == random.getrandbits(32))
