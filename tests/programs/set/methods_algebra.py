# union / intersection / difference / symmetric_difference take any iterables
s = {1, 2, 3, 4}
print(sorted(s.union([5], (6, 7), range(8, 10))))
print(sorted(s.union()), s.union() is s)
print(sorted(s.intersection([2, 3, 10])))
print(sorted(s.intersection(range(10), [4, 3], (3, 4, 5))))
print(sorted(s.difference([1], (2,))))
print(sorted(s.difference()))
print(sorted(s.symmetric_difference([4, 5, 5])))
print(sorted(s))
f = frozenset([1, 2])
print(type(f.union([3])).__name__, type(f.intersection([1])).__name__)
print(type(f.difference([])).__name__, type(f.symmetric_difference([9])).__name__)
print(f.copy() is f, sorted(f.copy()))
c = s.copy()
c.add(99)
print(c is s, 99 in s, len(c))
t = {1, 2, 3, 4, 5}
print(t.intersection_update([1, 2, 3], {2, 3, 4}))
print(sorted(t))
t = {1, 2, 3, 4, 5}
t.difference_update([1], {5}, "xyz")
print(sorted(t))
t.symmetric_difference_update([3, 6, 6])
print(sorted(t))
t.difference_update(t)
print(t)
words = {"apple", "pear"}
print(sorted(words.union("ab")))
