# A complex value anywhere in the program (a literal here) turns the numeric
# closure off: `float * object` may be a complex.
def scale(k, o):
    return k * o


def first(k, o):
    return k + o


print(scale(2.0, 3))
print(scale(2.0, 1j))
print(first(0.5, 2j))
print(scale(2.0, 0.25))
