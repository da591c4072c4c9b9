# missing keys raise KeyError, caught here
d = {1: "one", 2: "two"}
try:
    print(d[3])
except KeyError as e:
    print("KeyError", e)
try:
    d.pop(5)
except KeyError as e:
    print("KeyError from pop", e)
try:
    del d[7]
except KeyError:
    print("KeyError from del")
try:
    d[1]
    print("found 1")
    d[99]
    print("not reached")
except LookupError:
    print("caught as LookupError")
print(d)
