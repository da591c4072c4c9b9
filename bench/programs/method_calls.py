# method_calls: many small method calls: plain methods, methods inherited
# through a class hierarchy, super() chains, overridden methods dispatched
# through a base-class loop, bound methods stored and called later, and
# property getters. Prints the final accumulators.
import sys


class Counter:
    def __init__(self):
        self.value = 0

    def bump(self, k):
        self.value = (self.value + k) % 1000003
        return self

    def get(self):
        return self.value


class Shape:
    def __init__(self, size):
        self.size = size

    def area(self):
        return 0

    def scaled_area(self, k):
        return self.area() * k

    def describe(self):
        return 1


class Square(Shape):
    def area(self):
        return self.size * self.size

    def describe(self):
        return super().describe() + 2


class Rect(Square):
    def __init__(self, size, other):
        super().__init__(size)
        self.other = other

    def area(self):
        return self.size * self.other

    def describe(self):
        return super().describe() * 3


class Triangle(Shape):
    def area(self):
        return self.size * self.size // 2

    @property
    def half(self):
        return self.size // 2


class Chain:
    def a(self, x):
        return self.b(x + 1)

    def b(self, x):
        return self.c(x * 2)

    def c(self, x):
        return self.d(x - 3)

    def d(self, x):
        return x % 1009


def run(n):
    counter = Counter()
    shapes = [Square(3), Rect(2, 5), Triangle(7), Shape(1)]
    chain = Chain()
    bump = counter.bump
    area_total = 0
    chain_total = 0
    described = 0
    halves = 0
    for i in range(n):
        shape = shapes[i & 3]
        area_total += shape.scaled_area(i & 7)
        described += shape.describe()
        chain_total += chain.a(i)
        bump(i & 15).bump(1)
        if i % 4 == 2:
            halves += shape.half
    return area_total, described, chain_total, counter.get(), halves


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500000
print("area=%d described=%d chain=%d counter=%d halves=%d" % run(n))
