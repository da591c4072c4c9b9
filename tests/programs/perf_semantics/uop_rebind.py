# The cached operator method follows the class: rebinding, deleting or
# replacing it (a lambda), adding an in-place method later, and a subclass
# overriding it. Each site runs in a loop.


class P:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return P(self.v + o.v)

    def __repr__(self):
        return "P(%d)" % self.v


class Q(P):
    def __add__(self, o):
        return "Q.__add__"


def add(a, b):
    return a + b


def add_in_place(a, b):
    a += b
    return a


def times_ten(self, o):
    return P((self.v + o.v) * 10)


for step in range(5):
    for i in range(2):
        try:
            print(step, i, add(P(1), P(2)), add(Q(1), P(2)), add_in_place(P(3), P(4)))
        except TypeError as e:
            print(step, i, "TypeError:", e)
    if step == 0:
        P.__add__ = times_ten
    elif step == 1:
        P.__iadd__ = lambda self, o: "P.__iadd__"
    elif step == 2:
        del P.__iadd__
        P.__add__ = lambda self, o: P(-1)
    elif step == 3:
        del P.__add__
