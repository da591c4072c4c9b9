# list creation, indexing and assignment
a = [1, 2, 3]
print(a, len(a), a[0], a[-1])
a[1] = 20
a[-1] = "three"
print(a)
print([], [[]], [1, [2, [3]]])
b = a
b[0] = "one"
print(a, a is b, a == b)
print([1, 2] + [3], [0] * 4, 3 * [None], [1] * 0)
print(2 in a, 20 in a, "three" not in a)
del a[0]
print(a, len(a))
