class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + o)


a = Acc()
b = a
a += 1
a += 2
print(a is b, b.items)
n = Num(1)
m = n
n += 5
print(n is m, n.v, m.v)
