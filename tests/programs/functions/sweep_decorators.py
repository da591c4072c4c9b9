# Decorators with and without arguments, stacked, on functions and classes.
def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args)
        return fn(*args, **kw)

    return wrapper


def times(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]

        return wrapper

    return deco


@trace
def add(a, b):
    return a + b


@times(3)
def hello(name):
    return "hi " + name


@trace
@times(2)
def two(x):
    return x * 2


print(add(1, 2))
print(hello("bob"))
print(two(5))

registry = []


def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls


def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls

    return deco


@register
@with_tag("t1")
class A:
    pass


print(registry, A.registered, A.tag)


class B:
    @staticmethod
    @times(2)
    def s(x):
        return -x


print(B.s(4), B().s(1))
