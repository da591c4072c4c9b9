# Keyword arguments, keyword-only parameters, *args, **kwargs and defaults together.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=0))
print(f(c=1, a=2))
args = (10, 20, 30)
kw = {"c": 40, "z": 50}
print(f(*args, **kw))
print(f(0, *[1, 2], 3, *(4,), c=5, **{"y": 6}))


def only_kw(*, x, y=1):
    return x + y


print(only_kw(x=1), only_kw(y=5, x=1))


def collect(*args, **kwargs):
    return args, kwargs


print(collect())
print(collect(1, (2, 3), k=[4]))
print(collect(*"ab", **dict(one=1)))
