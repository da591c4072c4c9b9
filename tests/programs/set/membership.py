# in / not in: hashing and equality
s = {1, "two", (3, 4), None, 2.5}
print(1 in s, "two" in s, (3, 4) in s, None in s, 2.5 in s)
print(2 in s, "three" not in s, (4, 3) in s)
print(1.0 in s, True in s, 0 in s)
print("tw" + "o" in s)
big = 2 ** 70
b = {big, -1}
print(2 ** 70 in b, 2 ** 70 + 1 in b, -1 in b)
f = frozenset(["x"])
print("x" in f, "y" in f)
try:
    [1] in s
except TypeError as e:
    print("TypeError:", e)
