class Range3:
    def __iter__(self):
        yield 1
        yield 2
        yield 3


print(list(Range3()), max(Range3()))


class Lam:
    __len__ = lambda self: 7
    double = lambda self, x: 2 * x


print(len(Lam()), Lam().double(4))


class Cmp:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print("gt called")
        return self.v > other

    def __lt__(self, other):
        print("lt called")
        return self.v < other


print(Cmp(5) > 1)
print(Cmp(5) < 10)


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError:
    print("TypeError")


class Countdown:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        return self.n > 0


c = Countdown(3)
while c:
    print("tick", c.n)
    c.n -= 1
print(isinstance(Countdown, type), isinstance(c, type), type(Countdown) is type)


class Raiser:
    def __init__(self):
        raise ValueError("from init")


try:
    Raiser()
except ValueError as e:
    print("caught", e)
