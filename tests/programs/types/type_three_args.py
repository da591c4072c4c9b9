def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class Base:
    def hello(self):
        return "hello from " + type(self).__name__
X = type("X", (Base,), {"n": 3, "twice": lambda self: self.n * 2})
x = X()
print(X.__name__, x.n, x.twice(), x.hello())
print(isinstance(x, Base), issubclass(X, Base))
Y = type("Y", (), {})
print(Y.__name__, Y.__bases__)
print(type(5) is int, type("s") is str, type(x) is X)
print(type(int), type(type))
t(lambda: type())
t(lambda: type(1, 2))
t(lambda: type("Z", 1, {}))
t(lambda: type("Z", (), 5))
