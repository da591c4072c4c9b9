class Fail(Exception):
    pass


def inner(x):
    raise Fail("bad", x)


def outer():
    inner(3)


outer()
