def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
d = {"x": 1, "y": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(list(k), list(v), list(i), len(k), len(v), len(i))
print("x" in k, 1 in v, ("x", 1) in i, ("x", 2) in i)
d["z"] = 3
print(list(k), len(v))
print(type(k).__name__ if False else "views")
for key in d.keys():
    print(key, end=" ")
print()
print(sorted(d.values()))
t(lambda: k[0])
