# At run time the krait module's decorators return the function itself, so
# a library module also runs as an ordinary program.
import krait
from krait import export, extern


@export
def add(a: int, b: int) -> int:
    return a + b


@krait.export
def greet(name: str) -> str:
    return "hi " + name


@extern
def abs(x: int) -> int: ...


print(add(2, 3), greet("there"))
print(add.__name__, greet.__name__)
print(export(len) is len, extern(print) is print)
print(abs(-4))
try:
    export()
except TypeError:
    print("TypeError")
