# setattr() with a computed name, and classes made by type(name, bases,
# dict), can give any object any attribute: no attribute name gets a kind.
class P:
    def __init__(self):
        self.r = 1.5


def get_r(o):
    return o.r


p = P()
print(get_r(p))
setattr(p, "r" if p else "s", "set")
print(get_r(p))
T = type("T", (), {"r": 7})
print(get_r(T()))
