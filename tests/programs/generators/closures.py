def make(step):
    def gen(n):
        i = 0
        while i < n:
            yield i * step
            i += 1
    return gen

print(list(make(3)(4)))

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    while count < 3:
        yield inc()

print(list(counter()))

class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = kids
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()

t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t.walk()))

def args_gen(a, b=2, *rest, key="k", **kw):
    yield a
    yield b
    yield rest
    yield key
    yield sorted(kw.items())

print(list(args_gen(1, 5, 6, 7, key="x", z=1)))
print(list(args_gen(0)))
