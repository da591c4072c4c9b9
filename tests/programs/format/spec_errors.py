cases = [(1, "z"), (1.5, "d"), (1.5, "x"), ("s", "d"), (1, ".2d"), (1, "=5s"), ("s", "=5"), (1, "++d"), (1, "5.2.1f"), (1.5, "c"), ("ab", "08")]
for v, spec in cases:
    try:
        print(format(v, spec))
    except ValueError as e:
        print(repr(spec), "ValueError")
    except TypeError as e:
        print(repr(spec), "TypeError")
try:
    print(format(2**40, "c"))
except OverflowError as e:
    print("OverflowError")
