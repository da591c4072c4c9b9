# Complex parameters and results typed by the whole-program inference:
# complex(a, b) calls, abs(z) of a complex, and a function whose call sites
# pass complex and float values (so its parameter stays untyped).
def escape(c, limit):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return i
    return limit


def grid(w):
    total = 0
    for y in range(w):
        for x in range(w):
            total += escape(complex(2.0 * x / w - 1.5, 2.0 * y / w - 1.0), 30)
    return total


def scale(z):
    return z * 2


print(grid(20))
print(escape(complex(0.25, 0.5), 50), escape(complex(1, 1), 50))
print(scale(1 + 2j), scale(1.5), scale(3))
print(abs(complex(3, 4)), complex("1+2j"), complex())
