def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class Temp:
    def __init__(self):
        self._c = 0
    def getc(self):
        return self._c
    def setc(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    def delc(self):
        print("deleting")
        self._c = None
    c = property(getc, setc, delc)
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.c = 100
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print("ValueError", e)
del t.c
print(t.c)
try:
    t.f = 5
except AttributeError:
    print("AttributeError")
print(type(Temp.c).__name__)
