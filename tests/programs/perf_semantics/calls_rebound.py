# A module-level function that can be rebound is not a stable function: its
# call sites check the callee before entering its native entry directly and
# fall back to the generic call otherwise. After the rebinding the new
# function runs; exceptions raised in either path reach the caller's handler.
def f(x):
    return float(x) * 2.5


def g(x):
    return x - 1


def inv(x):
    return 1.0 / float(x)


def use(n):
    t = 0.0
    for i in range(n):
        t = t + f(i)
    return t


def safe_inv(x):
    try:
        return inv(x)
    except ZeroDivisionError as e:
        return str(e)


def rebind():
    global f, inv
    f = g
    inv = lambda x: "lambda " + str(x)


print(use(4), safe_inv(4), safe_inv(0))
rebind()
print(use(4), safe_inv(4), safe_inv(0))
f = abs
print(use(4))
try:
    f = None
    use(1)
except TypeError as e:
    print("TypeError")
