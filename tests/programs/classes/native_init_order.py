class L1(list):
    def __init__(self, a):
        self.append(a)


try:
    L1(1)
    print("OK")
except AttributeError:
    print("AttributeError")


class L2(list):
    def __init__(self, a):
        super().__init__()
        self.append(a)


try:
    print(L2(1))
    print("OK")
except AttributeError:
    print("AttributeError")


class L3(list):
    def __init__(self, items):
        self.extra = 1


l3 = L3([5, 6])
print(l3, l3.extra)
