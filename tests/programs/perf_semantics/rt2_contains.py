# `x in c` / `x not in c` through the direct entry: built-in containers go
# straight to their lookups (user __eq__/__hash__ still run), everything else
# (subclasses, user __contains__, iteration) keeps the operator's rules.


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other.v if isinstance(other, Key) else other)
        return isinstance(other, Key) and self.v == other.v or other == self.v


class Boom:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise RuntimeError("no comparing")


def probe(needle, container):
    return needle in container, needle not in container


s = {1, 2, "a", (1, 2), 2 ** 70}
print(probe(1, s), probe(1.0, s), probe(True, s), probe(3, s))
print(probe("a", s), probe((1, 2), s), probe(2 ** 70, s), probe(-(2 ** 70), s))
print(probe(1, frozenset(s)), probe("b", frozenset()))
d = {1: "one", "k": 2, (3,): 3, 2.5: 4}
print(probe(1, d), probe(True, d), probe(2.5, d), probe((3,), d), probe("one", d))
print(probe("k", d.keys()), probe(2, d.values()), probe((1, "one"), d.items()))
lst = [1, "x", None, 2.0, [3]]
print(probe(2, lst), probe([3], lst), probe(None, lst), probe("y", lst))
print(probe(2, (1, 2)), probe(3, ()), probe("bc", "abcd"), probe(b"c", b"abc"))
print(probe(5, range(0, 10, 5)), probe(7, range(0, 10, 5)))

# User __eq__ and __hash__ decide.
ks = {Key(1), Key(2)}
print(probe(Key(2), ks))
print(probe(Key(5), [Key(4), Key(5)]))
print(probe(3, [Key(3)]))
kd = {Key("a"): 1}
print(probe(Key("a"), kd))

# Errors from hashing and comparing propagate.
for container in ({1}, {1: 1}, [Boom()], (Boom(),)):
    try:
        print([1] in container if not isinstance(container, (list, tuple))
              else 1 in container)
    except TypeError as e:
        print("TypeError:", e)
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)


# __eq__ that shrinks the list being searched.
class Shrink:
    def __eq__(self, other):
        del victim[:]
        return False


victim = [1, 2, 3, 4]
print(probe(Shrink(), victim), victim)


# Subclasses and user containers keep their own __contains__.
class EvenSet(set):
    def __contains__(self, x):
        return x % 2 == 0


class AllList(list):
    def __contains__(self, x):
        return True


class NoDict(dict):
    def __contains__(self, x):
        return False


class Bag:
    def __contains__(self, x):
        print("Bag.__contains__", x)
        return x  # truth of the result counts


class Walk:
    def __iter__(self):
        return iter([10, 20, 30])


print(probe(3, EvenSet([3])), probe(4, EvenSet()))
print(probe("z", AllList()), probe(1, NoDict({1: 1})))
print(probe(0, Bag()), probe("yes", Bag()))
print(probe(20, Walk()), probe(25, Walk()))


# In a search loop, as the n-queens benchmark uses it.
def count_free(n, taken):
    free = 0
    for c in range(n):
        if c in taken or c + 100 in taken or c - 100 in taken:
            continue
        free += 1
    return free


print(count_free(10, {1, 3, 105, -95}), count_free(4, set()), count_free(3, [0, 1]))
