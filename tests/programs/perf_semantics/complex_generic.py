# Only exact complex values are unboxed: a subclass of complex may override
# its operators and attributes, and values the inference cannot prove
# (parameters, items, call results) take the runtime's path. Boxes of unboxed
# values are made once per value, so identity holds.


class C(complex):
    def __mul__(self, other):
        return "C.__mul__"

    def __add__(self, other):
        return "C.__add__"


class R(complex):
    @property
    def real(self):
        return "R.real"


def subclasses():
    c = C(1, 2)
    z = 1j
    print(c * z, c + z, c * 2.0)
    print(type(c - z).__name__, c - z)
    w = z * 2 + 1
    print(w * c, w - c, type(w - c).__name__)
    r = R(3, 4)
    print(r.real, r.imag, abs(r))
    print(isinstance(c, complex), type(c) is complex)


def mixed_with_objects(a, b):
    z = 2 - 1j
    return z * a + b, a / z, z == a


def identity():
    z = (1 + 1j) * (1 - 1j)
    items = [z, z, z]
    print(items[0] is items[1], items[1] is items[2], z is items[0])
    d = {z: "two"}
    print(d[2], d[2 + 0j], z == 2, hash(z) == hash(2))
    w = -z
    t = (w, w)
    print(t[0] is t[1], w)


def loop_box(n):
    # The box made for a list in one iteration is not reused by the next.
    out = []
    z = 0j
    for i in range(n):
        z = z + 1j
        out.append(z)
        out.append(z)
    print(out, out[0] is out[1], out[1] is out[2])


def escapes():
    z = 0.5 + 0.5j
    f = lambda: z * 2  # captured: a cell, not an SSA value
    z = z * z
    print(f(), z)


subclasses()
print(mixed_with_objects(3, 1.5))
print(mixed_with_objects(1j, 1j))
print(mixed_with_objects(2 - 1j, 0))
identity()
loop_box(3)
escapes()
try:
    mixed_with_objects("x", 1)
except TypeError as e:
    print("TypeError")
