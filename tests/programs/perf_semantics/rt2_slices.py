# Subscripts by slice parts (no slice object unless the container may keep
# it) and slice copies `a[i:j] = b[k:l:m]` done without an intermediate list
# when both sides are lists: every length, step and overlap, the guard that
# keeps the order of user code, and errors in the order Python raises them.


def show(*args):
    print(*args)


# Copies between slices of lists held in locals (fused), then the same at
# module level, where the globals loaded in between keep them apart.
def copies():
    # Copies between slices of one list (source and target overlap).
    a = list(range(10))
    a[1:] = a[:-1]
    show(a)
    a = list(range(10))
    a[:-1] = a[1:]
    show(a)
    a = list(range(10))
    a[2:5] = a[::-1]  # longer source: the list grows
    show(a, len(a))
    a = list(range(10))
    a[:] = a[::3]  # shorter source: the list shrinks
    show(a)
    a = list(range(10))
    a[3:3] = a[0:3]  # insertion
    show(a)
    a = list(range(10))
    a[::-2] = a[1::2]  # extended target, equal length
    show(a)
    a = list(range(10))
    a[8:2:-3] = a[:2]
    show(a)
    a = list(range(10))
    a[2:6] = a[5:1:-1]  # a run reversed onto itself
    show(a)
    a[1:4] = a[4:1:-1]  # reversed, shifted by one
    show(a)
    a[7:] = a[:6:-1]
    show(a)
    a[:0] = a[-1:-1:-1]
    show(a)
    p = [3, 1, 4, 0, 2]
    k = p[0]
    while k:
        p[: k + 1] = p[k::-1]
        k = p[0]
    show(p)

    # More items than the copy keeps on the stack.
    big = list(range(100))
    big[:] = big[::-1]
    show(big[:5], big[-5:], len(big))
    big[10:90] = big[:40]
    show(len(big), big[8:12], big[48:52])
    big[::2] = big[1::2]
    show(big[:6])
    big[5:95] = big[94:4:-1]
    show(big[3:8], big[92:97])

    # Another list as the source, and sources that are not lists.
    x = [0] * 6
    y = ["a", "b", "c", "d"]
    x[1:5] = y[::-1]
    show(x)
    x[:2] = (9, 8, 7)[1:]
    show(x)
    x[2:4] = "hello"[1:3]
    show(x)
    x[:] = range(5)[::-2]
    show(x)
    t = (1, 2, 3, 4, 5)
    s = "abcdef"
    show(t[::-2], t[1:-1], s[-2::-2], s[:], range(10)[2:8:3], b"xyzw"[::-1])


copies()
a = list(range(10))
a[1:] = a[:-1]
show(a)
a[::-2] = a[1::2]
show(a)


# Errors of a fused copy (each statement in its own function, as a `try`
# in the same function keeps its locals in slots and the copy unfused).
def every_second_from_first3(a):
    a[::2] = a[:3]


def every_third_back_from_none(a):
    a[::-3] = a[:0]


def bad_target_zero_step_source(a):
    a[:"x"] = a[::0]


def bad_target(a):
    a[:"x"] = a[1:3]


def float_source_bound(a):
    a[1:2] = a[1.5:]


def errors():
    a = list(range(10))
    for f in (every_second_from_first3, every_third_back_from_none,
              bad_target_zero_step_source, bad_target, float_source_bound):
        try:
            f(a)
        except (ValueError, TypeError) as e:
            show(type(e).__name__ + ":", e)
    show(a)


errors()


# Bounds of int subclasses and bools, huge bounds, negative steps.
class I(int):
    pass


def bounds(one, three, nine, six, minus_one):
    a = list(range(10))
    a[one:three] = a[nine:six:minus_one]
    show(a)
    a[True:] = a[: -2 ** 70 : -1]
    show(a)
    a[: 2 ** 70] = a[2 ** 70 :: -2]
    show(a)


bounds(I(1), I(3), I(9), I(6), I(-1))
bounds(1, 3, 9, 6, -1)


# User code between the source and the target: its order is kept.
class K(int):
    def __add__(self, other):
        show("add sees", log)
        log.append(99)
        return int(self) + other


def flip(log, k):
    log[: k + 1] = log[k::-1]
    return log


log = [3, 1, 2, 0]
show(flip(log, K(2)))
show(flip([3, 1, 2, 0], 2), flip([0, 1], 2 ** 70), flip([5, 6, 7], -1))


# Containers that receive the slice object itself (and may keep it).
class Keeper:
    def __init__(self):
        self.kept = []

    def __getitem__(self, i):
        self.kept.append(i)
        return "get", i.start, i.stop, i.step

    def __setitem__(self, i, v):
        self.kept.append(i)
        show("set", i, v)

    def __delitem__(self, i):
        self.kept.append(i)
        show("del", i)


kp = Keeper()
show(kp[1:2], kp[::-1], kp[:"z"])
kp[3:] = kp[:3]
kp[::2] = [1]
del kp[1::3]
show(kp.kept)


class L(list):
    def __getitem__(self, i):
        show("L.getitem", i)
        return ["L", i.start, i.stop, i.step]


lst = L([1, 2, 3, 4])
m = [0, 0, 0, 0]
m[:2] = lst[2:]
show(m, lst[::-1])

# Deleting slices.
a = list(range(12))
del a[::3]
show(a)
del a[-2:]
show(a)
del a[5:1:-2]
show(a)
del a[:]
show(a)

# Buffers keep their own rules.
ba = bytearray(b"abcdef")
ba[0:2] = ba[4:2:-1]
show(ba)
ba[:] = b"xy"
show(ba, ba[::-1])
