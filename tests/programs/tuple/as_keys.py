# tuples as dict keys and in membership tests
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(2, 1)], grid[(0, 0)], len(grid))
print((1, 1) in grid, (3, 3) in grid)
seen = []
for p in ((1, 2), (2, 1), (1, 2)):
    if p not in seen:
        seen.append(p)
print(seen)
pairs = {(1, "a"): "first", (1, "b"): "second"}
for k in pairs:
    print(k[0], k[1], pairs[k])
