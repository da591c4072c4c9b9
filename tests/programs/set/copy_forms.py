# Copies of a set (copy(), set(s), frozenset(s), s | t, s - t, s & t, s ^ t)
# hold the same keys whatever the source's history: fresh, after removals,
# nearly emptied, or holding keys of equal hash.

def same(a, b):
    return len(a) == len(b) and all(k in b for k in a) and all(k in a for k in b)


fresh = set(range(0, 300, 3))
c = fresh.copy()
print(len(c), same(c, fresh), c is not fresh)
c.add(-1)
print(-1 in c, -1 in fresh, len(fresh))

# After removals (deleted slots in the table).
holes = set(range(200))
for k in range(0, 200, 2):
    holes.remove(k)
for form in (holes.copy(), set(holes), frozenset(holes), holes | set(), holes - {1}, holes & holes):
    print(type(form).__name__, len(form), sorted(form)[:5], same(form, holes) or len(form))

# Nearly emptied: a big table with few keys left.
sparse = set(range(5000))
for k in range(4990):
    sparse.discard(k)
cs = sparse.copy()
print(sorted(cs), len(cs), same(cs, sparse))
cs.add(0)
print(len(cs), len(sparse), 0 in sparse)

# Strs, tuples and keys of equal hash.
words = {"w%d" % i for i in range(50)}
print(same(words.copy(), words), sorted(words | {"extra"})[:3])
tup = {(i, i * i) for i in range(40)}
print(same(set(tup), tup), (3, 9) in tup.copy())
nums = {1, 2.5, -3, 10**20, True}
cn = nums.copy()
print(same(cn, nums), 1.0 in cn, len(cn), 10**20 in cn)

# Copies are independent; a frozenset copy is hashable.
a = {1, 2, 3}
b = a.copy()
b.discard(2)
a.add(4)
print(sorted(a), sorted(b))
f = frozenset(a)
print(hash(f) == hash(frozenset(sorted(a))), f | {9} == {1, 2, 3, 4, 9}, f.copy() == f)
print({1, 2} ^ {2, 3}, set().copy(), len(set(set())))
