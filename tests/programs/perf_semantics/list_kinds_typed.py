# Lists the whole program proves hold only floats (or only ints): their item
# reads are typed (ir/passes/ListKinds.cpp) and read without kind tests. The
# reads must still raise what Python raises and see every element stored.


def scale(v, out, k):
    for i in range(len(v)):
        out[i] = v[i] * k


def dot(u, v):
    s = 0.0
    for i in range(len(u)):
        s += u[i] * v[i]
    return s


def errors(v):
    for i in (3, -4, 10, -1, -3):
        try:
            print(i, v[i])
        except IndexError as e:
            print(i, "IndexError:", e)
    try:
        v[2 ** 70]
    except (IndexError, OverflowError):
        print("sq index error")  # MicroPython: OverflowError, CPython: IndexError
    try:
        v[1.0]
    except TypeError as e:
        print("TypeError")
    print(v[True], v[False])
    try:
        v[3] = 1.0
    except IndexError as e:
        print("store IndexError:", e)
    v[-1] = 9.5
    print(v[2], v[-3])


def grow(v):
    v.append(0.25)
    v.insert(0, -1.0)
    v.extend([2.0, 3.0])
    v.sort()
    v.reverse()
    print(v.pop(), v.pop(0), len(v))
    print(v[0], v[-1], v[len(v) - 1])
    v.remove(2.0)
    v += [4.0]
    w = v[1:3] + v.copy()
    print(w[0], w[-1], len(w))
    w[1:2] = v[::-1]
    print(w[1], w[2], len(w))
    del w[0]
    print(w[0])


def ints(a):
    t = 0
    for i in range(len(a)):
        a[i] = a[i] * a[i]
        t += a[i]
    return t


def empty(e):
    try:
        return e[0] + 1.0
    except IndexError as ex:
        return str(ex)


n = 4
u = [1.0] * n
v = [0.0] * n
for i in range(n):
    u[i] = i + 0.5
scale(u, v, 2.0)
print(dot(u, v), v[-1], v[-4])
errors([1.0, 2.0, 3.0])
grow([1.0, 2.0, 3.0])
sq = [3, 1 << 40, -5]
print(ints(sq), sq[1], sq[-1])
print(empty([]))
print([x * 2.0 for x in [0.5, 1.5]][1])


# list(range(...)) is a list of ints; list() an empty one.
def rotate(p):
    first = p[0]
    for i in range(len(p) - 1):
        p[i] = p[i + 1]
    p[-1] = first
    return p[0] * 10 + p[-1]


print(rotate(list(range(5))), rotate(list(range(2, 9, 3))))
q = list(range(3))
q[1] = 0.5
print(q[1] + q[2], repr(q[1]))
e = list()
e.append(2.5)
print(e[0] * 2)
