def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
print(isinstance(1, int), isinstance(1, (str, int)), isinstance("s", (list, tuple)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, LookupError))
print(issubclass(int, (str, object)))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B))
t(lambda: isinstance(1, 1))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: isinstance(1))
