# Built-in method call sites: wrong argument counts raise TypeError with
# MicroPython's messages (every time, the site never caches them), keyword
# arguments, bound built-in methods kept as values, errors raised inside the
# method, and non-heap receivers.


def call_append(x, *args):
    for _ in range(1):  # loops: the sites get their caches
        if len(args) == 0:
            r = x.append()
        elif len(args) == 1:
            r = x.append(args[0])
        else:
            r = x.append(args[0], args[1])
    return r


lst = []
for args in [(1,), (), (2,), (3, 4), (5,)]:
    try:
        call_append(lst, *args)
    except TypeError as e:
        print("TypeError:", e)
print(lst)


def get2(d, k):
    for _ in range(1):
        r = d.get(k)
    return r


def get3(d, k, v):
    for _ in range(1):
        r = d.get(k, v)
    return r


def get_many(d):
    for _ in range(1):
        r = d.get(1, 2, 3)
    return r


print(get2({1: "a"}, 1), get3({}, 1, "dflt"))
for i in range(2):
    try:
        get_many({})
    except TypeError as e:
        print("TypeError:", e)

# Keyword arguments to built-in methods.
words = ["bb", "a", "ccc"]
words.sort(key=len, reverse=True)
print(words)
try:
    {}.get(1, default=2)
except TypeError as e:
    print("TypeError:", e)


# A built-in method kept as a bound method and called later, and the same
# method looked up on its type.
def keep(s):
    add = s.add
    for i in range(3):
        add(i * i)
    return add


f = keep(set())
f(100)
print(sorted(f.__self__))
print(type(f).__name__)
d = {}
setter = d.setdefault
print(setter("k", []), d)


# Errors raised inside the method propagate from the site.
def remove_all(s, items):
    for x in items:
        s.remove(x)
    return s


print(remove_all({1, 2, 3}, [1, 3]))
try:
    remove_all({1, 2, 3}, [2, 2])
except KeyError as e:
    print("KeyError:", e)
try:
    remove_all([1, 2], [2, 2])
except ValueError as e:
    print("ValueError:", e)


# Receivers that are not heap objects (small ints, big ints, floats).
def bits(xs):
    return [x.to_bytes(9, "little") for x in xs]


print(bits([1, 2 ** 64, 255]))


def names(objs):
    return [o.upper() for o in objs]


try:
    names(["a", 1])
except AttributeError as e:
    print("AttributeError:", e)
remove_all([1], [2])
