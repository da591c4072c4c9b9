class R:
    def __repr__(self):
        return "R()"


class S(R):
    def __str__(self):
        return "an S"


print(R(), repr(R()), str(R()))
print(S(), repr(S()), str(S()))
print([R(), S()])
print(f"{S()} {S()!r}")
print("%s %r" % (S(), S()))


# MicroPython: str() falls back to __repr__ only when no native base prints
# the instance first.
class E(Exception):
    def __repr__(self):
        return "E-repr"


e = E(1, 2)
print(str(e), repr(e))


class Foo:
    def __repr__(self):
        return "Foo"


class C(tuple, Foo):
    pass


print(C((1,)), repr(C((1,))))
