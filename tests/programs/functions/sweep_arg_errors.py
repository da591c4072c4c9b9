# Argument errors raise TypeError with MicroPython's wording.
def f(a, b, *, c):
    pass


def g(x, y=1):
    pass


def h(**kw):
    pass


for call in (
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, c=4),
    lambda: f(1, 2, c=3, d=4),
    lambda: f(1, 2, a=1, c=3),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, z=2),
    lambda: h(1),
):
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
