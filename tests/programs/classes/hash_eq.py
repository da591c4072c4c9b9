class K:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return self.k == other.k


d = {K(1): "one", K(2): "two"}
print(d[K(1)], d[K(2)], K(3) in d)
s = {K(1), K(1), K(2)}
print(len(s))


class Plain:
    pass


p = Plain()
print(hash(p) == hash(p), {p: 1}[p])


class EqOnly:
    def __eq__(self, other):
        return True


try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)
print(EqOnly() == 5, EqOnly() in [1])
