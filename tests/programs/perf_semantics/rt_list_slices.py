# List slicing and slice assignment: unit steps copy whole runs, other
# steps gather; bounds of every kind clamp as in Python.

a = list(range(10))
print(a[:], a[2:5], a[-3:], a[:-7], a[5:2], a[100:], a[-100:2])
print(a[::-1], a[8::-1], a[:2:-1], a[-1:-4:-1], a[3::-1], a[0::-1], a[-100::-1])
print(a[::2], a[1::3], a[::-3], a[7:1:-2], a[1:7:-2])
print(a[True:3], a[False:-1:2])
print(a[2 ** 80:], a[-2 ** 80:3], a[: 2 ** 80], a[::2 ** 80], a[:: -2 ** 80])

c = a[:]
c[0] = "x"
print(a[0], c[0], c is a)

e = []
print(e[:], e[::-1], e[1:], e[:: -2])

# fannkuch's flip: a prefix reversed in place.
p = [3, 1, 4, 0, 2]
k = p[0]
p[: k + 1] = p[k::-1]
print(p)

b = list(range(8))
b[2:4] = ["a", "b", "c"]
print(b)
b[1:6] = []
print(b)
b[:0] = (7, 8)
print(b)
b[len(b):] = b
print(b)
b[::2] = b[1::2]
print(b)
b[::-1] = list(range(len(b)))
print(b)
try:
    b[::2] = [1]
except ValueError as err:
    print("ValueError", err)
try:
    a[::0]
except ValueError as err:
    print("ValueError", err)
try:
    a["x":]
except TypeError as err:
    print("TypeError")
del b[::3]
print(b)
del b[-2:]
print(b)


class Idx(int):
    pass


print(a[Idx(2):Idx(6):Idx(2)], a[slice(None, 3)], a[slice(-2, None, -1)])

t = tuple(range(6))
print(t[::-1], t[1:4], t[4:1:-1])
s = "abcdef"
print(s[::-1], s[1:4], s[::2])
