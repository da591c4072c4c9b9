class Temp:
    def __init__(self):
        self._c = 0

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        print("set c", v)
        self._c = v

    @c.deleter
    def c(self):
        print("del c")
        self._c = None

    @property
    def f(self):
        return self._c * 9 // 5 + 32

    def _get_k(self):
        return self._c + 273

    k = property(_get_k)


t = Temp()
t.c = 100
print(t.c, t.f, t.k)
del t.c
print(t.c)
try:
    t.f = 5
except AttributeError as e:
    print("AttributeError")
print(Temp.f)
print(type(Temp.c).__name__)


class Guarded:
    def __setattr__(self, name, value):
        print("setattr", name)
        object.__setattr__(self, name, value)

    @property
    def p(self):
        return "p"

    @p.setter
    def p(self, v):
        print("property setter", v)


g = Guarded()
g.p = 1
g.q = 2
print(g.p, g.q)
