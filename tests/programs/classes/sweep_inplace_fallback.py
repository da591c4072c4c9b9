# In-place operators fall back to the plain ones; reflected ops on mixed types.
class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "N(%d)" % self.v

    def __sub__(self, o):
        return N(self.v - (o.v if isinstance(o, N) else o))

    def __rsub__(self, o):
        return N(o - self.v)

    def __mul__(self, o):
        return N(self.v * o)

    def __imul__(self, o):
        self.v *= o
        return self

    def __lt__(self, o):
        return self.v < o.v

    def __gt__(self, o):
        return self.v > o.v


a = N(10)
b = a
a -= 3
print(a, b, a is b)
a = b
a *= 4
print(a, b, a is b)
print(20 - N(5), N(5) - N(2))
print(N(1) < N(2), N(3) > N(2), N(2) > N(3))
print(sorted([N(3), N(1), N(2)]), max([N(3), N(9), N(2)]), min(N(4), N(0)))


x = [1]
y = x
x += [2]
print(x, x is y)
s = "ab"
t = s
s += "c"
print(s, t)
tup = (1,)
tup += (2,)
print(tup)
try:
    n = N(1)
    n += 1
except TypeError:
    print("TypeError: no __add__ or __iadd__")
