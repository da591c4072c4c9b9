# Inline list/tuple subscripts must keep every case the runtime handles:
# negative indices, IndexError, bool and big-int indices, subclasses with
# their own __getitem__/__setitem__, and other containers.


def get(seq, i):
    return seq[i]


def put(seq, i, v):
    seq[i] = v


a = [10, 20, 30]
t = (1, 2, 3)
print([get(a, i) for i in range(-3, 3)], [get(t, i) for i in range(-3, 3)])
for seq in [a, t, [], ()]:
    for i in [3, -4, 100, -100]:
        try:
            get(seq, i)
        except IndexError as e:
            print("IndexError", e)
print(get(a, True), get(t, False))
try:
    get(a, 2**70)
except OverflowError as e:  # MicroPython: indices are machine words
    print("OverflowError", e)
try:
    get(a, 1.0)
except TypeError as e:
    print("TypeError", e)
print(get("hello", -1), get({1: "one"}, 1), get(range(5), 3), get(b"ab", 0))

put(a, 0, "x")
put(a, -1, "z")
put(a, True, "y")
print(a)
for i in [3, -4]:
    try:
        put(a, i, 0)
    except IndexError as e:
        print("IndexError", e)
try:
    put(t, 0, 5)
except TypeError as e:
    print("TypeError", e)
d = {}
put(d, 1, 2)
print(d)


class L(list):
    def __getitem__(self, i):
        return ("L", i)

    def __setitem__(self, i, v):
        print("set", i, v)


class T(tuple):
    pass


ll = L([1, 2, 3])
print(get(ll, 0))
put(ll, 1, 9)
print(get(T((7, 8)), -1))


def total(xs):
    s = 0
    for i in range(len(xs)):
        s += xs[i]
        xs[i] = 0
    return s


nums = list(range(100))
print(total(nums), sum(nums))
