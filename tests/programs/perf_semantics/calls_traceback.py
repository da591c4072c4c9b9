# Exceptions raised inside functions called through their native entries
# (float parameters and results passed unboxed): tracebacks name every frame
# with its line, handlers in the caller see the exception, and a float
# function that fails does not hand a value back.
def ratio(x, y):
    return x / y


def scaled(x, y):
    r = ratio(x, y)
    return r * 2.0


def total(n):
    t = 0.0
    for i in range(n):
        t = t + scaled(1.0, 3.0 - i)
    return t


def checked(n):
    try:
        return total(n)
    except ZeroDivisionError as e:
        print("caught:", e)
        return -1.0


print(total(3))
print(checked(2))
print(checked(5))
print(total(10))
