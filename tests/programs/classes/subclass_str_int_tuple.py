class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("bob")
print(n, n.shout(), len(n), n + "by", n == "bob", isinstance(n, str))


class Num(int):
    def double(self):
        return self * 2


x = Num(21)
print(x, x.double(), x + 1, x > 20, isinstance(x, int))


class Pair(tuple):
    def first(self):
        return self[0]


p = Pair((1, 2))
print(p, p.first(), len(p), p[1], list(p))
