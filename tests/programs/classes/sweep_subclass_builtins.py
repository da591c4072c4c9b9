# Subclassing built-in types: list, dict, str, int, tuple.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), isinstance(s, list), sum(s))


class DefaultDict(dict):
    def __missing__(self, key):
        return "default"

    def get2(self, k):
        return self[k] if k in self else None


d = DefaultDict(a=1)
d["b"] = 2
print(sorted(d.items()), d.get2("a"), d.get2("zz"), len(d))


class Shout(str):
    def shout(self):
        return self.upper() + "!"


w = Shout("hey")
print(w.shout(), w + " you", len(w), isinstance(w, str), w == "hey")


class Money(int):
    def __str__(self):
        return "$" + str(self + 0)


m = Money(5)
print(str(m), m + 3, m * 2, isinstance(m, int))


class Pair(tuple):
    def first(self):
        return self[0]


p = Pair((7, 8))
print(p, p.first(), len(p), p + (9,))
