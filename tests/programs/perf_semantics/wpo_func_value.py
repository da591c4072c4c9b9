# A function used as a value (passed, stored, returned) may be called with
# any arguments: its parameters are not typed from its direct calls.
def sq(x):
    return x * x


def apply(fn, v):
    return fn(v)


def pick():
    return sq


print(sq(1.5))
print(apply(sq, 3))
print(apply(sq, "ab" if False else 4))
table = {"sq": sq}
print(table["sq"](7))
print(pick()(2 ** 40))
print([sq(0.5), sq(2)])


def cube(x):
    return x * x * x


ops = [cube]
print(cube(0.5), ops[0](3))


def kw(a, b):
    return a - b


print(kw(1.5, 0.5), kw(b=1, a=10))


def defaults(a, b=2.0):
    return a * b


print(defaults(1.5), defaults(1.5, 3))
