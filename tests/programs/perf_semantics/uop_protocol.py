# Operators on user instances: the guarded direct call of a class's operator
# method keeps the whole protocol (NotImplemented, the right operand's
# reflected method, a subclass's reflected method first, ints and floats
# mixed with instances, in-place forms), every site run in a loop so the
# cached path is taken after the first pass.


class V:
    def __init__(self, x):
        self.x = x

    def __sub__(self, o):
        if isinstance(o, V):
            return V(self.x - o.x)
        if isinstance(o, (int, float)):
            return V(self.x - o)
        return NotImplemented

    def __mul__(self, k):
        return V(self.x * k)

    def __repr__(self):
        return "V(%r)" % (self.x,)


class R:
    # Only the reflected form: `V - R` asks V.__sub__ (NotImplemented) first.
    def __rsub__(self, o):
        return "R.__rsub__(%r)" % (o,)


class SubV(V):
    # A subclass of the left operand's class with its own reflected method:
    # asked before V.__sub__ (CPython's rule; MicroPython's docs are silent).
    def __rsub__(self, o):
        return "SubV.__rsub__(%r)" % (o,)


class Plain(V):
    # A subclass without a reflected method of its own: V.__sub__ as usual.
    pass


class Declines(V):
    def __rsub__(self, o):
        return NotImplemented


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


for i in range(3):
    print(i, sub(V(5), V(2)), sub(V(5), 2), sub(V(5), 0.5), sub(V(1), R()))
    print(i, sub(V(1), SubV(3)), sub(V(1), Plain(3)), sub(V(1), Declines(4)))
    print(i, sub(10, 3), sub(1.5, 0.25), sub(2 ** 70, 1), mul("ab", 2), mul(V(2), 1.5))
    print(i, sub(Plain(7), V(1)), sub(SubV(7), 1))
    try:
        sub(V(1), "s")
    except TypeError as e:
        print(i, "TypeError:", e)
    try:
        sub(3, V(1))
    except TypeError as e:
        print(i, "TypeError:", e)
    try:
        sub(V(None), V(1))
    except TypeError:
        print(i, "TypeError inside __sub__")
