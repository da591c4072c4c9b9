def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
a, b = (1, 2)
print(a, b)
a, *rest = (1, 2, 3, 4)
print(a, rest)
*init, last = (1, 2, 3)
print(init, last)
(p, q), r = (1, 2), 3
print(p, q, r)
def f():
    x, y = (1, 2, 3)
t(f)
def g():
    x, y, z = (1, 2)
t(g)
def h():
    x, y = 5
t(h)
