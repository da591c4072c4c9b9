# tuple unpacking, swap and nested targets
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
x, (y, z) = [6, [7, 8]]
print(x, y, z)
p, q, r = "xyz"
print(p, q, r)
first, second = [10, 20]
print(first + second)
for i, ch in ((1, "a"), (2, "b")):
    print(i, ch)
a = b = 9
print(a, b)
i, j, k = range(3)
print(i, j, k)
