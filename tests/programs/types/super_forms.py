def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class A:
    def who(self):
        return "A"
    def greet(self, x):
        return "A" + str(x)
class B(A):
    def who(self):
        return "B>" + super().who()
    def greet(self, x):
        return "B" + super(B, self).greet(x + 1)
class C(B):
    def who(self):
        return "C>" + super().who()
print(C().who(), C().greet(1))
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L()
l.append(3)
l.append(4)
print(l, len(l))
class Init:
    def __init__(self, v):
        self.v = v
class Child(Init):
    def __init__(self):
        super().__init__(7)
print(Child().v)
try:
    super(B, B()).nothing()
except AttributeError:
    print("AttributeError")
