class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq called")
        return isinstance(o, P) and self.v == o.v
a, b = P(1), P(1)
print(a == b)
print(a != b)
print(a != P(2))
print(a == 1, 1 == a)
print([a] == [b], (a,) == (b,), a in [b])
print({"k": a} == {"k": b})
class Q:
    pass
q = Q()
print(q == q, q != q, q == Q(), q != Q())
print(None == None, None != 0, NotImplemented == NotImplemented)
