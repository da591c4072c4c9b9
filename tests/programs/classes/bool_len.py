class Empty:
    def __len__(self):
        return 0


class Full:
    def __len__(self):
        return 3


class Flag:
    def __init__(self, f):
        self.f = f

    def __bool__(self):
        return self.f

    def __len__(self):
        return 0


print(len(Full()), bool(Empty()), bool(Full()), bool(Flag(True)), bool(Flag(False)))
if Full() and not Empty():
    print("truthy ok")
print(bool(object()), not Flag(False))
try:
    len(object())
except TypeError as e:
    print("TypeError:", e)
