def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: list(range(5)))
t(lambda: list(range(2, 8, 3)))
t(lambda: list(range(5, 0, -2)))
t(lambda: range(10)[3])
t(lambda: range(10)[-1])
t(lambda: range(10)[2:8:2])
t(lambda: range(10)[10])
t(lambda: range(1, 2, 0))
t(lambda: range(1.5))
t(lambda: range("a"))
t(lambda: range())
t(lambda: len(range(0, 10, 3)))
t(lambda: 5 in range(10))
t(lambda: 5 in range(0, 10, 2))
