# Instance storage sized once (runtime/class.cpp): a class learns how many
# attributes its instances get, and new instances' dicts start with that
# room (in the instance's own block when small). Every way of growing,
# shrinking or reading the dict must still behave as an ordinary dict.
import gc


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


# Instances made before and after the class learned its size.
pts = [Point(i, i * 2, i * 3) for i in range(200)]
print(sum(p.x + p.y + p.z for p in pts), pts[7].__dict__)


# 24 attributes, stored in a constructor loop through setattr() and
# directly: more than the learned room is capped at (32 is the cap; 40 here
# grows beyond it), and the order of the dict is insertion order.
class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
        self.last = n


w1 = Wide(24)
w2 = Wide(24)
w3 = Wide(40)
w4 = Wide(3)
print(len(w1.__dict__), len(w3.__dict__), list(w4.__dict__))
print(w2.a23, w3.a39, w3.last, sum(getattr(w3, "a%d" % i) for i in range(40)))


# Different instances of one class in different orders and numbers.
class Bag:
    pass


bags = []
for k in range(6):
    b = Bag()
    names = ["n%d" % j for j in range(k * 3)]
    if k % 2:
        names.reverse()
    for j, nm in enumerate(names):
        setattr(b, nm, j)
    bags.append(b)
print([len(b.__dict__) for b in bags], list(bags[3].__dict__)[:3], bags[5].n0)


# A constructor that stores nothing, then attributes added later.
class Empty:
    def __init__(self):
        pass


e = Empty()
print(e.__dict__)
e.a = 1
e.b = 2
print(e.__dict__)
e2 = Empty()
print(e2.__dict__)


# del, then store again: tombstones and re-insertion, beyond the room.
class Rec:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3


r = Rec()
del r.b
r.d = 4
r.b = 5
del r.a
r.e = 6
r.f = 7
print(r.__dict__, hasattr(r, "a"))
for i in range(10):
    setattr(r, "g%d" % i, i)
    delattr(r, "g%d" % i)
print(r.__dict__)


# Attribute names that are equal strs but other objects.
nm = "".join(["c", "o", "u", "n", "t"])
r2 = Rec()
setattr(r2, nm, 1)
r2.count = r2.count + 1
print(getattr(r2, nm), r2.__dict__)


# A subclass with extra attributes: its own size; the base's unchanged.
class Rec2(Rec):
    def __init__(self):
        Rec.__init__(self)
        self.more = [1]
        self.most = (2,)


q = [Rec2() for i in range(3)]
print(q[2].__dict__, Rec().__dict__)


# Classes with a native base, __new__, keyword construction: the dict is
# created at the first store.
class L(list):
    def __init__(self, *args):
        super().__init__(args)
        self.tag = "L"
        self.size = len(args)


class N:
    def __new__(cls, v):
        o = object.__new__(cls)
        o.v = v
        return o


class KW:
    def __init__(self, a=0, b=0):
        self.a = a
        self.b = b


ls = [L(1, 2, 3) for i in range(3)]
print(ls[2], ls[2].tag, ls[2].size, ls[2].__dict__)
print([N(i).v for i in range(3)], KW(b=2).__dict__, KW(a=1).__dict__)


# object.__setattr__ bypassing a class's own hook.
class Guard:
    def __init__(self):
        object.__setattr__(self, "p", 1)
        object.__setattr__(self, "q", 2)

    def __setattr__(self, name, value):
        print("Guard", name)
        object.__setattr__(self, name, value * 10)


g = Guard()
g.q = 3
print(Guard().__dict__, g.__dict__)


# Exceptions keep their attributes in their own dict.
class Err(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
        self.extra = None


for i in range(3):
    try:
        raise Err("bad", i)
    except Err as ex:
        print(ex.args, ex.code, ex.extra)


# Values held only by instance dicts survive collections, before and after
# an instance outgrows its room; dir() sees the attributes.
class Holder:
    def __init__(self, i):
        self.a = [i]
        self.b = str(i) * 2


hs = [Holder(i) for i in range(100)]
for i, h in enumerate(hs):
    if i % 3 == 0:
        h.c = {i: i}
        h.d = (i,)
        h.e = -i
for rnd in range(3):
    junk = [[k] * 20 for k in range(3000)]
    gc.collect()
print(sum(h.a[0] for h in hs), hs[99].b, hs[99].c, hs[98].__dict__)
print([n for n in dir(hs[3]) if not n.startswith("__")])


# A class changed after instances exist: a new attribute from the class and
# instances keep their own.
Point.w = 0
p = Point(1, 2, 3)
p.w = 9
print(pts[0].w, p.w, p.__dict__)
