import random
random.seed(12345)
a = [random.getrandbits(32) for _ in range(20)]
b = [random.random() for _ in range(5)]
random.seed(12345)
print(a == [random.getrandbits(32) for _ in range(20)], b == [random.random() for _ in range(5)])
random.seed(12346)
print(a != [random.getrandbits(32) for _ in range(20)])
