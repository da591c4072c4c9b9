def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: min(3, 1, 2))
t(lambda: max([3, 1, 2]))
t(lambda: min("bca"))
t(lambda: max([1, 5], key=lambda x: -x))
t(lambda: min([], default=7))
t(lambda: max((), default=None))
t(lambda: min([]))
t(lambda: max())
t(lambda: min(5))
t(lambda: max(1, "a"))
t(lambda: min([(1, 2), (1, 1)]))
t(lambda: max("a", "b", key=ord))
