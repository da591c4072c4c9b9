# Attribute names get a kind only when every store of that name stores the
# same kind and nothing else can give an object that attribute. Here `x` is
# always a float (typed loads), `n` is stored as a float and once as an int,
# and a missing attribute still raises AttributeError.
class P:
    def __init__(self, x, n):
        self.x = x
        self.n = n


def total(ps):
    s = 0.0
    for p in ps:
        s += p.x * 2 + p.n
    return s


ps = [P(1.5, 2.0), P(0.25, 1.0)]
print(total(ps))
ps[1].n = 3
print(total(ps), ps[1].n * 2)
ps[0].x = -ps[0].x
print(total(ps))
try:
    print(ps[0].missing)
except AttributeError as e:
    print("AttributeError:", e)


class Q:
    def __init__(self, v):
        self.v = v


# Constructor calls disagreeing on a parameter's kind: `v` stays object.
print(Q(2).v * 3, Q(2.0).v * 3)
