# Attribute stores use per-site caches: replacing an instance attribute is a
# direct entry store while the class has no property, descriptor or
# __setattr__ for the name. Every such change must be seen by the next store.


class A:
    def __init__(self):
        self.v = 0


def set_v(o, x):
    o.v = x  # one store site


a = A()
for i in range(5):
    set_v(a, i)
print(a.v)


# __setattr__ added to the class after the site's cache was filled.
def hook(self, name, value):
    print("hook", name, value)
    object.__setattr__(self, name, value * 10)


A.__setattr__ = hook
set_v(a, 7)
print(a.v)
del A.__setattr__
set_v(a, 8)
print(a.v)


# A property appearing on the class, read-only, then with a setter. Stores
# go to the property; loads still find the instance dict's value first (as
# MicroPython, unlike CPython where a data descriptor wins).
A.v = property(lambda self: "prop")
try:
    set_v(a, 9)
except AttributeError:
    print("read-only property")
print(a.v)
store = []
A.v = property(lambda self: store[-1], lambda self, x: store.append(x))
set_v(a, 10)
print(a.v, store)
del A.v
set_v(a, 11)  # the instance dict again (it still holds 8)
print(a.v)


# A data descriptor appearing on a base class.
class Desc:
    def __get__(self, obj, cls):
        return "got"

    def __set__(self, obj, value):
        print("set", value)


class B(A):
    pass


b = B()
set_v(b, 1)
print(b.v)
A.v = Desc()
set_v(b, 2)
print(b.v)
del A.v
set_v(b, 3)
print(b.v)


# Stores after deletion and dict growth re-add the attribute elsewhere.
c = A()
for step in range(4):
    set_v(c, step)
    if step == 1:
        del c.v
        for i in range(12):
            setattr(c, "f%d" % i, i)
print(c.v, [getattr(c, "f%d" % i) for i in (0, 5, 11)])


# Class attributes used as defaults: the first store makes an instance one.
class D:
    count = 100


def bump(o):
    o.count = o.count + 1


d1, d2 = D(), D()
for _ in range(3):
    bump(d1)
bump(d2)
print(d1.count, d2.count, D.count)


# Instances of several classes through one site, and objects that are not
# instances of user classes.
class E(Exception):
    pass


targets = [A(), B(), D(), E("e")]
for t in targets:
    set_v(t, type(t).__name__)
print([t.v for t in targets])
try:
    set_v(5, 1)
except AttributeError as e:
    print(e)


# Stores and loads of the same attribute in a loop (a counter in an object).
class Acc:
    def __init__(self):
        self.total = 0
        self.n = 0

    def add(self, x):
        self.total = self.total + x
        self.n += 1


acc = Acc()
for i in range(1000):
    acc.add(i)
print(acc.total, acc.n)
