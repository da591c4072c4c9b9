class Outer:
    class Inner:
        def hello(self):
            return "inner hello"

    def make(self):
        return self.Inner()


print(Outer().make().hello(), Outer.Inner.__name__)


class D(dict):
    pass


d = D(a=1, b=2)
print(sorted(k for k in d), len(d), "a" in d, d.get("b"), d == {"a": 1, "b": 2})
d["c"] = 3
del d["a"]
print(sorted(d.items()))


class S(str):
    pass


s = S("hey")
print([c for c in s], "e" in s, s[1], s.upper(), s * 2, len(s))


class T(tuple):
    pass


t = T([3, 1, 2])
print(sorted(t), t[0], t[-1], len(t), t.count(1), t.index(2), t + (9,))
x, y, z = t
print(x, y, z, hash(t) == hash((3, 1, 2)))
