def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
d = {"a": 1, "b": 2, "c": 3}
t(lambda: d.pop("a"))
t(lambda: d.pop("a", "gone"))
t(lambda: d.pop("a"))
print(d)
t(lambda: d.popitem())
t(lambda: d.popitem())
t(lambda: d.popitem())
t(lambda: d.pop())
d["q"] = 1
t(lambda: d.pop([]))
