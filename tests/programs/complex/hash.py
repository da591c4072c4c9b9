print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j) == hash(0))
print(hash(1j) == hash(1j), hash(complex(-3, 0)) == hash(-3))
d = {1: "int", 2.5: "float"}
print(d[1 + 0j], d[2.5 + 0j], {1j, 1j, 2j} == {2j, 1j})
s = {1, 1 + 0j, 1.0}
print(len(s))
