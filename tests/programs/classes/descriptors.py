# Descriptors (MicroPython's MICROPY_PY_DESCRIPTORS): __get__, __set__ and
# __delete__ of class attributes that are instances of user classes.


class Typed:
    def __init__(self, name, kind):
        self.name = "_" + name
        self.kind = kind

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)


class Point:
    x = Typed("x", int)
    y = Typed("y", int)

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, p._x)
p.x = 10
print(p.x)
try:
    p.y = "no"
except TypeError as e:
    print("TypeError:", e)
del p.x
print(hasattr(p, "_x"))
print(type(Point.x).__name__, Point.x.kind.__name__)


class Const:
    # Only __get__: class-level access passes None as the instance.
    def __get__(self, obj, owner):
        return ("instance" if obj is not None else "class", owner.__name__)


class Holder:
    c = Const()


print(Holder.c, Holder().c)
h = Holder()
h.c = 5  # not a data descriptor: the instance dict takes it
print(h.c, Holder().c)


class Plain:
    pass


class WithPlain:
    p = Plain()  # an instance without __get__ stays itself


print(type(WithPlain.p).__name__, type(WithPlain().p).__name__)
