def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
d = {"a": 1}
t(lambda: dict.__getitem__(d, "a"))
t(lambda: dict.__getitem__(d, "zz"))
t(lambda: d.__getitem__("a"))
dict.__setitem__(d, "b", 2)
d.__setitem__("c", 3)
print(sorted(d.items()))
dict.__delitem__(d, "a")
d.__delitem__("b")
print(d)
t(lambda: d.__delitem__("nope"))
t(lambda: dict.__getitem__(d, []))
class Counter(dict):
    def __getitem__(self, k):
        if k in self:
            return super().__getitem__(k)
        return 0
    def bump(self, k):
        self[k] = self[k] + 1
c = Counter()
for w in "abracadabra":
    c.bump(w)
print(sorted(c.items()))
print(c["z"])
