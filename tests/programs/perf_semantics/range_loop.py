# `for i in range(...)` runs as a counted loop when range is the built-in
# and the arguments are small ints; everything else must behave as before.


def collect(*args):
    out = []
    for i in range(*args):
        out.append(i)
    return out


def forms():
    a = []
    for i in range(5):
        a.append(i)
    b = []
    for i in range(2, 6):
        b.append(i)
    c = []
    for i in range(10, 0, -3):
        c.append(i)
    d = []
    for i in range(0, 10, 4):
        d.append(i)
    e = []
    for i in range(5, 5):
        e.append(i)
    f = []
    for i in range(5, 1):
        f.append(i)
    g = []
    for i in range(1, 5, -1):
        g.append(i)
    h = []
    for i in range(-3, 3, 2):
        h.append(i)
    k = []
    for i in range(-1):
        k.append(i)
    return a, b, c, d, e, f, g, h, k


print(forms())
print(collect(3), collect(1, 4), collect(9, -9, -4))


def big_bounds():
    # Bounds beyond small ints but within a machine word (MicroPython's
    # range takes machine ints: 2**70 would raise OverflowError).
    out = []
    for i in range(2**62 - 2, 2**62 + 1):
        out.append(i)
    for i in range(-(2**62) + 1, -(2**62) - 2, -1):
        out.append(i)
    return out


print(big_bounds())


def extremes():
    n = 0
    last = None
    for i in range(-(2**62), 2**62 - 1, 2**61):
        n += 1
        last = i
    return n, last


print(extremes())


def errors():
    for args in [(1, 5, 0), (1.5,), ("a", 3)]:
        try:
            for i in range(*args):
                pass
        except Exception as e:
            print(type(e).__name__, e)
    try:
        for i in range(1, 5, 0):
            print(i)
    except ValueError as e:
        print("ValueError", e)
    try:
        for i in range(2.0):
            print(i)
    except TypeError as e:
        print("TypeError", e)


errors()


def control():
    out = []
    for i in range(10):
        if i == 2:
            continue
        if i == 6:
            break
        for j in range(i):
            out.append(j)
    else:
        out.append("no")
    for i in range(3):
        pass
    else:
        out.append("else")
    out.append(i)
    return out


print(control())


def raises_inside(n):
    total = 0
    for i in range(n):
        try:
            total += 10 // (i - 3)
        except ZeroDivisionError:
            total += 1000
    return total


print(raises_inside(6))


def generator(n):
    for i in range(n):
        yield i * i


print(list(generator(5)))


def nested_same_loop():
    out = []
    for i in range(3):
        for j in range(i, 3):
            out.append((i, j))
    return out


print(nested_same_loop())


# Shadowing and rebinding range.
def uses_range(n):
    s = []
    for i in range(n):
        s.append(i)
    return s


print(uses_range(3))
range = lambda n: ["fake", n]
print(uses_range(3))
del range
print(uses_range(3))


class MyRange:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter([self.n] * 2)


range = MyRange
print(uses_range(7))
del range


def rebind_inside():
    global range
    out = []
    for i in range(3):
        range = lambda n: [n, n]
        out.append(i)
    for i in range(9):
        out.append(i)
    del range
    return out


print(rebind_inside())
print(uses_range(2))
