# Nested functions, closures over cells, nonlocal, late binding.
def counter():
    n = 0

    def inc(step=1):
        nonlocal n
        n += step
        return n

    def get():
        return n

    return inc, get


inc, get = counter()
inc()
inc(5)
print(get())
inc2, get2 = counter()
print(inc2(), get(), get2())


def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]


early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"

        inner()
        return x

    return middle(), x


print(outer())


def shadow():
    x = 1

    def g():
        x = 2
        return x

    return g(), x


print(shadow())
