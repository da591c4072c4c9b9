# Attribute loads go through per-site inline caches (an entry position in the
# instance dict, or the class's answer for the class). Every way of changing
# what `obj.name` means must be seen by the next load at the same site.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    def __init__(self, x):
        self.pad = 0
        self.x = x  # a different position than in P


def get_x(o):
    return o.x  # one site, several classes and layouts


objs = [P(1, 2), Q(3), P(4, 5), Q(6)]
print([get_x(o) for o in objs for _ in range(3)])

# Deleting, re-adding (a new position), and deleting others (compaction).
p = P(10, 20)
out = []
for step in range(6):
    out.append(get_x(p) if hasattr(p, "x") else "none")
    if step == 0:
        del p.x
    elif step == 1:
        p.x = 11  # now after y
    elif step == 2:
        del p.y
        for i in range(20):
            setattr(p, "a%d" % i, i)  # growth and compaction of the dict
    elif step == 3:
        for i in range(20):
            delattr(p, "a%d" % i)
        p.x = 12
print(out)


# A class attribute read through instances, then rebound, shadowed by the
# instance, replaced by a property, by a method, deleted.
class C:
    kind = "first"


def kind_of(o):
    return o.kind


c = C()
seen = [kind_of(c), kind_of(c)]
C.kind = "second"
seen.append(kind_of(c))
c.kind = "mine"
seen.append(kind_of(c))
del c.kind
seen.append(kind_of(c))
C.kind = property(lambda self: "property")
seen.append(kind_of(c))
C.kind = lambda self: "method"
seen.append(kind_of(c)())
del C.kind
try:
    kind_of(c)
except AttributeError as e:
    seen.append(str(e))
print(seen)


# __getattr__ only for what is missing; added to the class later.
class G:
    def __init__(self):
        self.real = 1


def real_and_fake(o):
    r = [o.real]
    try:
        r.append(o.fake)
    except AttributeError:
        r.append("no fake")
    return r


g = G()
print(real_and_fake(g))
G.__getattr__ = lambda self, name: "computed " + name
print(real_and_fake(g))
g.fake = "stored"
print(real_and_fake(g))


# Inherited class attributes, a base changing under a subclass.
class Base:
    limit = 1


class Derived(Base):
    pass


d = Derived()


def limit_of(o):
    return o.limit


print(limit_of(d), end=" ")
Base.limit = 2
print(limit_of(d), end=" ")
Derived.limit = 3
print(limit_of(d), end=" ")
del Derived.limit
print(limit_of(d))


# Instances of classes with a native base, exceptions, and non-instances.
class L(list):
    def __init__(self):
        super().__init__([1, 2])
        self.tag = "L"


class E(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.code = 7


def tag_of(o):
    return o.tag


def code_of(o):
    return o.code


l = L()
print(tag_of(l), len(l), code_of(E("boom")), code_of(E("x")))
import math

def pi_of(o):
    return o.pi


print(pi_of(math) > 3, (1 + 2j).imag, [tag_of(l) for _ in range(2)])


# Special names are not instance-dict entries.
def dict_of(o):
    return o.__dict__


def class_of(o):
    return o.__class__


p2 = P(1, 2)
print(sorted(dict_of(p2).items()), p2.x, class_of(p2) is P, class_of(3) is int)


# A descriptor and __slots__-less dynamic attributes on a class instance.
class Desc:
    def __get__(self, obj, cls):
        return "desc"


class WithDesc:
    d = Desc()


w = WithDesc()


def d_of(o):
    return o.d


print(d_of(w), d_of(w))
print(getattr(w, "d"), dict_of(w))

# Missing attributes raise AttributeError with MicroPython's message.
try:
    get_x(C())
except AttributeError as e:
    print(e)
try:
    get_x(None)
except AttributeError as e:
    print(e)
