def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
tp = (1, "a", 2, "a", 3)
t(lambda: tp.index("a"))
t(lambda: tp.index("a", 2))
t(lambda: tp.index(3, -1))
t(lambda: tp.index("a", 0, 1))
t(lambda: tp.index(9))
t(lambda: tp.count("a"))
t(lambda: tp.count(9))
t(lambda: ().count(1))
t(lambda: tp.index())
