class Counts(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1


c = Counts()
for w in "a b a c a b".split():
    c.add(w)
print(sorted(c.items()), c["a"], len(c), "b" in c, isinstance(c, dict))


class Default(dict):
    def __getitem__(self, k):
        if k in self.keys():
            return self.get(k)
        return "default"


d = Default(x=1)
print(d["x"], d["y"])
