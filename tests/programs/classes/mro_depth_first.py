class A:
    def who(self):
        return "A"


class B(A):
    pass


class C(A):
    def who(self):
        return "C"


class D(B, C):
    pass


# MicroPython resolves depth first: D, B, A, C.
print(D().who())
