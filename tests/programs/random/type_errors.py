import random
for f, args in [(random.randint, (1.5, 3)), (random.randrange, ("5",)), (random.getrandbits, (2.0,)),
                (random.uniform, ("a", 1)), (random.seed, (1.5,)), (random.choice, (5,))]:
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    random.randint(0, 2**80)
except OverflowError as e:
    print("OverflowError:", e)
