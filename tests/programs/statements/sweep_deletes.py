# del of names, items, slices and attributes.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"], d["c"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)


class O:
    pass


o = O()
o.attr = 5
o.other = 6
del o.attr
print(hasattr(o, "attr"), o.other)
try:
    del o.attr
except AttributeError:
    print("AttributeError")


def f():
    y = 2
    del y
    try:
        return y
    except NameError:
        return "local deleted"


print(f())
a, b = 1, 2
del (a, b)
print("a" in globals(), "b" in globals())
