class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)))
for i in Countdown(2):
    print(i)
a, b = Countdown(2)
print(a, b)
print(sum(Countdown(4)), sorted(Countdown(3)))


class Bag:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


print([x * 2 for x in Bag(1, 2, 3)], 2 in Bag(1, 2), 5 in Bag(1, 2))
it = iter(Countdown(1))
print(next(it))
try:
    next(it)
except StopIteration:
    print("stopped")
