from krait import export

counter = 0

@export
def add(a: int, b: int) -> int:
    return a + b

@export
def scale(x: float, k: int) -> float:
    return x * k

@export
def greet(name: str) -> str:
    return "hello, " + name + "!"

@export
def is_even(n: int) -> bool:
    return n % 2 == 0

@export
def checksum(data: bytes) -> int:
    s = 0
    for b in data:
        s = (s * 31 + b) & 0xFFFF
    return s

@export
def reverse(data: bytes) -> bytes:
    return bytes(reversed(data))

@export
def bump() -> None:
    global counter
    counter += 1
    print("bumped to", counter)

@export
def div(a: int, b: int) -> int:
    return a // b

@export
def bad_result() -> int:
    return "oops"

from krait import extern

@extern
def labs(x: c_long) -> c_long: ...

@export
def magnitude(x: int) -> int:
    return labs(x)
