from collections import defaultdict

counts = defaultdict(int)
for w in "the cat and the hat and the bat".split():
    counts[w] += 1
print(sorted(counts.items()))
groups = defaultdict(list)
for n in range(10):
    groups[n % 3].append(n)
print(groups[0], groups[1], groups[2], len(groups))
print("x" in groups, groups.get("x"))
d = defaultdict(None, {"a": 1})
print(d["a"])
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError:
    print("TypeError")
print(defaultdict(int, a=1))
