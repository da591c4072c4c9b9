# Set churn: keys added and discarded many times, then looked up. A discard
# may empty its slot instead of leaving a dummy when no probe path runs
# through it; these check that no key is lost whatever the layout.


def check(s, model, label):
    for k in model:
        if k not in s:
            print(label, "lost", k)
    if len(s) != len(model):
        print(label, "len", len(s), len(model))


# Backtracking: small ints at their home slots, removed in LIFO order.
def backtrack(n):
    cols = set()
    seen = 0
    def go(row):
        nonlocal seen
        if row == n:
            seen += 1
            return
        for c in range(n):
            if c in cols:
                continue
            cols.add(c)
            go(row + 1)
            cols.remove(c)
    go(0)
    return seen, len(cols)


print("permutations", backtrack(6))

# Colliding keys (same slot modulo the table size): displaced keys must stay
# reachable when an earlier one in their run goes.
for stride in (8, 16, 32, 64, 1024):
    s = set()
    model = []
    for i in range(12):
        s.add(i * stride)
        model.append(i * stride)
    for victim in (0, 3 * stride, 11 * stride, 5 * stride):
        s.discard(victim)
        model.remove(victim)
        check(s, model, "stride %d" % stride)
    for i in range(12):
        s.add(i * stride + 1)
        model.append(i * stride + 1)
    check(s, model, "stride %d" % stride)
    print("stride", stride, len(s), sorted(s) == sorted(model))

# Long churn with a pseudo-random mix of ints (negative too), strs and tuples,
# checked against a list after every 50 steps.
x = 12345
s = set()
model = []
for step in range(6000):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    kind = x % 3
    v = (x >> 8) % 97 - 40
    key = v if kind == 0 else ("k%d" % v if kind == 1 else (v, v % 5))
    if (x >> 4) % 5 < 3:
        if key not in model:
            model.append(key)
        s.add(key)
    else:
        if key in model:
            model.remove(key)
            s.remove(key)
        else:
            try:
                s.remove(key)
                print("removed absent", key)
            except KeyError:
                pass
    if step % 50 == 0:
        check(s, model, "churn %d" % step)
check(s, model, "churn end")
print("churn", len(s) == len(model), all(k in s for k in model))
absent = [k for k in range(-200, 200) if k not in s and k in model]
print("absent-but-modelled", absent)

# Iteration order after deletions (small ints, one dummy at most, no resize),
# as CPython.
s = {1, 2, 3}
s.remove(2)
s.add(10)
print(s)
s = {1, 9}
s.remove(1)
s.add(17)
print(s)
s = set(range(10))
for k in range(0, 10, 2):
    s.discard(k)
print(s)
s.add(4)
print(sorted(s))

# Many deletions then lookups of every removed and every kept key.
s = set(range(1000))
for k in range(0, 1000, 3):
    s.discard(k)
print(sum(1 for k in range(1000) if k in s), len(s))
print(all((k in s) == (k % 3 != 0) for k in range(1000)), any(k in s for k in range(-10, 0)))
while s:
    s.pop()
print(len(s), 5 in s)
s.add(5)
print(s)
