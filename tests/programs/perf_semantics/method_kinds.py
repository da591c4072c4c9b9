# Parameter kinds of methods come from every call that can enter them:
# `x.m(...)` through instances, `C.m(obj, ...)` through the class and
# `super().m(...)`. A method only ever given floats takes doubles; one given
# an int at one call and a float at another keeps objects; a subclass
# overriding a method with another arity; int parameters growing into big
# ints; a name whose bound method escapes keeps objects everywhere.


class Body:
    def __init__(self, x):
        self.x = x

    def moved(self, dx, scale):
        return (self.x + dx) * scale

    def mixed(self, v):
        return v * 2

    def count(self, n):
        return n * n * n

    def stored(self, v):
        return v + 0.5


class Heavy(Body):
    def moved(self, dx, scale, extra):
        return super().moved(dx, scale) + extra

    def mixed(self, v):
        return super().mixed(v) + 1


def run(k):
    b = Body(1.0)
    h = Heavy(2.0)
    total = 0.0
    for i in range(k):
        total += b.moved(0.5, 2.0) + h.moved(1.5, 0.5, 0.25)
        total += Body.moved(b, 1.0, 3.0)
    print(total)
    print(b.mixed(3), b.mixed(1.5), h.mixed(2), h.mixed(0.25), Body.mixed(h, "ab"))
    print(b.count(3), b.count(10 ** 7), h.count(-(2 ** 40)))
    f = b.stored
    print(f(1), b.stored(2.0), [b.stored(x) for x in (1, 2.5)])
    try:
        h.moved(1.0, 2.0)
    except TypeError:
        print("TypeError: missing argument")
    try:
        b.moved("x", 1.0)
    except TypeError:
        print("TypeError: str + float")


run(3)
