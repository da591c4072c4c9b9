def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
d = {"a": 1, "b": 2}
k = d.keys()
t(lambda: d.items() )
t(lambda: list(d.values()))
t(lambda: {**d, "c": 3})
t(lambda: dict(**d))
t(lambda: {k: v for k, v in d.items() if v > 1})
d2 = dict(d)
d2["a"] = 100
print(d, d2)
t(lambda: d == d2)
t(lambda: {1: 2} == {1: 2.0})
t(lambda: {1: "a"} == {True: "a"})
t(lambda: {}.fromkeys("ab", 1))
t(lambda: d.copy() is d)
t(lambda: str(d))
t(lambda: repr({"q": [1, {"r": None}]}))
t(lambda: {(1, 2): 3}.get((1, 2)))
t(lambda: {1.0: "f"}[1])
t(lambda: {None: 1}.pop(None))
dd = {}
dd.setdefault("l", []).append(1)
dd.setdefault("l", []).append(2)
print(dd)
