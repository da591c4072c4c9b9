# Truth of an instance without __bool__ comes from its class's __len__, also
# when the class subclasses a built-in container with its own count.
class L(list):
    def __len__(self):
        return 0


class D(dict):
    def __len__(self):
        return 0


class B(list):
    def __bool__(self):
        return True


class Plain(list):
    pass


for obj in [L([1]), D(a=1), B(), Plain(), Plain([1])]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
