def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
t(lambda: dict.fromkeys(["a", "b"]))
t(lambda: dict.fromkeys("xy", 0))
t(lambda: dict.fromkeys(range(3), []))
t(lambda: dict.fromkeys([]))
t(lambda: dict.fromkeys(5))
d = {"a": [1]}
c = d.copy()
c["b"] = 2
c["a"].append(2)
print(d, c)
c.clear(); print(c, len(c))
