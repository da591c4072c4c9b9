# Attribute sites outside loops of the module body take a one-branch fast
# path whose failed checks read a stand-in object (EmitAttribute.cpp,
# emitFlatAttrLoad and emitFlatAttrStore); functions keep the branchy form.
# Every kind of receiver must get the ordinary semantics through the runtime
# call in both.
import sys


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


class A:
    def __init__(self):
        self.x = 1


class B:
    x = "class attribute"


class Getter:
    def __getattr__(self, name):
        return "computed " + name


class Prop:
    @property
    def x(self):
        return "property"

    @x.setter
    def x(self, v):
        print("setter", v)


class Err(Exception):
    pass


class Later:
    pass


a = A()
print(get_x(a), get_x(a))
print(get_x(B()), get_x(B), get_x(Getter()), get_x(Prop()))
e = Err("boom")
e.x = 5
print(get_x(e))
for bad in (None, 7, "s", [1], sys):
    try:
        get_x(bad)
    except AttributeError as exc:
        print("AttributeError", type(bad).__name__)

set_x(a, 10)
set_x(a, 11)
print(a.x)
set_x(Prop(), 3)
set_x(e, 6)
print(e.x)
set_x(B, "changed")
print(B.x, get_x(B()))
for bad in (None, 7, "s", [1]):
    try:
        set_x(bad, 1)
    except AttributeError:
        print("AttributeError on store", type(bad).__name__)

# The cached entry removed, the instance without a dict at first.
del a.x
try:
    get_x(a)
except AttributeError:
    print("deleted")
set_x(a, 12)
print(get_x(a), a.__dict__)
l = Later()
print(hasattr(l, "x"))
set_x(l, "later")
print(get_x(l), l.__dict__)


# The same receivers at sites of the module body outside loops (the
# one-branch form).
print(a.x, B().x, B.x, Getter().x, Prop().x, e.x)
a.x = 20
Prop().x = 4
e.x = 7
print(a.x, e.x)
try:
    None.x
except AttributeError:
    print("AttributeError None")
try:
    (5).x = 1
except AttributeError:
    print("AttributeError on store int")
del a.x
try:
    a.x
except AttributeError:
    print("deleted again")
a.x = 30
print(a.x, a.__dict__)
