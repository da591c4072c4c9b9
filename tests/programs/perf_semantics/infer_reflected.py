# The numeric closure (float OP object is a float) does not hold when a class
# defines a reflected or forward arithmetic method: `float * obj` then returns
# whatever __rmul__ returns, even in code whose other operand is a float.
class Tag:
    def __rmul__(self, other):
        return "rmul(%s)" % other

    def __add__(self, other):
        return "add(%s)" % other


def scale(k, o):
    return k * o


def shift(o, k):
    return o + k


print(scale(2.0, 3))
print(scale(2.0, 1.5))
print(scale(2.0, True))
print(scale(2.0, Tag()))
print(shift(4, 0.5))
print(shift(Tag(), 0.5))
