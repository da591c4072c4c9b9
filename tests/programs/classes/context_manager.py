class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.swallow


with CM("a") as c:
    print("body", c.name)
with CM("b", True):
    raise ValueError("swallowed")
try:
    with CM("c"):
        raise IndexError("k")
except IndexError as e:
    print("caught", repr(e))
with CM("x") as x, CM("y") as y:
    print(x.name, y.name)
