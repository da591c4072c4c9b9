def f(): pass
class A:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    def __call__(self): return 1
class B(A): pass
lam = lambda: 0
def outer():
    def inner(): pass
    return inner
print(callable(f), callable(A), callable(A()), callable(B().m), callable(1), callable(print), callable(lam), callable(None))
print(f.__name__, lam.__name__, outer().__name__, A.__name__, B.__name__, A.m.__name__, A().m.__name__)
print(type(1).__name__, type('').__name__, type([]).__name__, type(None).__name__, type(f).__name__, type(A).__name__)
print(type(b'').__name__, type(1.5).__name__, type(True).__name__, type({}).__name__, type(()).__name__, type(range(1)).__name__)
print(B().__class__, B().__class__.__name__, B.__class__, (1).__class__, [].__class__ is list)
print(type(B()) is B, B.__bases__, A.__bases__)
print(isinstance(B(), A), isinstance(B(), (int, A)), issubclass(B, A), issubclass(B, (int, str)), issubclass(A, object))
print(type(A().m).__name__, type(print).__name__, type(len).__name__)
print(int.__name__, str.__name__, Exception.__name__, ValueError.__name__)
print(type(f()).__name__, type(type).__name__)
e = ValueError('x')
print(e.__class__.__name__, type(e) is ValueError)
print(hasattr(f, '__name__'), getattr(A, '__name__'), A.__qualname__ if hasattr(A, '__qualname__') else 'n/a')
a = A()
bm = a.m
print(bm.__self__ is a, bm.__func__ is A.m, bm.__name__)
try:
    bm.nothing
except AttributeError:
    print('AttributeError')
