from collections import namedtuple

Point = namedtuple("Point", ("x", "y"))
p = Point(1, 2)
print(p)
print(p.x, p.y, p[0], p[1], len(p))
print(isinstance(p, tuple), type(p).__name__)
x, y = p
print(x + y, p == (1, 2), p == Point(1, 2))
q = Point(y=5, x=3)
print(q, q.x)
print(Point._fields)
print(p._replace(y=9))
print(p._asdict())
print(hash(p) == hash((1, 2)))
print(Point._make([7, 8]))

Color = namedtuple("Color", "red green, blue")
c = Color(1, 2, 3)
print(c, c.blue)
print(sorted([Color(3, 1, 1), Color(1, 2, 3)]))

Opt = namedtuple("Opt", "a b c", defaults=(0, 1))
print(Opt(5), Opt(5, 6, 7))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2)]:
    try:
        bad()
    except TypeError:
        print("TypeError")
try:
    p.x = 3
except AttributeError:
    print("AttributeError")
