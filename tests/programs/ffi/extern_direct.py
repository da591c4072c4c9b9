# Calls of @extern declarations compile to guarded direct C calls (small
# ints, floats, str and bytes converted inline). Every other case falls back
# to the generic call and keeps Python's meaning: a rebound name, other
# argument types, ints beyond the small-int or 64-bit range, keyword calls,
# the extern used as a value.
from krait import extern

@extern
def abs(x: int) -> int: ...

@extern
def llabs(x: c_int64) -> c_int64: ...

@extern
def strlen(s: str) -> c_size_t: ...

@extern
def sqrt(x: float) -> float: ...

@extern
def strtoull(s: str, end: c_void_p, base: int) -> c_uint64: ...

@extern
def memchr(s: bytes, c: int, n: c_size_t) -> c_void_p: ...


def magnitudes(values):
    out = []
    for v in values:
        out.append(abs(v))
    return out


def roots(values):
    return [sqrt(v) for v in values]


def call_abs(x):
    return abs(x)


def safe(f, x):
    try:
        return f(x)
    except TypeError as e:
        return "TypeError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)


def lengths(x):
    try:
        return strlen(x)
    except TypeError as e:
        return "TypeError: " + str(e)


def scaled_abs(x):
    try:
        return abs(x * 1.5)
    except TypeError as e:
        return "TypeError: " + str(e)


def gen(values):
    for v in values:
        yield abs(v)


class Meter:
    def distance(self, a, b):
        return abs(a - b)


# Small ints and bools inline; truncation to the C int as the thunk does.
print(magnitudes([-3, 4, 0, True, False, -(1 << 20)]))
print(abs((1 << 32) - 5), abs(1 << 40), call_abs(-(1 << 31) + 1))
# 64-bit results beyond the small-int range, and unsigned ones beyond 2**63.
print(llabs(-(1 << 62)), llabs(-7), strtoull("18446744073709551615", 0, 10))
print(roots([4, 2.25, True, 1 << 70]))
print(strlen("héllo"), lengths(""), lengths(b"bytes"), lengths(3))
print(memchr(b"abc", ord("c"), 3) != 0, memchr(b"abc", ord("z"), 3))
print(memchr(bytearray(b"xyz"), ord("y"), 3) != 0)
print(list(gen([-1, -2])), Meter().distance(3, 10), scaled_abs(2))

# Errors come from the generic call, as before.
print(safe(abs, 1 << 70))
print(safe(abs, "x"))
print(safe(sqrt, "x"))
print(safe(call_abs, None))
print(safe(call_abs, 2.5))

# The extern as a value, and called with keywords.
f = abs
print(f(-2), list(map(abs, [-1, 2, -3])), sorted([3, -5, 1], key=abs), abs(x=-4))
try:
    abs(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    call_abs()
except TypeError as e:
    print("TypeError:", e)

# Rebinding the name: call sites see the new value.
print(call_abs(-9))
saved = abs
abs = lambda x: "rebound %d" % x
print(call_abs(-9), magnitudes([1]))
abs = 5
print(safe(call_abs, 1))


def restore():
    global abs
    abs = saved


restore()
print(call_abs(-9), abs.__name__)
