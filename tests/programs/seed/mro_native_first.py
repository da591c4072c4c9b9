"""
Seed: Method Resolution Order (MRO) is not compliant with CPython (depth first).
"""


class Foo:
    def __str__(self):
        return "Foo"


class C(tuple, Foo):
    pass


t = C((1, 2, 3))
print(t)
