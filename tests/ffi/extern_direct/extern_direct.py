# @extern calls inside compiled functions: each call site checks that the
# global is still the extern's function object, converts small ints, floats,
# bools, str and bytes inline and calls the C function directly; other
# argument types take the generic call, which converts or raises as before.
from krait import extern

@extern
def weigh(a: c_int8, x: float, b: c_uint16, y: c_float, c: c_int64) -> float: ...

@extern
def sum_range(a: c_int64, b: c_int64) -> c_int64: ...

@extern
def flag_count(a: bool, b: bool, c: bool) -> int: ...

@extern
def text_length(s: str) -> c_size_t: ...

@extern
def checksum(data: bytes, n: c_size_t) -> c_uint32: ...

@extern
def low_byte(v: c_uint32) -> c_uint8: ...

@extern
def min_int32() -> c_int32: ...

@extern
def max_uint32() -> c_uint32: ...

@extern
def square64(v: c_int64) -> c_int64: ...

@extern
def max_uint64() -> c_uint64: ...

@extern
def offset_ptr(p: c_void_p, by: c_long) -> c_void_p: ...

@extern
def is_null(p: c_void_p) -> bool: ...


def floats():
    total = 0.0
    for i in range(4):
        total = total + weigh(i, 0.5 * i, 3, 0.25, -1)
    # ints, bools and big ints where a float is expected
    print(total, weigh(-2, 3, 2, True, 10), weigh(1, 1 << 70, 0, 0.0, 0) == 2.0**70)


def ints():
    acc = 0
    for i in range(10):
        acc += sum_range(i, 10)
    print(acc, sum_range(-5, 5), sum_range(1 << 40, (1 << 40) + 2))
    # truncation to the C width, as the thunk does (300 -> 44)
    print(low_byte(300), low_byte(-1), low_byte(True))
    print(min_int32(), max_uint32(), max_uint64())
    # results past the small-int range
    print(square64(3037000499), square64(-(1 << 31)))


def flags():
    print(flag_count(True, False, None), flag_count(0, 7, -1), flag_count(1 < 2, 2.5, 0.0))
    # truth values of other objects come from the generic call
    print(flag_count([], [1], ""), flag_count("x", (), {1: 2}))


def text():
    n = 0
    for word in ("alpha", "be", "", "δ"):
        n += text_length(word)
    print(n, text_length(None), text_length("x" * 1000))
    data = b"hello, world"
    print(checksum(data, len(data)), checksum(None, 0), checksum(bytearray(b"abc"), 3))
    print(checksum(memoryview(b"abcdef")[1:4], 3) == checksum(b"bcd", 3))


def pointers():
    p = offset_ptr(0x1000, 0x20)
    print(hex(p), is_null(0), is_null(p), offset_ptr(0, 0))


def errors():
    for bad in (1.5, "3", None, [1]):
        try:
            sum_range(bad, 1)
        except TypeError as e:
            print("TypeError:", e)
    try:
        sum_range(1 << 64, 0)
    except OverflowError as e:
        print("OverflowError:", e)
    for bad in ("x", None, [2.0]):
        try:
            weigh(0, bad, 0, 0.0, 0)
        except TypeError as e:
            print("TypeError:", e)
    for bad in (b"bytes", 3, 1.0):
        try:
            text_length(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        checksum("text", 4)
    except TypeError as e:
        print("TypeError:", e)


floats()
ints()
flags()
text()
pointers()
errors()
