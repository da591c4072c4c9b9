# A `**` that may make a complex (a base not proven non-negative) keeps the
# numeric closure when its result is only formatted, compared, printed or
# returned to such uses: the complex can never meet `float OP object`.
def root(x):
    return x ** 0.5


def scale(k, o):
    return k * o


print("%.3f" % root(2.25))
try:
    print("%.3f" % root(-4.0))
except TypeError:
    print("TypeError")
print(abs(root(-4.0)), root(-4.0) == root(-4.0), root(9.0) == 3.0)
print(scale(2.0, 3), scale(0.5, 0.5), scale(2.0, True))
