# set() and frozenset() from any iterable
print(sorted(set([3, 1, 3])))
print(sorted(set((9, 8, 9))))
print(sorted(set("hello")))
print(sorted(set(range(5))))
print(sorted(set({"k1": 1, "k2": 2})))
print(sorted(set({1, 2})))
print(sorted(set(reversed([0, 2, 4, 6]))))
print(sorted(set(zip("ab", (1, 2)))))
print(sorted(frozenset([2, 2, 1])))
f = frozenset([1, 2])
print(frozenset(f) is f)
s = set(f)
print(s == f, s is f, type(s) is set)
s2 = set(s)
s2.add(3)
print(sorted(s), sorted(s2))
print(len(set(range(1000))))
try:
    set(5)
except TypeError as e:
    print("TypeError:", e)
try:
    set([[1]])
except TypeError as e:
    print("TypeError:", e)
