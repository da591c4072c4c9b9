def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
def mk(base):
    return type("X", (base,), {})
t(lambda: mk(bool))
t(lambda: mk(type(None)))
t(lambda: mk(slice))
t(lambda: mk(range))
t(lambda: mk(int).__name__)
t(lambda: type("X", (1,), {}))
t(lambda: type("X", (), {"a": 1}).a)
t(lambda: type(b"", (), {}))
X = type("X", (object,), {"__init__": lambda self, v: setattr(self, "v", v), "__repr__": lambda self: "X<%r>" % self.v})
t(lambda: X(3))
t(lambda: [X(1), X(2)])
t(lambda: type(X(1)) is X)
t(lambda: str(X(5)))
