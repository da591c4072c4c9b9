# obj.m(args) looks the method up before the arguments are evaluated and
# calls a plain method with self prepended, without a bound method. What the
# attribute is (instance attribute, class function, staticmethod,
# classmethod, property, built-in method, module function) decides the call.


class K:
    def m(self, x):
        return "old %s" % x


k = K()


def rebind():
    K.m = lambda self, x: "new %s" % x
    return 1


print(k.m(rebind()))  # looked up before rebind() ran
print(k.m(2))


def noisy():
    print("argument evaluated")
    return 0


try:
    k.missing(noisy())
except AttributeError as e:
    print(e)


class S:
    def __init__(self):
        self.f = lambda x: ("instance", x)

    def f(self, x):
        return ("method", x)

    def g(self, x, y=10, *, z=100):
        return x + y + z

    @staticmethod
    def st(x):
        return ("static", x)

    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)

    @property
    def prop(self):
        return lambda x: ("from property", x)


class T(S):
    def g(self, x, y=1, *, z=2):
        return ("T.g", super().g(x, y, z=z))


s, t = S(), T()
print(s.f(1), t.f(2))
del s.f
print(s.f(3))
print(s.g(1), s.g(1, 2), s.g(1, z=3), s.g(1, y=5, z=6), t.g(1), t.g(1, y=2, z=3))
print(s.st(4), t.cm(5), s.prop(6))
try:
    s.g()
except TypeError:
    print("TypeError: missing argument")


# One call site, many receivers.
import math


class Str:
    def upper(self):
        return "user upper"


def call_upper(o):
    return o.upper()


print([call_upper(o) for o in ["abc", Str(), b"xy", Str()]])


def call_sqrt(o):
    return o.sqrt(16)


print(call_sqrt(math))

lst = []
for i in range(5):
    lst.append(i * i)
d = {}
d.setdefault("a", []).append(1)
print(lst, lst.pop(), lst.index(4), d, "a,b".split(","), "-".join(["x", "y"]))


# Methods of classes with a native base go to the native sub-object.
class MyList(list):
    def total(self):
        return sum(self)


ml = MyList([1, 2, 3])
ml.append(4)
print(ml.total(), len(ml), ml.count(2))


# Calling a non-callable attribute, a class attribute that is a class, a
# method replaced by an instance attribute inside the loop.
class U:
    value = 3
    Inner = K


u = U()
try:
    u.value()
except TypeError:
    print("TypeError: not callable")
print(type(u.Inner()).__name__)

results = []
for i in range(4):
    results.append(k.m(i))
    if i == 1:
        k.m = lambda x: "shadow %s" % x
    if i == 2:
        del k.m
print(results)


# Chained calls, nested calls, generators and exceptions through methods.
class Chain:
    def __init__(self, n):
        self.n = n

    def inc(self):
        return Chain(self.n + 1)

    def gen(self, k):
        for i in range(k):
            yield self.inc().inc().n + i

    def fail(self):
        raise ValueError("fail %d" % self.n)


print(Chain(0).inc().inc().inc().n, list(Chain(5).gen(3)))
try:
    Chain(9).inc().fail()
except ValueError as e:
    print(e)
bound = Chain(1).inc  # a bound method still, when not called at once
print(bound().n, bound().inc().n)
