def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
d = {}
d.update({"a": 1}); print(d)
d.update([("b", 2), ("c", 3)]); print(d)
d.update(c=30, d=4); print(d)
d.update({"a": 10}, e=5); print(d)
d.update(); print(d)
t(lambda: d.update(5))
t(lambda: d.update([1, 2]))
t(lambda: d.update([(1, 2, 3)]))
t(lambda: d.update({}, {}))
