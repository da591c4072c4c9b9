def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: sum([1, 2, 3]))
t(lambda: sum([1, 2], 10))
t(lambda: sum([0.5, 0.25]))
t(lambda: sum([]))
t(lambda: sum([[1], [2]], []))
t(lambda: sum(["a", "b"]))
t(lambda: sum(5))
t(lambda: sum([1, "a"]))
t(lambda: any([0, "", None]))
t(lambda: any([0, 2]))
t(lambda: all([]))
t(lambda: all([1, 0]))
t(lambda: any(5))
t(lambda: all(None))
