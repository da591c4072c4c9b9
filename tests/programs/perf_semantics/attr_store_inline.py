# Inline attribute stores (EmitAttribute.cpp, emitCachedAttrStore): one site
# replaces the cached entry's value in compiled code while the object's
# class is remembered in the current class epoch. Every way out must be
# seen: other classes, classes changed after instances exist, a hook added
# to a base, deleted attributes, dicts laid out differently, exceptions.


class Node:
    def __init__(self, v):
        self.v = v
        self.n = 0


def put(o, x):
    o.n = x  # the site under test


def total(objs):
    return sum(o.n for o in objs)


# One class, many stores through the same site.
a = Node(1)
for i in range(100):
    put(a, i)
print(a.n)


# More classes than the cache has ways (4 on 64-bit targets, 2 on 32-bit),
# some keeping n at another position.
class K1(Node):
    pass


class K2(Node):
    pass


class K3(Node):
    def __init__(self, v):
        self.extra = v
        Node.__init__(self, v)


class K4(Node):
    pass


class K5:
    def __init__(self):
        self.n = -1


objs = [K1(1), K2(2), K3(3), K4(4), K5(), Node(6)]
for rnd in range(3):
    for k, o in enumerate(objs):
        put(o, rnd * 10 + k)
print([o.n for o in objs], total(objs))
print(objs[2].extra, objs[2].v)


# __setattr__ added to a base after the site's cache was filled: seen at
# once, for instances created before it.
def hook(self, name, value):
    print("hook", type(self).__name__, name, value)
    object.__setattr__(self, name, value + 1000)


Node.__setattr__ = hook
put(objs[0], 5)
put(a, 6)
print(objs[0].n, a.n)
del Node.__setattr__
put(objs[0], 7)
put(a, 8)
print(objs[0].n, a.n)


# A property with a setter on the class: the store goes to it even though
# the instance dict still holds the old value (which loads keep finding, as
# in MicroPython).
seen = []
Node.n = property(lambda self: "prop", lambda self, x: seen.append(x))
put(a, 9)
print(seen, a.__dict__["n"])
del Node.n
put(a, 10)
print(a.n)


# A read-only property: AttributeError at the store.
Node.n = property(lambda self: "ro")
try:
    put(a, 11)
except AttributeError:
    print("AttributeError")
del Node.n
put(a, 12)
print(a.n)


# A data descriptor on a subclass only.
class Desc:
    def __get__(self, obj, cls):
        return "desc"

    def __set__(self, obj, value):
        print("Desc.__set__", value)


class D(Node):
    n = Desc()


d = D(0)  # Node.__init__'s own store goes to the descriptor
put(d, 13)
put(a, 14)
print(a.n)


# del then store: the entry is gone (key 0), the store re-adds it at the end.
b = Node(2)
put(b, 1)
del b.n
try:
    print(b.n)
except AttributeError:
    print("deleted")
put(b, 3)
print(b.n, list(b.__dict__.keys()))
del b.v
put(b, 4)
b.v = 5
print(b.n, b.v, sorted(b.__dict__.items()))


# Attributes added in different orders: the same site, different positions.
class Free:
    pass


f1, f2 = Free(), Free()
f1.n = 0
f1.m = 0
f2.m = 0
f2.n = 0
for i in range(4):
    put(f1, i)
    put(f2, -i)
print(f1.n, f2.n, list(f1.__dict__), list(f2.__dict__))


# An instance whose constructor stored nothing: the site inserts.
e = Free()
put(e, 42)
print(e.n)


# Exceptions keep their attributes elsewhere: the runtime path.
class Err(Exception):
    pass


err = Err("x")
for i in range(3):
    put(err, i)
print(err.n, err.args)


# A class whose own __setattr__ existed from the start.
class Logged:
    def __setattr__(self, name, value):
        print("Logged", name, value)


lg = Logged()
put(lg, 1)
put(lg, 2)


# Storing the same object in many instances, then dropping the other
# references: the values stay alive through the instance dicts.
class Box:
    def __init__(self):
        self.n = None


boxes = [Box() for i in range(50)]
for i, bx in enumerate(boxes):
    put(bx, [i] * 3)
junk = [[j] * 10 for j in range(2000)]
print(sum(bx.n[2] for bx in boxes))
