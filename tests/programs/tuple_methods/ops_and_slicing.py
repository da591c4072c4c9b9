def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
a = (1, 2, 3)
t(lambda: a + (4,))
t(lambda: a * 2)
t(lambda: 0 * a)
t(lambda: a[1:])
t(lambda: a[::-1])
t(lambda: a[-1])
t(lambda: a[3])
t(lambda: a["0"])
t(lambda: a + [4])
t(lambda: 2 in a)
t(lambda: a < (1, 2, 4))
t(lambda: a < (1, 2))
t(lambda: (1, "a") < (1, 2))
t(lambda: a == (1, 2, 3))
t(lambda: (1,) == [1])
def f():
    a[0] = 5
t(f)
def g():
    del a[0]
t(g)
t(lambda: a.append(4))
