# Kinds of closure variables (cells) and of lists reached through them
# (ir/passes/ListKinds.cpp): a cell's loads get the meet of the kinds of
# every value stored into it, by its own function or through `nonlocal`.


def scaled(k):
    f = 2.5 * k

    def mul(x):
        return x * f + f

    return [mul(1.0), mul(2), mul(0.5)]


print(scaled(2.0))


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n * 2

    bump()
    bump()
    return n + 0.5, bump()


print(counter())


def spoiled():
    v = 1

    def change():
        nonlocal v
        v = "now a str"

    before = v + 1
    change()
    return before, v * 2


print(spoiled())


def to_float():
    v = 3

    def change():
        nonlocal v
        v = v / 2

    change()
    return v + 1, repr(v)


print(to_float())


def unbound():
    def read():
        return w + 1.0

    try:
        read()
    except NameError as e:
        print("NameError")
    w = 2.0
    return read()


print(unbound())


def deleted():
    z = 1.5

    def read():
        return z * 2

    first = read()
    del z
    try:
        read()
    except NameError:
        print("NameError after del")
    return first


print(deleted())


def lists():
    xs = [0.0] * 4
    n = len(xs)

    def fill(i):
        xs[i] = i * 0.5

    for i in range(n):
        fill(i)
    tot = sum(xs[i] * 2 for i in range(n))
    ys = [1.0, 2.0]

    def spoil():
        ys.append("y")

    spoil()
    return tot, xs[-1], repr(ys[-1]), ys[0] + ys[1]


print(lists())


def gen_cells():
    k = 3

    def g():
        for i in range(k):
            yield i * k

    return list(g())


print(gen_cells())
