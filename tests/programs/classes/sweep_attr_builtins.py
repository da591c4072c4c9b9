# getattr/setattr/delattr/hasattr with user classes, properties with deleter,
# class attributes shared through instances.
class C:
    shared = []
    n = 0

    def __init__(self):
        self._p = 1

    @property
    def p(self):
        return self._p

    @p.setter
    def p(self, v):
        self._p = v * 10

    @p.deleter
    def p(self):
        print("deleting p")
        del self._p


c = C()
print(getattr(c, "p"), getattr(c, "missing", "dflt"), hasattr(c, "missing"))
setattr(c, "p", 4)
setattr(c, "q", 7)
print(c.p, c.q, c._p)
del c.p
print(hasattr(c, "_p"))
delattr(c, "q")
print(hasattr(c, "q"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError")
d = C()
c.shared.append(1)
d.shared.append(2)
print(C.shared, c.shared is d.shared)
c.n += 5
print(c.n, d.n, C.n)
C.n = 100
print(c.n, d.n)
print(getattr(C, "n"), getattr(C, "shared") is C.shared)


class Meta:
    def method(self):
        return "m"


f = getattr(Meta(), "method")
print(f(), callable(f), getattr(Meta, "method")(Meta()))
