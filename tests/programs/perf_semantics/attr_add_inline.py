# Attribute-adding stores (`self.x = v` in __init__) append to the instance
# dict in compiled code when the site's cache knows the class, the dict's
# index has the size the site saw and the name's first probe slot is empty
# (EmitAttribute.cpp, emitAddingAttrStore). Every other case must behave as
# an ordinary attribute store. Each constructor runs many times so the
# caches are filled before the interesting instance.
import gc


# Constructors adding the same names in different orders per instance.
class Order:
    def __init__(self, flip):
        if flip:
            self.b = 2
            self.a = 1
        else:
            self.a = 1
            self.b = 2
        self.c = 3


objs = [Order(i % 3 == 0) for i in range(60)]
print([list(o.__dict__) for o in objs[:4]], sum(o.a + o.b + o.c for o in objs))


# Conditional attributes: some instances get more entries than others.
class Cond:
    def __init__(self, i):
        self.i = i
        if i % 2:
            self.odd = True
        if i % 5 == 0:
            self.five = i // 5
        self.end = -i


cs = [Cond(i) for i in range(40)]
print(sorted(cs[5].__dict__.items()), sorted(cs[4].__dict__.items()), cs[10].five)
print(sum(1 for c in cs if hasattr(c, "odd")), sum(c.end for c in cs))


# A subclass adding more attributes after the base's __init__, and one that
# stores the same name twice (the second store replaces).
class Base:
    def __init__(self, x):
        self.x = x
        self.y = x + 1


class Sub(Base):
    def __init__(self, x):
        Base.__init__(self, x)
        self.z = x + 2
        self.x = -x
        self.z = self.z * 10


for i in range(30):
    s = Sub(i)
    b = Base(i)
print(s.__dict__, b.__dict__, sorted(n for n in dir(s) if not n.startswith("_")))


# __init__ called again on an existing instance: every store replaces.
b.__init__(100)
print(b.__dict__)


# __setattr__ added to the class after instances exist, then removed.
class Hooked:
    def __init__(self, v):
        self.v = v
        self.w = v * 2


hs = [Hooked(i) for i in range(20)]
log = []


def hook(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value + 1000)


Hooked.__setattr__ = hook
h = Hooked(5)
print(log, h.v, h.w)
del Hooked.__setattr__
h = Hooked(6)
print(log, h.v, h.w)


# A property setter added to the class later takes over the store.
class Prop:
    def __init__(self, v):
        self.v = v
        self.seen = 0


ps = [Prop(i) for i in range(20)]


def get_v(self):
    return self._v * 2


def set_v(self, value):
    self._v = value


Prop.v = property(get_v, set_v)
p = Prop(21)
print(p.v, sorted(p.__dict__), ps[3].__dict__)


# del then re-add: the re-added name goes after the others.
class Readd:
    def __init__(self, k):
        self.k = k
        self.m = k + 1


rs = [Readd(i) for i in range(20)]
r = rs[-1]
del r.k
r.__init__(50)
print(r.__dict__)
del r.m
r.k = 7
print(r.__dict__, r.k)


# More attributes than the presized room (grows past the cap): the class's
# 26 names, some of whose first probe slots collide.
class Many:
    def __init__(self, n):
        self.a0 = n
        self.a1 = n + 1
        self.a2 = n + 2
        self.a3 = n + 3
        self.a4 = n + 4
        self.a5 = n + 5
        self.a6 = n + 6
        self.a7 = n + 7
        self.a8 = n + 8
        self.a9 = n + 9
        self.b0 = n + 10
        self.b1 = n + 11
        self.b2 = n + 12
        self.b3 = n + 13
        self.b4 = n + 14
        self.b5 = n + 15
        self.b6 = n + 16
        self.b7 = n + 17
        self.b8 = n + 18
        self.b9 = n + 19
        self.c0 = n + 20
        self.c1 = n + 21
        self.c2 = n + 22
        self.c3 = n + 23
        self.c4 = n + 24
        self.c5 = n + 25


ms = [Many(i) for i in range(50)]
m = ms[-1]
print(len(m.__dict__), list(m.__dict__)[:3], list(m.__dict__)[-2:], m.a0, m.b5, m.c5)
print(sum(sum(v for v in x.__dict__.values()) for x in ms))


# Values held only by the instance dicts survive collections.
class Holder:
    def __init__(self, i):
        self.items = [i] * 3
        self.text = "t%d" % i
        self.num = float(i) + 0.5


hold = []
for i in range(300):
    hold.append(Holder(i))
    if i % 50 == 0:
        gc.collect()
gc.collect()
print(sum(h.items[2] for h in hold), hold[123].text, hold[299].num, len(hold[7].__dict__))


# Instances whose class has no compiled dict yet (made by __new__ of a
# native base) and exceptions: the store takes the runtime path.
class Num(int):
    def __init__(self, v):
        self.tag = "n%d" % v


class Err(Exception):
    def __init__(self, code):
        self.code = code


for i in range(10):
    n = Num(i)
    e = Err(i)
print(n + 1, n.tag, e.code, e.args)


# A store into an object other than self in __init__ (a plain replace site).
class Pair:
    def __init__(self, other):
        self.other = other
        other.partner = self


a = Order(False)
for i in range(5):
    pr = Pair(a)
print(a.partner is pr, pr.other is a)

