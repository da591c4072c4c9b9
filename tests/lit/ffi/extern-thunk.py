# An @extern declaration becomes a thunk that converts the arguments and
# calls the C function directly, with C's argument types and extensions.
# RUN: %krait build %s -o %t
# RUN: %t | FileCheck %s --check-prefix=OUT
from krait import extern

@extern
def toupper(c: int) -> int: ...

@extern
def strtol(s: str, end: c_void_p, base: int) -> c_long: ...

@extern
def isdigit(c: c_uint8) -> c_int32: ...

# OUT: A 255 True False
print(chr(toupper(ord("a"))), strtol("ff", 0, 16), isdigit(ord("7")) != 0, isdigit(ord("x")) != 0)
