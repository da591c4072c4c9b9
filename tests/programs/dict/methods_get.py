# get, keys, values, items
d = {"x": 1, "y": 2, "z": 3}
print(d.get("x"), d.get("w"), d.get("w", 0), d.get("y", 99))
for k in d.keys():
    print("key", k)
total = 0
for v in d.values():
    total += v
print("sum", total)
for k, v in d.items():
    print(k, "=", v)
print(len(d.keys()), len(d.items()))
print("x" in d.keys())
