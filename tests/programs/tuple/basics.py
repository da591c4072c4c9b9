# tuple creation, indexing, slicing
t = (1, "two", 3.0)
print(t, len(t), t[0], t[-1])
print((), (1,), (1, 2))
print(t[1:], t[::-1], t[:-1], t[::2])
print(1 in t, "two" in t, 4 not in t)
u = 1, 2, 3
print(u, type(u))
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2))
