# frozensets are hashable: dict keys and set elements; sets are not
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
print(hash(a) == hash(b), a == b)
d = {a: "abc"}
print(d[b])
d[frozenset()] = "empty"
print(d[frozenset([])])
groups = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(groups))
print(frozenset([1, 2]) in groups, frozenset([1]) in groups)
nested = frozenset([frozenset([1]), frozenset([2])])
print(frozenset([1]) in nested, len(nested))
print(hash(frozenset()) == hash(frozenset()))
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2}[{1}] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
