# Instances of plain classes are allocated together with their attribute
# dict; the dict must still behave as an object of its own.
import gc


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Empty:
    pass


class NoAttrs:
    def __init__(self):
        pass


def dict_of_dead_instance():
    p = P(1, [2, 3])
    return p.__dict__


d = dict_of_dead_instance()
junk = [P(i, str(i)) for i in range(3000)]
junk = None
gc.collect()
for i in range(2000):
    P(i, i)
gc.collect()
print(sorted(d.items()))

p = P("a", "b")
p.z = 5
for i in range(10):
    setattr(p, "n%d" % i, i)
del p.x
print(len(p.__dict__), p.y, p.z, p.n9, "x" in p.__dict__)
print(hasattr(Empty(), "x"), NoAttrs().__dict__, Empty().__dict__)
q = P(1, 2)
q.__dict__["w"] = 3  # as MicroPython: __dict__ is a copy
print(hasattr(q, "w"), sorted(q.__dict__))
print(P(1, 2).__dict__ == P(1, 2).__dict__, P(1, 2) is P(1, 2))
objs = [P(i, -i) for i in range(500)]
gc.collect()
print(sum(o.x + o.y * 2 for o in objs), len({id(o) for o in objs}))
