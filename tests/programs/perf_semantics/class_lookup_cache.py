# The runtime caches class attribute lookups; every way of changing a class
# must still be seen by the next lookup, on instances and in loops.


class A:
    def m(self):
        return "A.m"

    def n(self):
        return "A.n"


class B(A):
    pass


class C(B):
    def n(self):
        return "C.n"


b = B()
c = C()
results = []
for step in range(4):
    results.append((b.m(), c.m(), c.n()))
    if step == 0:
        B.m = lambda self: "B.m"  # rebinding in a middle class
    elif step == 1:
        A.m = lambda self: "A.m2"  # the base changes, B still wins
    elif step == 2:
        del B.m  # the base's new method shows through again
print(results)

# An instance attribute shadows a method, and deleting it unshadows.
b.m = lambda: "instance"
print(b.m())
del b.m
print(b.m())

# Monkey-patching with a plain function and with setattr.
def patched(self, k):
    return k * 2


setattr(A, "twice", patched)
print(c.twice(21))
delattr(A, "twice")
try:
    c.twice(1)
except AttributeError:
    print("AttributeError after delattr")


# A property replaced by a plain value, then a plain value by a property.
class P:
    def __init__(self):
        self._x = 3

    @property
    def x(self):
        return self._x * 10


p = P()
vals = [p.x]
P.x = 5
vals.append(p.x)
p.x = 7
vals.append(p.x)
del p.x
P.x = property(lambda self: -1)
vals.append(p.x)
try:
    p.x = 1
except AttributeError:
    vals.append("read-only")
print(vals)


# __getattr__ only for missing attributes, also after the class gains one.
class G:
    def __getattr__(self, name):
        return name + "?"


g = G()
print(g.foo, end=" ")
G.foo = "class attr"
print(g.foo, end=" ")
del G.foo
print(g.foo)


# __setattr__ added and removed after instances exist.
class S:
    pass


s = S()
s.a = 1


def hook(self, name, value):
    print("hook", name, value)


S.__setattr__ = hook
s.a = 2
del S.__setattr__
s.a = 3
print(s.a)


# Special methods looked up by the operator slots follow class changes too.
class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return N(self.v + other.v)

    def __repr__(self):
        return "N(%d)" % self.v


total = N(0)
for i in range(1, 4):
    total = total + N(i)
    if i == 2:
        N.__add__ = lambda self, other: N(self.v * 100 + other.v)
print(total)
N.__repr__ = lambda self: "<N %d>" % self.v
print(total)

# Classes made in a loop: each has its own attributes even if a collected
# class's memory is reused for the next one.
made = []
for i in range(50):

    class K:
        tag = i

        def get(self):
            return self.tag

    made.append(K().get())
    del K
print(sum(made), made[:5])

# Built-in types' methods: found by name every time, bound to the right object.
words = ["b", "a"]
for w in ("c", "d"):
    words.append(w)
print(words, "xy".upper(), {1, 2}.union({3}), (1 + 2j).real)
