# Special methods of user classes (operators, __init__, __call__, __len__,
# reflected operators) are called with self prepended, without a bound
# method; whatever is not a plain function is still bound as usual.


class V:
    def __init__(self, x, y=0, *, scale=1):
        self.x = x * scale
        self.y = y * scale

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __rmul__(self, k):
        return V(self.x * k, self.y * k)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __len__(self):
        return 2

    def __call__(self, *args, **kw):
        return (self.x, args, sorted(kw.items()))

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


a = V(1, 2)
b = V(3, y=4, scale=2)
print(a + b, 3 * a, -b, len(a), a(1, k=2), a[1], list(a))
for i in range(3):
    a = a + V(i)
print(a)


# A staticmethod, a class whose __init__ is a lambda, a callable instance
# used as a special method, a special method replaced on the class.
class Adder:
    def __call__(self, this, other):
        return "Adder(%s)" % other


class W:
    __init__ = lambda self, v: setattr(self, "v", v)
    __add__ = Adder()  # not a function: not bound, called with both

    @staticmethod
    def __neg__():
        return "static neg"


w = W(5)
print(w.v)
try:
    print(w + 1)
except TypeError:
    print("TypeError: callable instance as __add__")
print(-w)
W.__neg__ = lambda self: "replaced"
print(-w)


# __init__ returning a value, raising, and wrong argument counts.
class Bad:
    def __init__(self):
        return 1


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __init__(self, n):
        raise ValueError("n=%d" % n)


try:
    Raises(3)
except ValueError as e:
    print("ValueError:", e)
try:
    V()
except TypeError:
    print("TypeError: missing x")


# Many positional arguments (more than fit the call's stack buffer).
class Many:
    def __init__(self, a, b, c, d, e, f, g, h, i, j):
        self.total = a + b + c + d + e + f + g + h + i + j

    def __call__(self, a, b, c, d, e, f, g, h, i, j, k=0):
        return self.total + a + b + c + d + e + f + g + h + i + j + k


m = Many(*range(10))
print(m.total, m(*range(10), k=100))
