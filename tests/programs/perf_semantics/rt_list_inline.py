# Lists made with a known length keep their items in the list's own block;
# growing, shrinking, sorting and clearing such a list must behave as usual.
import gc

a = [1, 2, 3]
for i in range(20):
    a.append(i * i)
print(len(a), a[:5], a[-3:])

b = a[2:6]
b.insert(0, "first")
b.insert(100, "last")
print(b, b.pop(), b.pop(0), b)

c = [0] * 5
c += [1]
c *= 2
print(c)

d = [7, 8]
d.extend(d)
d.extend(d)
print(d)

e = list(range(6))[::-1]
e.sort()
print(e)
keys = []


def key(x):
    keys.append(x)
    return -x


f = [3, 1, 2]
f.sort(key=key)
print(f, keys)

g = [1, 2, 3]
g.clear()
g.append("x")
print(g)

h = [5, 6] * 3
h[1:1] = list(range(10))
del h[::2]
print(h)

# Many short-lived lists and copies across collections keep their items.
keep = []
for i in range(2000):
    row = [i, str(i), [i] * 3]
    copy = row[:]
    copy.append(i + 1)
    if i % 100 == 0:
        keep.append(copy)
        gc.collect()
print(len(keep), keep[3], keep[-1][1], sum(r[3] for r in keep))

m = [[0] * 3 for _ in range(3)]
m[1][2] = 5
m[2] *= 2
print(m)

empty = []
empty += []
print(empty, [] * 4, [1, 2] * 0, [1][:0])
r = [None] * 3
r *= 0
r.append(1)
print(r)
