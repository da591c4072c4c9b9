class Single:
    inst = None

    def __new__(cls, v):
        print("new", cls.__name__, v)
        if cls.inst is None:
            cls.inst = super().__new__(cls)
        return cls.inst

    def __init__(self, v):
        print("init", v)
        self.v = v


a = Single(1)
b = Single(2)
print(a is b, a.v)


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(Other())
