def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
a = {"x": 1, "y": 2}
t(lambda: a == {"y": 2, "x": 1})
t(lambda: a != {"x": 1})
t(lambda: "x" in a)
t(lambda: 1 in a)
t(lambda: len(a))
t(lambda: a < a)
t(lambda: a + a)
t(lambda: list(a))
t(lambda: bool({}))
d = {}
for i in range(20):
    d[i] = i * i
for i in range(0, 20, 2):
    del d[i]
print(list(d.items())[:4], len(d))
