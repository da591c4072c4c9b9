# return values: none, single, tuple, early return
def nothing():
    pass

def bare():
    return

def pair(a, b):
    return a, b

def first_negative(values):
    for v in values:
        if v < 0:
            return v
    return None

print(nothing(), bare(), pair(1, 2))
print(first_negative([3, 1, -4, -1]), first_negative([1, 2]))

def describe(n):
    if n % 2 == 0:
        return "even"
    return "odd"

print(describe(4), describe(7))
a, b = pair("x", [1])
print(a, b)
