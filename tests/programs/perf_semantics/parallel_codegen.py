# Code generation split into three partitions (--jobs=3, see .args): functions,
# methods, closures, generators, exceptions and constants end up in different
# partitions and must still reach each other; the imported modules (json and
# heapq, compiled from Python) are split too, and their locals must not collide
# with this module's at link time.
import heapq
import json

GREETING = "hello"
TABLE = {"a": 1, "b": 2.5, "c": [1, 2, 3]}


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def make_adder(k):
    def add(x):
        return x + k

    return add


def squares(n):
    for i in range(n):
        yield i * i


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return "%s with area %s" % (self.name, self.area())


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return round(3.14159 * self.r * self.r, 3)


def risky(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return 100 // x


def main():
    print(GREETING, fib(20))
    print(make_adder(5)(37), list(squares(6)))
    for shape in [Square(3), Circle(2), Shape("blob")]:
        print(shape.describe())
    for x in (5, 0, -1):
        try:
            print(risky(x))
        except ZeroDivisionError:
            print("zero")
        except ValueError as e:
            print("value error:", e)
    heap = []
    for v in [5, 1, 4, 2, 3]:
        heapq.heappush(heap, v)
    print([heapq.heappop(heap) for _ in range(5)])
    print(json.dumps(TABLE["c"]), json.loads("[1, 2.5]"))
    print(2**100 + fib(10), sorted(TABLE))


main()
