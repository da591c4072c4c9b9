# `o.x = o.x + v` and `o.x += v` in loops: the store may reuse the entry the
# load found when nothing in between can move it (EmitAttribute.cpp,
# loadedEntry). Whatever runs in between, the store must still land in the
# instance's current dict, through any store hook.


class P:
    def __init__(self, v):
        self.v = v
        self.n = 0


def decay(ps, k):
    for p in ps:
        p.v -= 0.5 * k
        p.v = p.v * 2.0
        p.n += 1
    return [(p.v, p.n) for p in ps]


print(decay([P(1.0), P(2.0)], 1.0))
print(decay([P(1.0), P(2.0)], 2.0))


# A call in between deletes the attribute, or grows the dict past its room.
def remove(o):
    del o.v
    return 1.0


def grow(o):
    for i in range(40):
        setattr(o, "g%d" % i, i)
    return 1.0


def rmw_calls(objs, f):
    for o in objs:
        o.v += f(o)
    return [(o.v, len(o.__dict__)) for o in objs]


print(rmw_calls([P(1.0), P(3.0)], remove))
print(rmw_calls([P(1.0), P(3.0)], grow))


# Another load in between misses and runs __getattr__, which adds names.
class Lazy(P):
    def __getattr__(self, name):
        for i in range(30):
            setattr(self, "%s%d" % (name, i), i)
        return 0.25


def rmw_lazy(objs):
    for o in objs:
        o.v = o.v + o.missing
    return [(o.v, len(o.__dict__)) for o in objs]


print(rmw_lazy([Lazy(1.0), Lazy(2.0)]))


# A store hook or a property for the name on some receivers of the site.
class Hooked(P):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)


class Prop:
    def __init__(self):
        self._v = 1.0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value + 100


objs = [P(1.0), Hooked(1.0), Prop(), P(2.0)]
for r in range(2):
    for o in objs:
        o.v += 1.5
print([o.v for o in objs])


# Big ints from an int attribute, and a missing attribute.
class C:
    def __init__(self):
        self.n = 2**62


cs = [C(), C()]
for r in range(3):
    for c in cs:
        c.n += 2**62
print([c.n for c in cs])
try:
    for o in [P(1.0), C()]:
        o.v += 1.0
except AttributeError as e:
    print("AttributeError")
