# `self.m(...)` inside a method of C, where C's body defines m, enters m's
# native entry after checking that the loaded callable is exactly that
# function with self. Overrides in subclasses, instance attributes, class
# attributes rebound later, classmethods and staticmethods all take the
# generic path and behave as before; errors keep their tracebacks.
class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def describe(self):
        return "area " + str(self.area())

    def half(self):
        return self.area() / 2

    def depth(self, n):
        if n == 0:
            return 0
        return self.depth(n - 1) + 1

    def ratio(self):
        return self.w / self.h

    def checked_ratio(self):
        return self.ratio() * 1.0

    @classmethod
    def square(cls, s):
        return cls(s, s)

    @staticmethod
    def unit():
        return 1

    def both(self):
        return self.square(3).area() + self.unit()


class Tri(Shape):
    def area(self):
        return Shape.area(self) / 2


s = Shape(3, 4)
t = Tri(3, 4)
print(s.describe(), t.describe(), s.half(), t.half())
print(s.depth(50), s.both(), t.both())
try:
    s.depth(10 ** 6)
except RuntimeError as e:
    print("RuntimeError:", e)
s.area = lambda: "instance"
print(s.describe(), Shape(1, 1).describe())
Shape.area = lambda self: "rebound"
print(Shape(2, 2).describe())
setattr(Shape, "area", lambda self: -1)
print(Shape(2, 2).half())
z = Shape(1, 0)
print(Shape(1, 4).checked_ratio())
z.checked_ratio()
