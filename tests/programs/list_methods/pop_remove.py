def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
a = [10, 20, 30, 20, 40]
t(lambda: a.pop())
t(lambda: a.pop(0))
t(lambda: a.pop(-2))
print(a)
a.remove(20); print(a)
t(lambda: a.remove(99))
t(lambda: a.pop(5))
t(lambda: [].pop())
t(lambda: a.pop("0"))
b = [1, 2, 3]
b.clear(); print(b)
