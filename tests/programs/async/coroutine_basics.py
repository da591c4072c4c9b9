async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    print('x', x)
    return x * 10

c = main()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print('done', e.value)

class Yielder:
    def __iter__(self):
        v = yield 'first'
        print('got', v)
        return 5

class AwaitOnly:
    def __await__(self):
        yield 'aw'
        return 7

async def f():
    r = await Yielder()
    s = await AwaitOnly()
    return r + s

g = f()
print(g.send(None))
print(g.send('hello'))
try:
    g.send(None)
except StopIteration as e:
    print('ret', e.value)

class ARange:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class Mgr:
    async def __aenter__(self):
        print('enter')
        return 'val'
    async def __aexit__(self, t, v, tb):
        print('exit', t)
        return True

async def g2():
    async for i in ARange(3):
        print('i', i)
    else:
        print('else')
    async with Mgr() as m:
        print('m', m)
        raise ValueError(1)
    print('after')
    for i in range(2):
        async with Mgr():
            break
    return 'end'

c = g2()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
