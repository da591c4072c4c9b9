# Sets whose keys come and go, as a backtracking search uses them: discards
# empty their slot when no probe path needs it, so every key must stay
# findable. Small ints near each other, keys that collide in small and large
# tables, negative keys and mixed types, checked against a dict after every
# step.


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed >> 8


def churn(pool, steps, seed, adds=2):
    s = set()
    ref = {}
    rnd = lcg(seed)
    bad = 0
    for step in range(steps):
        k = pool[next(rnd) % len(pool)]
        if next(rnd) % 3 < adds:
            s.add(k)
            ref[k] = True
        else:
            s.discard(k)
            ref.pop(k, None)
        if step % 7 == 0:
            for q in pool:
                if (q in s) != (q in ref):
                    bad += 1
    for q in pool:
        if (q in s) != (q in ref):
            bad += 1
    return bad, len(s), len(ref)


def search(n):
    cols, d1, d2 = set(), set(), set()
    found = 0

    def place(row):
        nonlocal found
        if row == n:
            found += 1
            return
        for c in range(n):
            if c in cols or row + c in d1 or row - c in d2:
                continue
            cols.add(c)
            d1.add(row + c)
            d2.add(row - c)
            place(row + 1)
            cols.remove(c)
            d1.remove(row + c)
            d2.remove(row - c)

    place(0)
    return found, len(cols), len(d1), len(d2)


print(churn(list(range(20)), 3000, 1))
print(churn(list(range(-30, 30)), 4000, 2))
print(churn([k * 8 for k in range(12)] + [k * 8 + 1 for k in range(12)], 3000, 3))
print(churn([k * 64 for k in range(40)] + [k * 32 + 3 for k in range(40)], 5000, 4))
print(churn([k * 1024 + 5 for k in range(30)] + list(range(30)), 4000, 5))
print(churn(list(range(600)), 20000, 6))
print(churn(["a", "b", 1, 2.5, (1, 2), "a" * 20, -7, 2 ** 70, True, None], 2000, 7))
print(churn(list(range(40)), 6000, 8, 1))
print(churn([k * 16 for k in range(20)] + list(range(-10, 10)), 6000, 9, 1))
print(churn(list(range(300)), 20000, 10, 1))
print([search(n) for n in range(1, 9)])
