def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: dict())
t(lambda: dict(a=1, b=2))
t(lambda: dict([("a", 1), ("b", 2)]))
t(lambda: dict({"a": 1}, b=2))
t(lambda: dict(zip("ab", [1, 2])))
t(lambda: dict([["k", "v"]]))
t(lambda: dict(5))
t(lambda: dict([1]))
t(lambda: dict(["abc"]))
t(lambda: dict({}, {}))
