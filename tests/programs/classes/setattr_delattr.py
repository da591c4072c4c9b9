class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


o = Logged()
o.a = 5
print(o.a)
del o.a
print(hasattr(o, "a"))


class Plain:
    pass


p = Plain()
p.q = 1
del p.q
try:
    del p.q
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.nope
except AttributeError as e:
    print("AttributeError:", e)
