def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
f = frozenset([1, 2, 2, 3])
print(len(f), sorted(f), 2 in f)
g = frozenset("ab")
print(sorted(g))
print(sorted(f | {9}), type(f | {9}).__name__)
print(sorted(f & {1, 5}), sorted(f - {1}), sorted(f ^ {1, 7}))
print(f == {1, 2, 3}, f.issubset({1, 2, 3, 4}), f.isdisjoint([7]))
print(hash(f) == hash(frozenset([3, 2, 1])))
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
print(sorted(f.union([4])), sorted(f.copy()))
print(frozenset())
t(lambda: f.add(4))
t(lambda: f.remove(1))
t(lambda: {{1}})
t(lambda: {frozenset([1])} == {frozenset([1])})
