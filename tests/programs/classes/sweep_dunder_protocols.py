# __call__, __getattr__, __setattr__, __delattr__, __repr__, __str__, __len__,
# __bool__, __contains__, __iter__/__next__, __getitem__/__setitem__/__delitem__.
class Box:
    def __init__(self, *items):
        object.__setattr__(self, "items", list(items))
        object.__setattr__(self, "log", [])

    def __call__(self, x):
        return x in self.items

    def __getattr__(self, name):
        return "missing:" + name

    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

    def __repr__(self):
        return "Box(%r)" % (self.items,)

    def __str__(self):
        return "box of %d" % len(self)

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return bool(self.items)

    def __contains__(self, x):
        return x in self.items

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]


b = Box(1, 2, 3)
print(b(2), b(9), b.nothing)
b.extra = 5
print(b.extra)
del b.extra
print(b.extra, b.log)
print(repr(b), str(b), len(b), bool(b), bool(Box()))
print(2 in b, 7 not in b)
b[0] = 10
del b[1]
print(b[0], b[-1], b[0:2], b)
print([x for x in b])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(4)), sum(Countdown(5)), max(Countdown(3)))
a, b2, c = Countdown(3)
print(a, b2, c)
