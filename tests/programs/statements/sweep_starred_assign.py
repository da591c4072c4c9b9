# Starred assignment and literals, chained assignment, swaps, nested targets.
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(6)
print(a, b, c, d, e, f, g)
(h, i), [j, *k] = (1, 2), [3, 4, 5]
print(h, i, j, k)
p = q = r = [0]
p.append(1)
print(p, q, r, p is r)
x, y = 1, 2
x, y = y, x
print(x, y)
print([*range(3), *"ab", 9], (*[1, 2],), {*(1, 2), *[2, 3]}, {**{"a": 1}, "b": 2, **{"a": 3}})
first, *_ = [9, 8, 7]
print(first, _)
for n, *rest in [(1, 2, 3), (4,)]:
    print(n, rest)
try:
    u, v = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    u, v, w = [1, 2]
except ValueError as err:
    print("ValueError:", err)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
