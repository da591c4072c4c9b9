# A class attribute named like float-stored instance attributes, a property,
# and __getattr__ keep the attribute names `object`.
class Base:
    w = 5

    @property
    def area(self):
        return "computed"


class Dyn:
    def __getattr__(self, name):
        return "dyn-" + name


class P:
    def __init__(self):
        self.w = 2.0
        self.area = 1.5
        self.u = 0.5


def get_w(o):
    return o.w


def get_u(o):
    return o.u


print(get_w(P()), get_w(Base()), Base().area)
print(get_u(P()), get_u(Dyn()))
