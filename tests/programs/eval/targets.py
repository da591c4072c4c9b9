# Assignment targets of every kind, augmented assignment and del.
class Box:
    pass


box = Box()
box.n = 1
data = {"a": [1, 2, 3]}
grid = [[0] * 3 for _ in range(2)]
exec("""
box.n += 41
box.label = "b"
data["a"][0] -= 10
data["b"] = data.get("b", 0) + 5
grid[1][2] = 9
grid[0][:2] = [7, 7]
for (i, j), ch in zip([(0, 0), (1, 1)], "xy"):
    grid[i][j] = ch
for k, v in sorted(data.items()):
    last = k
seq = list(range(10))
del seq[::3]
del box.label
s = "ab"
s *= 3
x = y = z = 0
x, (y, *z) = 1, (2, 3, 4)
n = 100
n //= 7
n **= 2
n >>= 1
n |= 1
n ^= 3
n &= 0xff
n %= 50
n <<= 2
f = 7.0
f /= 2
""")
print(box.n, hasattr(box, "label"), data, grid)
print(last, seq, s, x, y, z, n, f)
exec("""
def uses_global():
    global created
    created = "yes"
    del_me = 1
    del del_me
    try:
        del_me
    except NameError:
        return "deleted"
""")
print(uses_global(), created)
exec("del created")
print("created" in globals())
