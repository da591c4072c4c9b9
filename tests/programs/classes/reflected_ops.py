class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.c + o.c)
        if isinstance(o, int):
            return Money(self.c + o)
        return NotImplemented

    def __radd__(self, o):
        print("radd")
        return self + o

    def __rsub__(self, o):
        return Money(o - self.c)


print((Money(1) + Money(2)).c, (Money(1) + 5).c, (5 + Money(1)).c, (10 - Money(3)).c)
print(sum([Money(1), Money(2), Money(3)]).c)
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
