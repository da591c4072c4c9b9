# functions with many positional parameters and defaults
def eight(a, b, c, d, e, f, g, h):
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h

print(eight(1, 1, 1, 1, 1, 1, 1, 1), eight(8, 7, 6, 5, 4, 3, 2, 1))

def mixed(a, b=1.5, c="s", d=None, e=(1, 2)):
    return [a, b, c, d, e]

print(mixed(0))
print(mixed(0, 2, "t"))
print(mixed(0, 2, "t", [], ()))

def no_params():
    return "none"

print(no_params())
