# A method load skips the instance dict when the program never stores an
# instance attribute of that name (no `x.name = ...`, `del x.name`,
# setattr(), vars(), __dict__, eval/exec): `area` here. `label` is also
# stored on an instance, so its loads still look in the instance dict
# first. Subclasses, classes made at run time, inherited methods and
# methods reached through the class stay correct.
class Shape:
    def __init__(self, w):
        self.w = w

    def area(self):
        return self.w * self.w

    def label(self):
        return "shape"


class Wide(Shape):
    def area(self):
        return 2 * Shape.area(self)


class Same(Shape):
    pass


def make_class(k):
    class Made(Shape):
        def area(self):
            return k * self.w

    return Made


def areas(shapes):
    return [s.area() for s in shapes]


def labels(shapes):
    return [s.label() for s in shapes]


shapes = [Shape(2), Wide(2), Same(3), make_class(10)(1), make_class(20)(1)]
print(areas(shapes))
print(labels(shapes))
# An instance attribute named `label` set later shadows the method.
shapes[2].label = lambda: "instance"
print(labels(shapes))
# More classes made after the sites were filled.
shapes.append(make_class(30)(2))
print(areas(shapes), Shape.area(shapes[1]))
# A method that is not a function of the class: an AttributeError.
try:
    Shape(1).missing()
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).area()
except AttributeError as e:
    print("AttributeError:", e)
