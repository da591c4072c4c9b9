def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class A:
    x = 1
a = A()
t(lambda: getattr(a, "x"))
t(lambda: getattr(a, "y", "dflt"))
t(lambda: getattr(a, "y"))
t(lambda: getattr(a, 5))
t(lambda: hasattr(a, "x"))
t(lambda: hasattr(a, "y"))
t(lambda: hasattr(a, 1))
t(lambda: setattr(a, "y", 2))
t(lambda: a.y)
t(lambda: delattr(a, "y"))
t(lambda: delattr(a, "y"))
t(lambda: setattr(5, "x", 1))
t(lambda: setattr(a, 1, 1))
t(lambda: getattr())
