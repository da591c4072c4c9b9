# Lists whose elements look like floats (or ints) until some code stores
# something else. Each list is read by its own code (a shared reader would
# join every list into one class), so each case alone decides whether
# ir/passes/ListKinds.cpp may type the reads; every read must see the real
# element.


def add_int(a):
    a.append(7)


def add_str(a):
    a.append("s")


# An int appended in another function.
f1 = [1.5, 2.5]
add_int(f1)
print(f1[0] + f1[1] + f1[2], repr(f1[2]), f1[-1] * 0.5)

# A str appended by a user function.
f2 = [0.5, 0.25]
add_str(f2)
print(repr(f2[2]), f2[0] * 2)
try:
    print(f2[0] + f2[2])
except TypeError:
    print("TypeError")

# extend with a generator of ints.
f3 = [1.0, 2.0]
f3.extend(x * 3 for x in range(3))
print(repr(f3[3]), f3[4] + 0.5, f3[-1] // 4)

# Slice assignments from other kinds.
f4 = [1.0, 2.0, 3.0, 4.0]
f4[1:2] = [10, 20]
print(repr(f4[1]), f4[2] / 8, repr(f4[3]))
f4b = [1.0, 2.0, 3.0, 4.0, 5.0]
f4b[::2] = ["a", "b", "c"]
print(repr(f4b[0]), repr(f4b[1]), repr(f4b[4]))
f5 = [1.0, 2.0, 3.0]
f5[0:1] = "xy"
print(repr(f5[0]), repr(f5[1]), f5[2] * 2)

# Aliases: a second name, a tuple holding the list, a dict value.
f6 = [1.0, 2.0]
g6 = f6
g6.append(3)
print(repr(f6[2]), f6[2] + f6[0])
f7 = [1.0, 2.0]
t7 = (f7, 0)
t7[0].append("t")
print(repr(f7[2]))
f8 = [1.0]
d8 = {"k": f8}
d8["k"][0] = None
print(repr(f8[0]))


# A list stored into another list (nested) and changed through it.
def nested():
    row = [0.0] * 3
    grid = [row, [1.0] * 3]
    grid[0][1] = 5
    print(repr(row[1]), row[1] + row[0], grid[1][2] * 2)
    m = [[0.0] * 2 for _ in range(2)]
    m[1][0] = "z"
    print(repr(m[0][0]), repr(m[1][0]))


nested()


# Inserted, item-stored and in-place kinds that differ.
def kinds():
    f9 = [1.0, 2.0]
    f9.insert(0, 3)
    print(repr(f9[0]), f9[0] + f9[1])
    f10 = [1, 2, 3]
    f10[1] /= 2
    print(repr(f10[1]), f10[0] + f10[2], f10[1] * 4)
    f11 = [1.0, 2.0]
    f11[0] = True
    print(repr(f11[0]), f11[0] + f11[1])
    f12 = [1.0, 2.0]
    f12 += [5]
    print(repr(f12[2]), f12[2] + f12[1])
    f13 = [1.0] * 2 + ["x"]
    print(repr(f13[2]), f13[0] + f13[1])
    f14 = [2.0, 1.0]
    f14 *= 2
    f14[3] = 9
    print(repr(f14[3]), f14[3] + f14[2])
    f15 = [1.0]
    list.append(f15, "m")
    print(repr(f15[1]))
    f16 = [1, 2]
    f16[0] = 2 ** 70
    print(f16[0] * 2 + f16[1])
    f17 = [1.0, 2.0]
    idx = [0]
    f17[idx[0]] = "i"
    print(repr(f17[0]))
    f18 = [1.0, 2.0]
    s = slice(0, 1)
    f18[s] = [4]
    print(repr(f18[0]), f18[0] + f18[1])


kinds()


# A float subclass element.
class F(float):
    def half(self):
        return "F-half"


def subclass_element():
    f = [1.0]
    f.append(F(2.0))
    print(f[0] * 2, f[1].half())


subclass_element()


# A list subclass whose items are not what they seem, read by the same
# function as a plain list.
class L(list):
    def __getitem__(self, i):
        return "item%d" % i


def first(a):
    return a[0]


print(repr(first(L([1.0, 2.0]))), repr(first([3.0, 4.0])))


# A closure appends through a cell.
def closure_case():
    a = [1.0, 2.0]

    def put():
        a.append("c")

    put()
    return repr(a[2]) + " " + repr(a[0] + a[1])


print(closure_case())

# A global list rebound at the top level, and one rebound by a function.
G = [1.0, 2.0]


def read_g():
    return G[0] * 2


print(read_g())
G = [3, "x"]
print(read_g(), repr(G[1]))
H = [1.0]


def read_h():
    return repr(H[0])


def rebind_h():
    global H
    H = ["h"]


print(read_h())
rebind_h()
print(read_h())


# A list returned by a function, then changed by one caller.
def make():
    return [0.5, 1.5]


r = make()
r.append(2)
print(repr(r[2]), r[0] + r[2])
r2 = make()
print(r2[0] + r2[1])
