class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


print(list(Squares(4)))
for x in Squares(2):
    print(x)
print(9 in Squares(4), 10 in Squares(4))


class Callable:
    def __call__(self):
        return 1


class NotCallable:
    pass


print(callable(Callable()), callable(NotCallable()), callable(NotCallable))
