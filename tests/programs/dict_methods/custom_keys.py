def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v % 3)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return "K(%d)" % self.v
d = {K(1): "a", K(4): "b", K(1): "c"}
print(d, len(d))
print(d[K(4)], K(7) in d)
s = {K(1), K(4), K(1), K(7)}
print(len(s), K(7) in s, K(10) in s)
class BadHash:
    def __hash__(self): raise ValueError("no hash")
t(lambda: {BadHash(): 1})
t(lambda: {BadHash()})
t(lambda: BadHash() in {1: 2})
class NoHash:
    def __eq__(self, o): return True
    __hash__ = None
t(lambda: {NoHash()})
class EqOnly:
    def __eq__(self, o): return True
t(lambda: [EqOnly()].index(5))
t(lambda: [1, 2].index(EqOnly()))
t(lambda: EqOnly() in [1])
t(lambda: (1, 2).count(EqOnly()))
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "O%d" % self.v
t(lambda: sorted([Ord(3), Ord(1), Ord(2)]))
t(lambda: max([Ord(3), Ord(1)]))
t(lambda: min(Ord(3), Ord(1)))
t(lambda: sorted([Ord(1), 2]))
