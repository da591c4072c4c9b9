# with: several items, exceptions swallowed or not, exit order.
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow


with CM("a") as a, CM("b") as b:
    print("body", a, b)

with CM("outer", swallow=True), CM("inner"):
    raise ValueError("boom")
print("after swallow")

try:
    with CM("x") as x, CM("y", swallow=True):
        raise KeyError("k")
    print("y swallowed it")
    with CM("z"):
        raise TypeError("t")
except TypeError as e:
    print("caught", e)


def early():
    with CM("ret"):
        return "returned"


print(early())
for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)
