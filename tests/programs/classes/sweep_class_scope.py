# Class bodies: their names are not visible to methods; comprehensions in a
# class body; methods defined outside; class attributes referencing each other.
x = "global x"


class K:
    x = "class x"
    y = x + " then y"
    doubled = [n * 2 for n in range(3)]

    def get_x(self):
        return x

    def get_cls_x(self):
        return self.x


def outside(self):
    return "outside " + self.x


K.outside = outside
k = K()
print(K.y, K.doubled)
print(k.get_x(), k.get_cls_x(), k.outside())


def factory(tag):
    class Inner:
        label = tag

        def show(self):
            return "Inner " + self.label + " " + tag

    return Inner


A = factory("a")
B = factory("b")
print(A().show(), B().show(), A is B, A.__name__)


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances


print([Counter().id for _ in range(3)], Counter.instances)
