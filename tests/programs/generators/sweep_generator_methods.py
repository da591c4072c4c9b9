# Generators as methods, with closures, pipelines, and early close.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()

    def __iter__(self):
        return self.walk()


t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), [v * 10 for v in t])


def numbers():
    n = 0
    while True:
        yield n
        n += 1


def take(n, it):
    for i, v in enumerate(it):
        if i == n:
            return
        yield v


def evens(it):
    return (v for v in it if v % 2 == 0)


print(list(take(5, evens(numbers()))))


def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


g = with_cleanup()
print(next(g))
g.close()
print(list(with_cleanup()))


def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


acc = accumulate()
next(acc)
acc.send(5)
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
