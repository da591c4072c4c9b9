# A function with a native entry is also reachable as a value: through map()
# (kr_call into its generic entry, which unpacks the slots and boxes a float
# result), stored in a list, called with keywords or with defaults, and as a
# bound method's function. All paths give the same results.
def area(w, h):
    return w * h * 0.5


def norm(x, y):
    return (x * x + y * y) ** 0.5


def mid(a, b=10.0):
    return (a + b) / 2.0


def twice(v):
    return v + v


class Box:
    pass


print(area(3.0, 4.0), area(3, 4))
print(list(map(area, [1.0, 2.0], [3.0, 5.0])))
fns = [norm, area]
print([f(3.0, 4.0) for f in fns])
print(norm(3.0, 4.0), norm(x=3.0, y=4.0), norm(3.0, y=4.0))
print(mid(2.0), mid(2.0, 4.0), mid(b=0.0, a=1.0))
print(twice(1.5), twice("ab"), twice([1]), twice(2 ** 70))
Box.twice = twice
print(Box().twice is not None)
g = area
print(g(1.5, 2.0), g is area, area.__name__)
print(sorted([2.5, 0.5, 1.5], key=twice))
