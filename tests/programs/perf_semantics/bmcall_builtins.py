# Calls of built-in functions through a global (`len(x)`, `min(a, b)`): the
# call site calls the function's C entry directly when the global is a
# built-in function taking that many arguments. Rebinding the global, wrong
# argument counts, len of every container and of user classes, and min/max
# over small ints, floats, big ints, mixed kinds, NaN and user objects.


def lengths(items):
    return [len(x) for x in items]


class Sized:
    def __len__(self):
        return 7


class MyList(list):
    def __len__(self):
        return 99


print(lengths(["", "héllo", [1, 2], (3,), {1: 2}, {5, 6, 7}, frozenset([1]), b"ab",
               bytearray(3), range(4), Sized(), MyList([1]), {}.keys()]))
for bad in [(), (1, 2)]:
    try:
        len(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)


def extremes(values):
    return min(values), max(values)


print(extremes([3, -1, 2]), extremes([2.5, -0.5, 1.0]))
print(extremes([1, 2.5, -3, 0.5]), extremes([2 ** 70, 5, -(2 ** 65), 1.5]))
print(min(3, 1, 2), max(3, 1, 2), min(1.0, 1), max(1, 1.0), min(True, 0.5))
nan = float("nan")
print(max(1.0, nan), max(nan, 1.0), min([2.0, nan, 1.0]))
print(max("b", "abc"), min([(2, 1), (1, 5)]), max([], default="empty"))
print(min([3, 1, 2], key=lambda x: -x), max("a", "B", key=str.lower))


class Weight:
    def __init__(self, w):
        self.w = w

    def __lt__(self, other):
        return self.w < other.w

    def __gt__(self, other):
        return self.w > other.w


print(min(Weight(3), Weight(1), Weight(2)).w, max([Weight(3), Weight(5)]).w)
try:
    min(1, "a")
except TypeError as e:
    print("TypeError")
try:
    max([])
except ValueError as e:
    print("ValueError:", e)


# The global rebound after calls from the same site.
def measure(x):
    for _ in range(2):  # a loop: the call gets the direct path
        n = len(x)
    return n


print(measure("abc"))
len = lambda x: -1
print(measure("abc"))
del len
print(measure("abcd"))
