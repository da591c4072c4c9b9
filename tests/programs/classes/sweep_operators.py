# Arithmetic operators with reflected and in-place forms, unary operators,
# rich comparisons, __hash__ and __eq__.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "V(%s, %s)" % (self.x, self.y)

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return V(self.x + o, self.y + o)

    def __radd__(self, o):
        return V(o + self.x, o + self.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(k * self.x, k * self.y)

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)

    def __mod__(self, k):
        return V(self.x % k, self.y % k)

    def __pow__(self, k):
        return V(self.x**k, self.y**k)

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __neg__(self):
        return V(-self.x, -self.y)

    def __pos__(self):
        return self

    def __invert__(self):
        return V(~self.x, ~self.y)

    def __abs__(self):
        return (self.x**2 + self.y**2) ** 0.5

    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __le__(self, o):
        return abs(self) <= abs(o)

    def __and__(self, o):
        return V(self.x & o.x, self.y & o.y)

    def __or__(self, o):
        return V(self.x | o.x, self.y | o.y)

    def __xor__(self, o):
        return V(self.x ^ o.x, self.y ^ o.y)

    def __lshift__(self, k):
        return V(self.x << k, self.y << k)

    def __rshift__(self, k):
        return V(self.x >> k, self.y >> k)


a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, b - a, a * 3, 3 * a, b / 2, b // 2, b % 2, a**2)
c = a
c += b
print(c, a, c is a)
print(-a, +a, ~V(0, 1), abs(V(3, 4)))
print(a == V(4, 6), a != V(4, 6), a == 1, V(1, 1) < V(2, 2), V(1, 1) <= V(1, 1))
print(V(5, 5) > V(1, 1), V(1, 1) >= V(2, 2))
print(len({V(1, 2), V(1, 2), V(2, 1)}), {V(1, 2): "x"}[V(1, 2)])
print(V(6, 3) & V(3, 5), V(6, 3) | V(3, 5), V(6, 3) ^ V(3, 5), V(1, 2) << 2, V(8, 4) >> 1)
print(sorted([V(3, 4), V(1, 0), V(0, 2)]))
try:
    a @ b
except TypeError:
    print("TypeError for @")
try:
    "s" - a
except TypeError:
    print("TypeError for str - V")
