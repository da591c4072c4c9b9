# globals() can rebind a function behind the compiler's back.
def area(r):
    return r * r * 3.0


def total(r):
    return area(r) + 1.0


print(total(2.0))
globals()["area"] = lambda r: 10
print(total(2.0))
g = globals()
g["area"] = lambda r: -1.5
print(total(2.0))
