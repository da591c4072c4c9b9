def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class P:
    x = 3
    def __init__(self): self.name = "pt"
    def __str__(self): return "P-str"
    def __repr__(self): return "P-repr"
p = P()
t(lambda: "{0.x} {0.name}".format(p))
t(lambda: "{p.name}".format(p=p))
t(lambda: "{0[a]} {0[1]}".format({"a": 1, 1: 2}))
t(lambda: "{!s:>8}|{!r:<8}|".format(p, p))
t(lambda: "{}".format(p))
t(lambda: "%s %r" % (p, p))
t(lambda: "%(n)r" % {"n": "q"})
t(lambda: "{a}-{b}".format(**{"a": 1, "b": 2}))
t(lambda: "{0.missing}".format(p))
t(lambda: "{0[5]}".format([1]))
t(lambda: "{0[x]}".format({}))
t(lambda: str(p) + repr(p))
t(lambda: f"{p!r} {p.x:>3} {p}")
