def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class LoudDict(dict):
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
d = LoudDict()
d["a"] = 1
d["b"] = 2
print(d["a"])
del d["a"]
print(len(d), list(d.keys()))
try:
    d["zz"]
except KeyError:
    print("KeyError")
print(dict.__getitem__({"q": 9}, "q"))
e = {}
dict.__setitem__(e, "k", "v")
print(e)
dict.__delitem__(e, "k")
print(e)
