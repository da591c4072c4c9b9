# Small scanned objects from the bump regions: tuples, instances with their
# dicts, short lists, interleaved with atomic ones (strs, floats), most dying
# young, some kept across collections.
import gc


def pairs(n):
    kept = []
    for i in range(n):
        t = (i, i * 2)
        u = (t, str(i))
        if i % 50 == 0:
            kept.append(u)
    return kept


kept = pairs(10000)
gc.collect()
print(len(kept), kept[0], kept[1], kept[-1])
print(all(k[0] == (int(k[1]), 2 * int(k[1])) for k in kept))


def swap_loop(n):
    a, b = 1, 2
    for _ in range(n):
        a, b = b, a + b
        if b > 1000000:
            a, b = 1, 2
    return a, b


print(swap_loop(100000))


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        return P(self.x + dx, self.y)


def walk(n):
    p = P(0, 0)
    trail = []
    for i in range(n):
        p = p.moved(1)
        if i % 1000 == 0:
            trail.append(p)
    return p, trail


p, trail = walk(20000)
gc.collect()
print(p.x, p.y, len(trail), [t.x for t in trail[:5]], trail[-1].x)
print(len(set(id(t) for t in trail)) == len(trail))

# Lists of every small size, each holding a tuple and a str.
sizes = []
for i in range(20000):
    l = [(i,)] * (i % 9) + ["s" * (i % 20)]
    if i % 997 == 0:
        sizes.append(l)
gc.collect()
print([len(l) for l in sizes])
print([l[-1] for l in sizes[:4]])

# Dict with tuple keys built and rebuilt.
d = {}
for i in range(30000):
    d[(i % 100, i % 7)] = i
print(len(d), d[(0, 0)], d[(99, 1)])
