def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a.union(b)), sorted(a.union([9], (8,))))
print(sorted(a.intersection(b)), sorted(a.intersection(range(2))))
print(sorted(a.difference(b)), sorted(a.difference([1], [2])))
print(sorted(a.symmetric_difference(b)), sorted(a.symmetric_difference([1, 7])))
print(a.issubset({1, 2, 3, 4, 5}), a.issubset(b), {3}.issubset([3]))
print(a.issuperset({1}), a.issuperset([1, 9]))
print(a.isdisjoint({9}), a.isdisjoint([1]))
print(sorted(a))
t(lambda: a.union(5))
t(lambda: a.issubset(1))
