def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
d = {1: "a", (1, 2): "t", "s": 0, 2.5: "f", None: "n", True: "T"}
print(d[1], d[(1, 2)], d[2.5], d[None])
print(len(d))
t(lambda: d["missing"])
t(lambda: d[[1]])
t(lambda: d[{1: 2}])
def f():
    d[[1]] = 1
t(f)
def g():
    del d["nope"]
t(g)
t(lambda: {[1]: 2})
t(lambda: {{}: 2})
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash((1, [2])))
try:
    d["missing"]
except KeyError as e:
    print(repr(e.args))
