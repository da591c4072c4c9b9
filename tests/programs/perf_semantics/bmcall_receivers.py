# Built-in method call sites (a per-site cache of the receiver's built-in
# type and its method): every receiver kind through one site, subclasses
# overriding the method, user classes with methods of built-in names, and
# instance attributes of those names. (Sites of names a class here defines
# with `def` keep the user-method paths; bmcall_subclass.py has cached sites
# seeing user receivers.)


def add_all(target, items):
    for x in items:
        target.append(x)
    return target


class Doubling(list):
    def append(self, x):
        list.append(self, x * 2)


class Log:
    def __init__(self):
        self.seen = []

    def append(self, x):
        self.seen.append(("log", x))


print(add_all([], [1, 2, 3]))
print(add_all(Doubling(), [1, 2, 3]))
print(add_all([], [4]))
log = Log()
add_all(log, [5, 6])
print(log.seen)
ba = bytearray()
add_all(ba, [65, 66])
print(ba)


# One site, many receiver types: the cached type changes each time.
def counts(values, x):
    return [v.count(x) for v in values]


print(counts([[1, "1", 2], ("1", 2, "1", "1"), "a1b1", ["1"]], "1"))
print(counts([b"a11", (b"1",), [b"1"]], b"1"))
print(counts([[1, 1, 2], (1, 2, 1, 1), [3]], 1))


# A set subclass overriding add and one that does not.
class Loud(set):
    def add(self, x):
        print("add", x)
        set.add(self, x)


class Quiet(set):
    pass


def fill(s, n):
    for i in range(n):
        s.add(i)
    return sorted(s)


print(fill(set(), 3), fill(Loud(), 2), fill(Quiet(), 3), fill(set(), 2))


# A user class with get/add/update methods and an instance attribute
# shadowing a method name.
class Store:
    def get(self, k, d=None):
        return ("Store.get", k, d)

    def add(self, x):
        return ("Store.add", x)


def lookup(m, k):
    for _ in range(1):  # a loop: the site gets its cache
        r = m.get(k, 0)
    return r


st = Store()
print(lookup({"a": 1}, "a"), lookup(st, "a"), lookup({}, "b"))
st.get = lambda k, d: ("instance", k, d)
print(lookup(st, "z"), lookup({"z": 26}, "z"))

# A method rebound on the class after calls from the same site.
print(lookup(Store(), 1))
Store.get = lambda self, k, d: ("rebound", k, d)
print(lookup(Store(), 2), lookup({2: "two"}, 2))


# A str site: strip/lower chains and split.
def words(text):
    out = []
    for line in text.split("\n"):
        for w in line.split():
            w = w.strip(",.!").lower()
            if w:
                out.append(w)
    return out


print(words("Hello, World!\nA b. C"))


# A call among the arguments runs the same site with another receiver
# type: the function read at the lookup is the one called.
def nested(x, depth):
    if depth == 0:
        return x.count(1)
    return x.count(nested([1, 1] if depth % 2 else (1, 0, 0), depth - 1))


print(nested([0, 1, 2, 0], 1), nested([0, 1, 2, 0], 2), nested((2, 2, 0), 3))
