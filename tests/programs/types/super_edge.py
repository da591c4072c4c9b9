def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class A:
    def f(self):
        return "A"
    def g(self):
        return "gA"
class B(A):
    def f(self):
        return "B"
class C(B):
    def f(self):
        return "C" + super().f() + super(B, self).f()
    def g(self):
        return super().g() + "C"
c = C()
print(c.f(), c.g())
print(super(B, B()).f())
t(lambda: super(A, B()).f())
t(lambda: super(5, B()))
class K:
    @classmethod
    def make(cls):
        return cls.__name__
class KK(K):
    @classmethod
    def make(cls):
        return "KK>" + super().make()
print(KK.make())
