# @extern declarations call C library functions directly; the annotations
# give the C types (int is C int; c_long, c_size_t, c_float... name others).
from krait import extern

@extern
def abs(x: int) -> int: ...

@extern
def labs(x: c_long) -> c_long: ...

@extern
def strlen(s: str) -> c_size_t: ...

@extern
def atoi(s: str) -> int: ...

@extern
def sqrt(x: float) -> float: ...

@extern
def toupper(c: int) -> int: ...

@extern
def getenv(name: str) -> str: ...

@extern
def sqrtf(x: c_float) -> c_float: ...

print(abs(-5), labs(-(1 << 20)), strlen("hello"), atoi("123"), sqrt(2.0), chr(toupper(ord("q"))))
print(getenv("KRAIT_SURELY_UNSET_VAR"), sqrtf(16))
print(abs.__name__)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    abs(1 << 70)
except OverflowError as e:
    print("OverflowError:", e)
try:
    strlen(3)
except TypeError as e:
    print("TypeError:", e)
