# Call sites that disagree on an argument's type (int/float, a float subclass
# that overrides its operators, a bool) leave the parameter untyped.
class F(float):
    def __add__(self, other):
        return "F.add"


def add1(x):
    return x + 1.0


def half(x):
    return x / 2


print(add1(1.5))
print(add1(F(2.0)))
print(half(1), half(2.5), half(True))


def gen(x):
    yield x * 2.0
    yield x + 1


print(list(gen(1.5)))


def only_floats(a, b):
    return a * b + a / b


print(only_floats(3.0, 2.0), only_floats(-0.0, 1.0))
try:
    only_floats(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
