# Closure cells read and written directly (no subscript calls): nonlocal
# rebinding from either side, many cells, cells of generators and class
# bodies, and reads of a deleted or never-bound variable.


def counter():
    count = 0
    step = 1

    def bump():
        nonlocal count
        count += step
        return count

    def set_step(s):
        nonlocal step
        step = s

    return bump, set_step, lambda: (count, step)


bump, set_step, peek = counter()
print(bump(), bump())
set_step(10)
print(bump(), peek())


def many():
    a, b, c, d, e, f, g, h, i, j = range(10)

    def inner():
        return a + b * c - d + e * f - g + h * i - j

    def change():
        nonlocal j, a
        j, a = 100, -100

    r1 = inner()
    change()
    return r1, inner(), a, j


print(many())


def unbound():
    def read():
        return late

    try:
        read()
    except NameError as e:
        print("NameError:", e)
    late = "now bound"
    print(read())
    del late
    try:
        read()
    except NameError as e:
        print("NameError:", e)


unbound()


def gen_cells(n):
    total = 0

    def add(x):
        nonlocal total
        total += x

    for k in range(n):
        add(k)
        yield total


print(list(gen_cells(5)))


def class_cells():
    shared = []

    class C:
        def put(self, x):
            shared.append(x)
            return len(shared)

    c = C()
    return c.put("a"), c.put("b"), shared


print(class_cells())


def loop_lambdas():
    fs = []
    for k in range(3):
        fs.append(lambda k=k: k)
    last = [lambda: k for k in range(3)]
    return [f() for f in fs], [f() for f in last]


print(loop_lambdas())


def deep():
    x = 1

    def mid():
        y = 2

        def inner():
            nonlocal x, y
            x += 10
            y += 20
            return x + y

        return inner() + inner(), y

    return mid(), x


print(deep())
