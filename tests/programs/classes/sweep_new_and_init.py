# __new__ and __init__, class attributes vs instance attributes, __class__.
class Singleton:
    _inst = None

    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created", cls.__name__)
        return cls._inst

    def __init__(self, v):
        self.v = v


a = Singleton(1)
b = Singleton(2)
print(a is b, a.v, b.v)


class Point:
    count = 0

    def __new__(cls, x, y):
        obj = object.__new__(cls)
        obj.made_by_new = True
        return obj

    def __init__(self, x, y):
        Point.count += 1
        self.x = x
        self.y = y


p = Point(1, 2)
q = Point(3, 4)
print(p.made_by_new, p.x, q.y, Point.count, p.count)
p.count = 99
print(p.count, Point.count, q.count)
print(p.__class__ is Point, type(q).__name__)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never runs")


print(NotMine())
