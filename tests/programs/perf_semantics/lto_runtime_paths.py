# Runtime functions inlined into loops at -O2 (codegen/RuntimeInlining.h)
# keep their semantics: iteration over every kind of iterable, subscripts on
# built-in and user types, boxing floats, generators, slices, re-raising.


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, 0)

    def __setitem__(self, key, value):
        self.cells[key] = value * 10

    def __delitem__(self, key):
        del self.cells[key]


class Tagged(list):
    tag = "t"


def gen(n):
    for i in range(n):
        got = yield i * i
        if got is not None:
            print("sent", got)


def iterate_all():
    for it in ([1, 2], (3, 4), "ab", {"k": 1, "j": 2}, {5}, range(2), b"xy", Countdown(3),
               gen(3), enumerate("z"), zip((1, 2), "pq")):
        out = []
        for x in it:
            out.append(x)
        print(type(it).__name__, out)
    for bad in (5, None, 2.5):
        try:
            for x in bad:
                pass
        except TypeError:
            print("TypeError for", type(bad).__name__)


def subscripts():
    g = Grid()
    for i in range(3):
        g[i] = i
    total = 0
    for i in range(4):
        total += g[i]
    print("grid", total, sorted(g.cells.items()))
    for i in range(2):
        del g[i]
    print("grid after del", sorted(g.cells.items()))
    s = Tagged([1, 2, 3])
    for i in range(3):
        s[i] = s[i] + 100
    print("tagged", s[0], s[1], s[2], s[-1], s.tag)
    d = {}
    for i in range(5):
        d[i % 3] = d.get(i % 3, 0) + i
    print("dict", d)
    seq = [10, 20, 30]
    for i in range(-3, 3):
        print(i, seq[i], (1, 2, 3)[i], "abc"[i])
    for i in (3, -4):
        try:
            print(seq[i])
        except IndexError:
            print("IndexError", i)
    for k in ("a", 1):
        try:
            print({}[k])
        except KeyError as e:
            print("KeyError", repr(e.args[0]))
    lst = list(range(8))
    for i in range(3):
        del lst[0]
    print(lst, lst[1:5:2], lst[::-1], "hello"[1:3])
    for lo in range(3):
        print(lst[lo:lo + 2])


def floats():
    xs = []
    acc = 0.0
    for i in range(5):
        acc = acc + i * 0.5
        xs.append(acc)
    print(xs, xs[1] is xs[1], acc == 5.0)
    big = 1.0
    for i in range(400):
        big = big * 10.0
    print(big, big - big)
    tiny = 1.0
    for i in range(400):
        tiny = tiny / 10.0
    print(tiny, -tiny)


def generators():
    g = gen(4)
    print(next(g))
    for v in range(2):
        print(g.send("v%d" % v))
    print(list(g))
    try:
        next(g)
    except StopIteration:
        print("exhausted")


def reraise():
    hits = 0
    for i in range(3):
        try:
            try:
                [][i]
            except IndexError:
                hits += 1
                raise
        except IndexError as e:
            print("re-raised", i, type(e).__name__)
    print("hits", hits)


iterate_all()
subscripts()
floats()
generators()
reraise()
