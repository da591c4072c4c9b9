# Python calls C (@extern) which calls back into the library: the nested
# calls' errors and results do not leak into the outer call's.
from krait import export, extern

@extern
def c_twice(n: int) -> int: ...

@extern
def c_describe(n: int) -> str: ...

@export
def square(n: int) -> int:
    if n < 0:
        raise ValueError("negative")
    return n * n

@export
def label(n: int) -> str:
    return "n=%d" % n

@export
def sum_of_twice(n: int) -> int:
    # c_twice calls square twice through the C entry point.
    return sum(c_twice(i) for i in range(n))

@export
def describe(n: int) -> str:
    return "<" + c_describe(n) + ">"
