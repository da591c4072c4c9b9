def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
o = object()
print(type(o).__name__)
print(o == o, o != object(), o is o)
print(hash(o) == hash(o))
t(lambda: o.attr)
def f():
    o.attr = 1
t(f)
t(lambda: object(1))
t(lambda: o < object())
class A: pass
a = A()
a.x = 1
print(a.x, isinstance(a, object), issubclass(A, object))
print(str(o).startswith("<object object at "))
