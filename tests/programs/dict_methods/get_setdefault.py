def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
d = {"a": 1}
t(lambda: d.get("a"))
t(lambda: d.get("z"))
t(lambda: d.get("z", 0))
t(lambda: d.setdefault("a", 5))
t(lambda: d.setdefault("b", 2))
t(lambda: d.setdefault("c"))
print(sorted(d.items(), key=lambda kv: kv[0]))
t(lambda: d.get())
t(lambda: d.get([1]))
t(lambda: d.setdefault([1], 0))
