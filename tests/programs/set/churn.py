# Keys that come and go leave deleted slots behind; the table drops them
# from time to time. Membership, len, iteration, pop and re-adding must not
# notice, for colliding ints, negative ints, strs and tuples, in small and
# large tables.

def check(s, model, what):
    ok = len(s) == len(model) and sorted(s) == sorted(model)
    for k in model:
        if k not in s:
            ok = False
    print(what, len(s), ok)


def churn(keys, rounds, live):
    s = set()
    model = []
    seed = 12345
    misses = 0
    for r in range(rounds):
        seed = (seed * 1103515245 + 12345) % 2147483648
        k = keys[seed % len(keys)]
        if k in s:
            s.remove(k)
            model.remove(k)
        else:
            misses += 1
            s.add(k)
            model.append(k)
            if len(model) > live:
                old = model.pop(0)
                s.discard(old)
    return s, model, misses


# Multiples of 8 and 64 collide in small tables.
s, m, misses = churn([i * 8 for i in range(40)], 5000, 12)
check(s, m, "collide8")
s, m, misses = churn([i * 64 - 700 for i in range(30)], 5000, 20)
check(s, m, "negative")
s, m, misses = churn(["w%d" % i for i in range(50)], 5000, 15)
check(s, m, "strs")
s, m, misses = churn([(i, -i) for i in range(30)], 3000, 10)
check(s, m, "tuples")
# A large table (over a thousand slots) with churn.
s, m, misses = churn(list(range(3000)), 40000, 700)
check(s, m, "large")

# The backtracking pattern: add, search, remove the same keys.
cols = set()
placed = 0
for a in range(12):
    for b in range(12):
        if a == b or a in cols or b in cols:
            continue
        cols.add(a)
        cols.add(b)
        placed += len(cols)
        cols.remove(a)
        cols.remove(b)
print("pairs", placed, len(cols), cols)

# Remove every key but one, then iterate and pop.
s = set(range(0, 400, 4))
for k in range(0, 396, 4):
    s.remove(k)
print(s, len(s), 396 in s, 392 in s)
s.add(392)
print(sorted(s), s.pop() in (392, 396), len(s))

# Emptying a set entirely, then reusing it.
s = {1, 9, 17, 25, 33}
for k in [1, 9, 17, 25, 33]:
    s.discard(k)
print(s, len(s), 9 in s)
s.update([9, 1])
print(sorted(s))

# Keys of equal hash that are different objects: user __eq__, and
# int/float/bool equality.


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 5

    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


s, m, misses = churn([K(i) for i in range(40)], 3000, 12)
check(s, m, "user")
print(K(3) in s, K(3) in m, K(100) in s)
mixed = {1, 2.0, 3}
print(1.0 in mixed, 2 in mixed, True in mixed, 3.5 in mixed)
mixed.discard(1.0)
mixed.add(True)
print(len(mixed), 1 in mixed, sorted(mixed))
