def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class Tags(set):
    def add(self, x):
        super().add(x.lower())
s = Tags()
s.add("A")
s.add("a")
s.add("B")
print(sorted(s), len(s), "a" in s)
print(sorted(s | {"c"}), isinstance(s, set))
s.discard("a")
print(sorted(s))
class F(frozenset):
    pass
f = F([1, 2])
print(sorted(f), 1 in f, len(f))
