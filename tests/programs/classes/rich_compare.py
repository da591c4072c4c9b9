class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, V) and self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __le__(self, other):
        return self.v <= other.v


a, b, c = V(1), V(2), V(1)
print(a == c, a == b, a != b, a != c)
print(a < b, b < a, a <= c, b > a, a > b, b >= a)
print(a == 1, 1 == a)
print(sorted([V(3), V(1), V(2)])[0].v)
print(max([V(3), V(5), V(2)]).v)
print(V(2) in [V(1), V(2)])
