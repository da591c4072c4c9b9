# Values the compiler proves to be floats are kept as machine doubles; every
# observable behaviour must stay that of float objects.


def leapfrog(n):
    x = 0.0
    v = 1.0
    dt = 0.01
    for i in range(n):
        a = -x * 0.5
        v = v + a * dt
        x = x + v * dt
    return x, v


print(leapfrog(1000))


def identity():
    x = 1.5 * 2.0
    y = x
    items = [x, y, x]
    q = 100000000000000000000000 / 7  # computed by the runtime, then unboxed
    pair = [q, q]
    return (x is y, items[0] is items[1], items[1] is items[2], id(x) == id(y),
            pair[0] is pair[1], pair[0] is q)


print(identity())


def zero_division(values):
    out = []
    for d in values:
        q = 1.0
        try:
            q = 3.0 / d
        except ZeroDivisionError as e:
            out.append(str(e))
        out.append(q)
    return out


print(zero_division([2.0, 0.0, -0.0, 4]))


def loop_with_divide(n):
    s = 0.0
    for i in range(1, n):
        s = s + 1.0 / i
    return s


print(loop_with_divide(100))


def truth_and_compare():
    nan = float("nan")
    z = 0.0 * 1.0
    n = nan * 1.0
    out = []
    if z:
        out.append("zero true")
    if n:
        out.append("nan true")
    if -z:
        out.append("negzero true")
    out.append(n == n)
    out.append(n != n)
    out.append(z < 1)
    out.append(z == 0)
    out.append(-z == z)
    x = 0.5
    while x < 100.0:
        x = x * 3.0
    out.append(x)
    return out


print(truth_and_compare())


def mixed(n):
    total = 0
    for i in range(n):
        total = total + 0.5  # int then float: stays a generic value
    big = 10**20
    f = 1.5
    for i in range(3):
        f = f * 2 + 1  # float with a small int
    g = 100000000000000000000000 / 7  # int / int is a float
    h = 0.0
    for i in range(3):
        h = h + i  # float + int value
    return total, f, g, h, 7 / 2, -(2.5 * 2.0), +(1.5 + 0.0), big


print(mixed(5))


def gen(n):
    x = 0.25
    for i in range(n):
        x = x * 2.0
        yield x
    yield x - 0.5


print(list(gen(4)))


def escapes():
    x = 2.0
    y = x * 3.0
    d = {y: "six"}
    s = "%.1f %s %r" % (y, y, y)
    return d[6.0], s, repr(y), type(y).__name__, [y][0] + 1


print(escapes())
