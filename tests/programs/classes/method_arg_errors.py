class C:
    def m(self, a):
        return a


try:
    C().m()
except TypeError as e:
    print(e)
try:
    C().m(1, 2)
except TypeError as e:
    print(e)


class NoInit:
    pass


# MicroPython: without __init__ (and a native base) the arguments are ignored.
print(type(NoInit(1, x=2)).__name__)
