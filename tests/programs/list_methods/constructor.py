def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: list())
t(lambda: list("abc"))
t(lambda: list((1, 2)))
t(lambda: list(range(3)))
t(lambda: list({"a": 1, "b": 2}))
t(lambda: list({"a": 1}.items()))
t(lambda: list(x * 2 for x in [1, 2]))
t(lambda: list(5))
t(lambda: list([1], [2]))
t(lambda: list(None))
