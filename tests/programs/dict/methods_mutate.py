# pop, update, setdefault
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d)
print(d.pop("b", "gone"), d)
d.update({"c": 30, "d": 4})
print(d)
d.update({})
print(d)
print(d.setdefault("a", 100), d.setdefault("e", 5), d.setdefault("f"))
print(d)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
