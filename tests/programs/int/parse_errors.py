cases = [("", 10), (" ", 10), ("1_", 10), ("_1", 10), ("1__1", 10), ("0x", 16), ("12", 2), ("0b2", 0),
         ("1.5", 10), ("abc", 10), ("--1", 10), ("0x1g", 16), ("1 2", 10), ("0x10", 10), ("0b1", 16)]
for s, b in cases:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError", repr(s))
for b in [1, 37, -1, 100]:
    try:
        int("1", b)
    except ValueError as e:
        print("ValueError base", b)
try:
    int(5, 10)
except TypeError:
    print("TypeError")
