# `x in s` with the inline first probe of a small int in a set, and the set
# methods through built-in method sites: colliding keys (equal modulo the
# table size), many deletions leaving dummies, keys equal to small ints but
# of other types (True, 1.0), negative ints, big ints, frozensets, set
# subclasses with __contains__, and generators closed or thrown into in the
# middle of a pipeline that feeds a set.


def members(s, keys):
    return [k in s for k in keys]


s = set()
print(members(s, [0, 1]))
for i in range(0, 64 * 40, 64):  # all collide in small tables
    s.add(i)
print(len(s), members(s, [0, 64, 128, 65, 64 * 39, 64 * 40]))
for i in range(0, 64 * 40, 128):
    s.discard(i)
print(len(s), members(s, [0, 64, 128, 192, 64 * 39]))
for i in range(0, 64 * 40, 128):
    s.add(i)
print(len(s), sorted(s)[:4])

# Keep adding and removing (a search's visited set): dummies come and go.
t = set()
for round in range(200):
    for i in range(round % 7, 50, 3):
        t.add(i - 25)
    for i in range(round % 5, 50, 2):
        t.discard(i - 25)
print(sorted(t), members(t, [-25, -24, 0, 24, 25]))

print(members({True, 2.0, -3}, [1, 2, -3, 3, 0]))
print(members({2 ** 70, -(2 ** 70)}, [2 ** 70, 0, 1]))
print(members(frozenset([5, 6]), [5, 7]), members([1, 2], [2, 3]), members({1: 0}, [1, 2]))


class Everything(set):
    def __contains__(self, x):
        return True


class Plain(set):
    pass


print(members(Everything(), [1, 2]), members(Plain([1]), [1, 2]))
try:
    members(s, [[1]])
except TypeError as e:
    print("TypeError:", e)


def evens(n):
    try:
        for i in range(n):
            yield i * 2
    finally:
        print("evens closed")


def squares(stream):
    for x in stream:
        yield x * x


seen = set()
g = evens(100)
sq = squares(g)
for v in sq:
    seen.add(v)
    if len(seen) == 4:
        break
sq.close()
g.close()
print(sorted(seen), 36 in seen, 64 in seen)
g2 = evens(10)
next(g2)
try:
    g2.throw(ValueError("stop"))
except ValueError as e:
    print("ValueError:", e)
print(list(g2))
