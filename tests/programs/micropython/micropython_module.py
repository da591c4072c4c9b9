import micropython
from micropython import const

X = const(42)
Y = micropython.const(2 * X)
print(X, Y)


@micropython.native
def add(a, b):
    return a + b


@micropython.viper
def mul(a: int, b: int) -> int:
    return a * b


print(add(2, 3), mul(4, 5))
print(micropython.opt_level())
micropython.opt_level(2)
print(micropython.opt_level())
micropython.alloc_emergency_exception_buf(100)
print(isinstance(micropython.stack_use(), int))
