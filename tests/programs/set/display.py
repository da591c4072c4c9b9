# set displays: duplicates collapse, empty set(), printing forms
s = {3, 1, 2, 3, 1}
print(len(s))
print(sorted(s))
print({5})
print({"only"})
print(set())
print(type(s) is set)
print({(1, 2)})
print({1, 1.0, True})
e = {x for x in []}
print(e, len(e))
t = {"b", "a", "c", "a"}
print(sorted(t))
print(str({7}), repr({8}))
print(frozenset(), frozenset([4]), frozenset("aa"))
print(bool(set()), bool({0}))
print([{1}, {2}])
print({frozenset()})
