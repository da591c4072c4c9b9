# Binary operators and instantiation of user classes go through the direct
# call of the dunder's code: these check that every case keeps its meaning.


class V:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, V):
            return NotImplemented
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(k * self.x, k * self.y)

    def __radd__(self, o):
        return ("radd", o)

    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x and self.y == o.y

    def __lt__(self, o):
        return self.x < o.x

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


a = V(1, 2)
b = V(3)
print(a + b, a - b, a * 2, 3 * a)
print(5 + a)            # int.__add__ fails, V.__radd__ answers
try:
    a + 5  # __add__ returns NotImplemented, int has no reflected op
except TypeError as e:
    print("TypeError", e)
print(a == V(1, 2), a != V(1, 2), a == 7, a < b, b > a)

# A large float multiply promotes nothing, a big int keeps exact.
print(V(2 ** 70) * 3)


class W(V):
    # A subclass overriding one operator keeps the others.
    def __add__(self, o):
        return "W.add"

    def __sub__(self, o):
        return super().__sub__(o) * 10


w = W(10, 20)
print(w + a, w - a, w * 2)


class S:
    @staticmethod
    def __add__(b):
        return ("static", b)

    __mul__ = lambda self, o: ("lambda", o)


s = S()
print(s + 1, s * 2)


class Varargs:
    def __add__(self, *rest):
        return rest

    def __sub__(self, o, extra=100):
        return o + extra


print(Varargs() + 1, Varargs() - 1)


class Rebound:
    def __add__(self, o):
        return "first"


r = Rebound()
print(r + 1)
Rebound.__add__ = lambda self, o: "second"
print(r + 1)
del Rebound.__add__
try:
    r + 1
except TypeError as e:
    print("TypeError", e)


class Raises:
    def __add__(self, o):
        raise ValueError("from __add__")


try:
    Raises() + 1
except ValueError as e:
    print("ValueError", e)


class BadArity:
    def __add__(self):
        return 0


try:
    BadArity() + 1
except TypeError as e:
    print("TypeError", e)


# Instantiation: defaults, keywords, *args, a non-None __init__, __new__,
# no __init__ at all.
class P:
    def __init__(self, a, b=2, *rest, **kw):
        self.v = (a, b, rest, sorted(kw.items()))


print(P(1).v, P(1, 3).v, P(1, 3, 4, 5).v, P(1, k=9).v, P(a=7).v)


class Q:
    def __init__(self, x):
        self.x = x


try:
    Q()
except TypeError as e:
    print("TypeError", e)
try:
    Q(1, 2)
except TypeError as e:
    print("TypeError", e)


class NotNone:
    def __init__(self):
        return 5


try:
    NotNone()
except TypeError as e:
    print("TypeError", e)


class Empty:
    pass


print(type(Empty()).__name__)


class WithNew:
    def __new__(cls, x):
        print("new", x)
        return object.__new__(cls)

    def __init__(self, x):
        print("init", x)


WithNew(4)


class Base:
    def __init__(self, n):
        self.n = n


class Derived(Base):
    pass


class Derived2(Base):
    def __init__(self, n, m):
        super().__init__(n)
        self.m = m


print(Derived(3).n, Derived2(4, 5).n, Derived2(4, 5).m)


class StaticInit:
    @staticmethod
    def __init__(*args):
        print("static init", len(args))


StaticInit(1, 2)

# __init__ replaced after the first instantiation.
print(Q(1).x)
Q.__init__ = lambda self, x: setattr(self, "x", x * 2)
print(Q(1).x)


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


d = Deep(50)
depth = 0
while d:
    depth += 1
    d = d.child
print(depth)
