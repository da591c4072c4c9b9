def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class Point(tuple):
    def x(self):
        return self[0]
    def y(self):
        return self[1]
p = Point((3, 4))
print(p, p.x(), p.y(), len(p), p + (5,), p == (3, 4))
print(isinstance(p, tuple), type(p).__name__, hash(p) == hash((3, 4)))
a, b = p
print(a, b, list(p), p.count(3), p.index(4))
print({p: "pt"}[(3, 4)])
