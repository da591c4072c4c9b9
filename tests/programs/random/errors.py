import random
for args in [(0,), (-3,), (5, 5), (5, 1), (1, 10, 0), (10, 1, 1), (1, 10, -1)]:
    try:
        print(random.randrange(*args))
    except ValueError as e:
        print("ValueError", repr(str(e)))
try:
    random.randint(2, 1)
except ValueError as e:
    print("ValueError", repr(str(e)))
for n in [33, -1, 100]:
    try:
        random.getrandbits(n)
    except ValueError as e:
        print("ValueError:", e)
for seq in [[], "", ()]:
    try:
        random.choice(seq)
    except IndexError as e:
        print("IndexError", repr(str(e)))
