# A class with only forward arithmetic methods (__add__, __mul__, __iadd__)
# keeps `float OP object` a float (float's operator runs first and the
# object has no reflected method: a float or TypeError), but not
# `object OP float`, which calls the class's method.
class Acc:
    def __init__(self):
        self.parts = []

    def __add__(self, other):
        return "add(%s)" % other

    def __iadd__(self, other):
        self.parts.append(other)
        return self

    def __mul__(self, other):
        return ["mul", other]


def left(k, o):
    return k + o, k * o


def right(o, k):
    return o + k, o * k


def grow(o, k):
    o += k
    return o


print(left(1.5, 2), left(1.5, 0.5))
try:
    left(1.5, Acc())
except TypeError:
    print("TypeError")
print(right(2, 1.5), right(Acc(), 1.5))
print(grow(1, 0.5), grow(Acc(), 0.25).parts)
