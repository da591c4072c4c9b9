# Return kinds of methods: a call `x.m(...)` is typed with the meet of the
# returns of every method named m when nothing else can answer the name
# (every binding is a plain def in a class body, no instance attribute, not
# a name of the runtime or a module global). Floats then stay unboxed in
# the caller. Methods whose returns disagree, decorated methods, instance
# attributes, float subclasses, generators, exceptions and deep recursion
# of the same names stay correct.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def norm2(self):
        return self.dot(self)

    def mixed(self, k):
        if k > 0:
            return self.x * k
        return 0  # an int: the calls are objects

    def gen_items(self):
        yield self.x
        yield self.y


class Q(P):
    def dot(self, o):
        return P.dot(self, o) * 2.0


class Big:
    def dot(self, o):
        return 10 ** 20  # a big int from the same name: the meet is object


class F(float):
    pass


class Sub:
    def scale(self, k):
        return F(k)  # a float subclass is not an exact float

    def twice(self, k):
        return k * 2.0


def sums(ps):
    t = 0.0
    for p in ps:
        t = t + p.norm2() + p.mixed(1) + p.mixed(-1)
    return t


ps = [P(1.0, 2.0), Q(0.5, 0.25), P(3, 4)]
print(sums(ps))
print([p.dot(ps[0]) for p in ps], Big().dot(None))
print(list(P(1.5, 2.5).gen_items()))
s = Sub()
r = s.scale(2.5)
print(r, type(r) is F, s.twice(1.25) + 1.0, s.twice(3))


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self.n / 2

    def down(self, n):
        if n == 0:
            return 0.5
        return self.down(n - 1) + 1.0

    def fail(self, x):
        return 1.0 / x


c = Counter()
print(c.bump(3) + c.bump(4.0), c.down(100))
try:
    c.down(100000)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(c.fail(2.0), c.fail(0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(P.dot(P(1.0, 1.0), P(2.0, 3.0)))
