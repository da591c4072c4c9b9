# Method calls on any receiver (`v.m(args)`, not only `self.m`) try the
# methods named m of the program's classes that take the arguments (up to
# four), each checked against the loaded function before its native entry
# is entered. Every other callable takes the generic method call: the
# other class's method, subclass overrides, instance attributes set later,
# methods rebound on the class or through setattr with a computed name,
# stored bound methods, static/class methods and properties of the same
# name, wrong arities (TypeError), exceptions and deep recursion.
class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r

    def grow(self, k):
        return Circle(self.r + k)

    def scaled(self, k):
        return self.area() * k


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def grow(self, k):
        return Square(self.s * k)

    def scaled(self, k):
        return self.area() + k


class BigSquare(Square):
    def area(self):
        return 100 * self.s


class Static:
    @staticmethod
    def area():
        return "static"

    @classmethod
    def grow(cls, k):
        return (cls.__name__, k)

    @property
    def scaled(self):
        return lambda k: ("property", k)


def total(shapes, k):
    t = 0
    for s in shapes:
        t = t + s.area() + s.scaled(k)
    return t


shapes = [Circle(1.0), Square(2), BigSquare(3), Circle(0.5)]
print(total(shapes, 2))
print([s.grow(2).area() for s in shapes])

# Static method, class method and property of the same names.
st = Static()
print(st.area(), st.grow(5), st.scaled(7))

# An instance attribute set later shadows the method.
c = Circle(2.0)
print(c.area())
c.area = lambda: "instance"
print(c.area(), c.scaled(1) if False else "skip")
print(total([Circle(2.0)], 1))

# Rebinding the method on the class after calls.
sq = Square(3)
print(sq.area())
Square.area = lambda self: -1
print(sq.area(), BigSquare(1).area(), total([sq], 0))

# setattr with a computed name.
name = "ar" + "ea"
setattr(Circle, name, lambda self: "set")
print(Circle(1.0).area(), c.area())

# A bound method stored and called.
g = Circle(1.0).grow
print(g(1).r, g(2).r)


# Wrong arity: MicroPython's messages.
def call_scaled(obj):
    return obj.scaled(1, 2)


def call_grow(obj):
    return obj.grow()


for f in (call_scaled, call_grow):
    try:
        f(Square(1))
    except TypeError as e:
        print("TypeError:", e)


# Deep recursion through a guessed method.
class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    def depth(self):
        if self.nxt is None:
            return 1
        return self.nxt.depth() + 1


n = None
for i in range(200):
    n = Node(n)
print(n.depth())
loop = Node(None)
loop.nxt = loop
try:
    loop.depth()
except RuntimeError as e:
    print("RuntimeError:", e)


# An exception raised inside a guessed method, caught by the caller.
class Div:
    def __init__(self, d):
        self.d = d

    def ratio(self, x):
        return x / self.d


def ratios(ds):
    out = []
    for d in ds:
        try:
            out.append(d.ratio(1.0))
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


print(ratios([Div(2.0), Div(0.0), Div(4)]))
print(Div(0).ratio(1))
