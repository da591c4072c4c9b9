def __helper(x):
    return x * 2


class Foo:
    def __init__(self):
        self.__secret = 1

    def use(self):
        return __helper(self.__secret)


f = Foo()
print(f.use(), f.__secret)
