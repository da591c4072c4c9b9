# obj.m(args) enters a compiled method directly when self and the arguments
# fill its parameters exactly; defaults, *args, keyword-only parameters,
# generators, closures and deep recursion must behave as through a call.


def make_method(k):
    def m(self, x):
        return (k, self.v, x)  # a closure: the function object carries k

    return m


class A:
    def __init__(self, v):
        self.v = v

    def exact(self, a, b):
        return a + b + self.v

    def defaults(self, a, b=10):
        return a + b

    def star(self, *args):
        return len(args)

    def kwonly(self, a, *, k=5):
        return a * k

    def gen(self, n):
        for i in range(n):
            yield i * self.v

    def many(self, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o):
        return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o

    def more(self, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q):
        return a + q

    def down(self, n):
        return 0 if n == 0 else 1 + self.down(n - 1)

    closure = make_method("k")


a = A(1)
print(a.exact(2, 3), a.defaults(1), a.defaults(1, 2), a.star(), a.star(1, 2, 3))
print(a.kwonly(2), a.kwonly(2, k=3), list(a.gen(4)), a.closure(7))
print(a.many(*range(15)), a.many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15))
print(a.more(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17))
print(a.down(200))
try:
    a.exact(1)
except TypeError:
    print("TypeError: too few")
try:
    a.exact(1, 2, 3)
except TypeError:
    print("TypeError: too many")
try:
    a.down(100000)
except RuntimeError:
    print("RuntimeError: recursion")


# The method replaced by one with a different arity between calls at one
# site, and by a built-in function.
class B:
    def m(self, x):
        return "one %s" % x


b = B()
out = []
for step in range(4):
    try:
        out.append(b.m(step))
    except TypeError:
        out.append("TypeError")
    if step == 0:
        B.m = lambda self, x, y=1: "two %s %s" % (x, y)
    elif step == 1:
        B.m = lambda self: "none"
    elif step == 2:
        B.m = staticmethod(abs)
print(out)
