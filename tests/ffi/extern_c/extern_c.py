# @extern declarations of C functions in helper.c, linked with --link.
from krait import extern

@extern
def add_ints(a: int, b: int) -> int: ...

@extern
def negate8(v: c_int8) -> c_int8: ...

@extern
def swap16(v: c_uint16) -> c_uint16: ...

@extern
def big_unsigned() -> c_uint64: ...

@extern
def mix(x: float, y: c_float, n: c_int64) -> c_double: ...

@extern
def half(x: c_float) -> c_float: ...

@extern
def is_positive(v: c_long) -> bool: ...

@extern
def count_byte(data: bytes, n: c_size_t, byte: int) -> c_size_t: ...

@extern
def shout(s: str) -> str: ...

@extern
def bump(by: int) -> None: ...

@extern
def counter_value() -> int: ...

@extern
def identity_ptr(p: c_void_p) -> c_void_p: ...

print(add_ints(40, 2), add_ints((1 << 32) + 5, 0), add_ints(-3, 1))
print(negate8(5), negate8(-128), swap16(0x1234), big_unsigned())
print(mix(1.5, 2.0, 10), half(3), half(True))
print(is_positive(5), is_positive(-(1 << 40)), is_positive(0))
data = b"abracadabra"
print(count_byte(data, len(data), ord("a")))
print(shout("hello"), shout(None))
for i in range(5):
    bump(i)
print(bump(0), counter_value())
print(identity_ptr(0x1000) == 0x1000)
for bad in ("x", 2.5, None):
    try:
        add_ints(bad, 1)
    except TypeError as e:
        print("TypeError:", e)
try:
    count_byte("str", 3, 0)
except TypeError as e:
    print("TypeError:", e)
