# issubset, issuperset, isdisjoint accept any iterable
s = {1, 2}
print(s.issubset([1, 2, 3]), s.issubset([1]), s.issubset(range(5)))
print(s.issuperset([1]), s.issuperset((1, 2, 2)), s.issuperset([3]))
print(s.issuperset([]), set().issubset([]), set().issuperset(set()))
print(s.isdisjoint([3, 4]), s.isdisjoint([2]), s.isdisjoint(set()))
print(s.isdisjoint({5, 6, 7, 8, 9}), s.isdisjoint({5, 6, 7, 8, 2}))
f = frozenset("abc")
print(f.issuperset("ab"), f.issubset("abcd"), f.isdisjoint("xyz"))
print({1}.issubset(frozenset([1])), frozenset([1]).issuperset({1}))
try:
    s.issubset(3)
except TypeError as e:
    print("TypeError:", e)
