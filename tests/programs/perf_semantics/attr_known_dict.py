# Attribute loads in a loop start from the dict an earlier access to the same
# object in the same block found (EmitAttribute.cpp, knownInstanceDict). The
# object's entries may change in between; its type and dict do not.


class P:
    def __init__(self, x):
        self.x = x
        self.y = x * 10


class NoInit:
    pass


class Getter:
    def __getattr__(self, name):
        return name


def sums(objs):
    out = []
    for o in objs:
        a = o.x
        setattr(o, "grow%d" % len(out), 1)  # more entries: the dict may move its storage
        b = o.y
        out.append(a + b if type(a) is int else a + str(b))
    return out


print(sums([P(1), P(2), Getter(), P(3)]))


def deleted(objs):
    out = []
    for o in objs:
        a = o.x
        if a == 2:
            del o.y
        try:
            out.append(a + o.y)
        except AttributeError:
            out.append("no y")
    return out


print(deleted([P(1), P(2), P(3)]))


def fresh(n):
    out = []
    for i in range(n):
        o = NoInit()
        try:
            out.append(o.x if not isinstance(o, complex) else 0)
        except AttributeError:
            out.append("none")
        o.x = i
        o.y = -i
        out.append(o.x + o.y + o.x)
    return out


print(fresh(4))


def mixed(objs):
    t = []
    for o in objs:
        t.append(o.x if not isinstance(o, complex) else 0)
        t.append(o.imag if isinstance(o, complex) else o.y)
    return t


print(mixed([P(5), 1j, P(6)]))
