class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, y=0):
        return x + y + self.n


add = Adder(10)
print(add(1), add(1, 2), add(x=5, y=6))
print(callable(add), callable(Adder))
