# |= &= -= ^= update a set in place; a frozenset gets a new object
s = {1, 2, 3}
alias = s
s |= {4, 5}
print(sorted(s), s is alias)
s &= {1, 2, 3, 4, 9}
print(sorted(s), s is alias)
s -= {1}
print(sorted(s), s is alias)
s ^= {2, 10}
print(sorted(s), s is alias)
s |= s
s &= s
print(sorted(s))
s ^= s
print(s, s is alias)
f = frozenset([1])
g = f
f |= {2}
print(sorted(f), f is g, type(f).__name__, sorted(g))
f -= {1}
print(f)
t = {1}
try:
    t |= [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
