# Unpacking in loops: exact tuples of the right length are copied inline; every
# other value (lists, wrong lengths, tuple subclasses, iterators, strs) takes
# the runtime's path with its errors.
class Pair(tuple):
    pass


def total(items):
    s = 0
    for a, b in items:
        s += a * 10 + b
    return s


print(total([(1, 2), (3, 4), [5, 6], Pair((7, 8)), iter([3, 3])]))
for p, q in ["ab", ("c", "d")]:
    print(p + q)
print(total({(1, 1): 0, (2, 2): 0}))

for bad in ([(1, 2, 3)], [(1,)], [()], [5], [None], [[1, 2, 3]], ["abc"]):
    try:
        print(total(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Three and four names, nested tuples, the same tuple twice.
rows = [(1, (2, 3), "x"), (4, (5, 6), "y")]
for a, (b, c), d in rows:
    print(a, b, c, d)
t = (9, 8, 7, 6)
for _ in range(2):
    w, x, y, z = t
    print(w + x + y + z)

# Items stay alive and are the same objects.
objs = [(object(), [i]) for i in range(3)]
for o, lst in objs:
    lst.append(len(lst))
print([lst for _, lst in objs])
