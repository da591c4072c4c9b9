# dict creation, lookup, assignment, len, membership
d = {"a": 1, "b": 2}
print(d, len(d), d["a"], d["b"])
d["c"] = 3
d["a"] = 10
print(d)
print("a" in d, "z" in d, 1 in d, "z" not in d)
e = {}
e[1] = "int key"
e[2.5] = "float key"
e[(1, 2)] = "tuple key"
e[None] = "none key"
print(e)
print(e[1], e[(1, 2)], e[None])
print({} == {}, {"x": 1} == {"x": 1}, {"x": 1} == {"x": 2})
print({1: "a"}[1.0], {True: "t"}[1])
