# A function rebound from another function through `global` is not stable:
# calls of it must reach the new value, and its old parameter/return types
# must not be assumed for the new one.
def f(x):
    return x + 1.0


def use(v):
    return f(v)


def swap():
    global f

    def g(x):
        return "g" + str(x)

    f = g


print(use(1.0))
swap()
print(use(2.0))
print(use(3))
