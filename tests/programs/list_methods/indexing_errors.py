def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
a = [1, 2, 3]
t(lambda: a[3])
t(lambda: a[-4])
t(lambda: a[-3])
t(lambda: a["x"])
t(lambda: a[1.0])
t(lambda: a[None])
t(lambda: a[True])
def f():
    a[5] = 1
t(f)
def g():
    del a[7]
t(g)
def h():
    a["k"] = 1
t(h)
print(a)
