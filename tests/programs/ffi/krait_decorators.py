# The krait module's decorators at run time: export returns the function
# itself; extern swaps a declaration for its compiled C binding.
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
print(add.__name__, greet.__name__, abs.__name__)
print(export(len) is len)
print(abs(-4))
try:
    export()
except TypeError:
    print("TypeError")
try:
    extern(print)
except TypeError as e:
    print("TypeError:", e)


def nested():
    @extern
    def labs(x: c_long) -> c_long: ...


try:
    nested()
except NotImplementedError as e:
    print("NotImplementedError:", e)
