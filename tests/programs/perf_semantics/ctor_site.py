# Constructor call sites allocate the instance and call __init__ directly
# while the callee is the class they saw and no class changed: __init__
# rebound later, the global rebound to another class (one with __new__) or
# a function, __init__ returning a value, keyword and wrong-count calls, and a
# class whose name is also bound to something else in a loop.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)


class Q:
    def __init__(self, a, b):
        self.sum = a + b

    def __repr__(self):
        return "Q(%r)" % (self.sum,)


def make(a, b):
    return P(a, b)


def make_q(a, b):
    return Q(a, b)


def new_init(self, x, y):
    self.x = x * 100
    self.y = y * 100


def bad_init(self, x, y):
    return 42


class WithNew:
    def __new__(cls, x, y):
        return "from __new__"


for step in range(6):
    for i in range(2):
        try:
            print(step, i, make(i, 1.5), make_q(i, 2), make_q("a", "b"))
        except TypeError as e:
            print(step, i, "TypeError:", e)
    if step == 0:
        P.__init__ = new_init
    elif step == 1:
        P.__init__ = bad_init
    elif step == 2:
        P.__init__ = new_init
        Q = WithNew
    elif step == 3:
        Q = P
    elif step == 4:
        P = lambda a, b: ("function", a, b)

try:
    Q(1)
except TypeError:
    print("TypeError: wrong count")
print(Q(y=1, x=2))
