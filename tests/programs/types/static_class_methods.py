def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class C:
    count = 0
    def __init__(self):
        C.count += 1
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls):
        return cls()
    @classmethod
    def name(cls):
        return cls.__name__
class D(C):
    pass
print(C.add(1, 2), C().add(3, 4))
d = D.make()
print(type(d).__name__, D.name(), C.name(), d.name())
print(C.count)
sm = staticmethod(lambda: "plain")
cm = classmethod(lambda cls: cls.__name__)
class E:
    s = sm
    c = cm
print(E.s(), E().s(), E.c(), E().c())
print(type(C.__dict__["add"]).__name__, type(C.__dict__["make"]).__name__)
