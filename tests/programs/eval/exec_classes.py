# Classes defined by exec(): methods, class attributes, inheritance from a
# compiled class, zero-argument super(), properties and decorators.
class Base:
    def __init__(self, v):
        self.v = v

    def describe(self):
        return "Base(" + str(self.v) + ")"


exec("""
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
    @staticmethod
    def origin():
        return Point(0, 0)
    @classmethod
    def unit(cls):
        return cls(1, 1)

class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def describe(self):
        return "Child/" + super().describe() + "/" + str(self.w)

class Tagged(Child):
    tag = "t"
    names = [n * 2 for n in "ab"]
""")
p = Point(1, 2) + Point(3, -7)
print(p, p.norm1, Point.dims, Point.origin(), Point.unit())
c = Child(1, 2)
print(c.describe(), isinstance(c, Base), c.v, c.w)
t = Tagged(3, 4)
print(t.describe(), t.tag, Tagged.names, type(t).__name__)
print(Point.__module__, Point.__qualname__)


class Sub(Point):
    def __repr__(self):
        return "Sub" + Point.__repr__(self)


print(Sub(5, 6), issubclass(Sub, Point))
