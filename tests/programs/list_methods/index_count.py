def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
a = [1, 2, 3, 2, 1, 2]
t(lambda: a.index(2))
t(lambda: a.index(2, 2))
t(lambda: a.index(2, 4))
t(lambda: a.index(1, -2))
t(lambda: a.index(3, 0, 2))
t(lambda: a.index(9))
t(lambda: a.count(2))
t(lambda: a.count(9))
t(lambda: [1, 1.0, True].count(1))
t(lambda: [[1], [1]].count([1]))
t(lambda: a.count())
