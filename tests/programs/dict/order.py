# insertion order is kept; updating keeps position; delete + reinsert goes to the end
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 100
print(d)
del d["zeta"]
print(d)
d["zeta"] = 0
print(d)
for k in d:
    print(k, d[k])
d.pop("mid")
d["mid"] = 3
print(d)
big = {}
for i in range(20):
    big[i * 7 % 20] = i
keys = []
for k in big:
    keys.append(k)
print(keys)
