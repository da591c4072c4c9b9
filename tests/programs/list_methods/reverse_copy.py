def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
a = [1, 2, 3]
a.reverse(); print(a)
b = a.copy(); b.append(4); print(a, b)
c = a[:]; print(c is a, c == a)
print(list(reversed(a)))
e = []; e.reverse(); print(e)
t(lambda: a.reverse(1))
t(lambda: a.copy(1))
