def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
a = [1, 2, 3]
a.extend(a); print(a)
a[1:1] = a; print(a)
b = list(range(8))
b[::-1] = list("abcdefgh"); print(b)
b[6:1:-2] = [0, 0, 0]; print(b)
del b[::-3]; print(b)
del b[5:1:-1]; print(b)
c = [1, 2, 3]
c[5:] = [9]; print(c)
c[-10:1] = ["s"]; print(c)
c[1:3] = "xy"; print(c)
c += "z"; print(c)
def f():
    c[::-1] = [1]
t(f)
t(lambda: c.__class__)
d = [3, 1, 2]
e = d
d += [4]
print(e is d, e)
d = d + [5]
print(e is d)
l = [[0] * 2] * 2
l[0][0] = 1
print(l)
print([1, [2, [3]]] == [1, [2, [3]]], [1, 2] != [1, 2.0])
print(list(range(-3, 3))[-2:], list(range(10))[-100:3])
x = [1, 2, 3, 4, 5]
for i in x:
    if i == 2:
        x.remove(i)
print(x)
y = [0] * 5
y[-1] = 9; print(y)
print([] * 100, [None] * 3)
print(sorted([-1, 3, -2], key=abs), max([-1, 3, -5], key=abs))
