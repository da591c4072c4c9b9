def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[:-7], a[8:100])
b = a[:]
b[2:5] = ["x"]; print(b)
b[:0] = [-1, -2]; print(b)
b[::2] = range(len(b[::2])); print(b)
del b[1:3]; print(b)
del b[::2]; print(b)
c = [1, 2, 3, 4]
c[1:3] = []; print(c)
def f():
    c[::2] = [1, 2, 3]
t(f)
def g():
    c[0:1] = 5
t(g)
t(lambda: a[1:2:0])
t(lambda: a["1":])
