def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class P:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        "the value"
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 10
    @v.deleter
    def v(self):
        print("del v")
class Q(P):
    @property
    def w(self):
        return self.v + 1
q = Q()
q.v = 2
print(q.v, q.w)
del q.v
try:
    del q.w
except AttributeError:
    print("AttributeError")
ro = property(lambda self: 42)
class R:
    x = ro
print(R().x)
