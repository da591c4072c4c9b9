# super().m(...) call sites remember the function the super lookup found
# (per start class, while no class changes): a base's method rebound later,
# a method added to an intermediate class, explicit super(C, obj) with
# different classes at one site, and classmethods and staticmethods reached
# through super (which keep the general path).


class Base:
    def describe(self):
        return "Base"

    def total(self, a, b):
        return a + b

    @classmethod
    def kind(cls):
        return "kind of " + cls.__name__

    @staticmethod
    def helper(x):
        return x * 2


class Middle(Base):
    pass


class Leaf(Middle):
    def describe(self):
        return "Leaf<" + super().describe() + ">"

    def total(self, a, b):
        return super().total(a, b) * 10

    def extras(self):
        return super().kind(), super().helper(21)


def explicit(cls, obj):
    return super(cls, obj).describe()


leaf = Leaf()
for step in range(4):
    for i in range(2):
        try:
            print(step, i, leaf.describe(), leaf.total(i, 2), leaf.extras())
            print(step, i, explicit(Leaf, leaf), explicit(Middle, leaf))
        except AttributeError:
            print(step, i, "AttributeError")
    if step == 0:
        Base.describe = lambda self: "Base2"
    elif step == 1:
        Middle.describe = lambda self: "Middle"
    elif step == 2:
        del Middle.describe
        del Base.describe
        print(Leaf().total(1, 1))

try:
    explicit(Base, leaf)
except AttributeError:
    print("AttributeError")
