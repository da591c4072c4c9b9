class A:
    def f(self):
        return "A.f"


class B(A):
    def f(self):
        return "B.f"


class C(B):
    def f(self):
        return "C.f " + super(B, self).f() + " " + super(C, self).f()


print(C().f())
