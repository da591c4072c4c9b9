# async for and async with inside coroutines defined by exec().
class Tick:
    def __iter__(self):
        yield "tick"

    __await__ = __iter__


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        await Tick()
        print("open", self.name)
        return self.name.upper()

    async def __aexit__(self, t, v, tb):
        await Tick()
        print("close", self.name, t.__name__ if t else None)
        return self.swallow


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


exec("""
async def main():
    total = 0
    async for v in Counter(3):
        total += v
    else:
        print("loop done", total)
    async for v in Counter(5):
        if v == 2:
            break
    async with Resource("a") as a, Resource("b") as b:
        print("using", a, b)
    async with Resource("quiet", swallow=True):
        raise KeyError("hidden")
    try:
        async with Resource("loud"):
            raise ValueError("shown")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with Resource("r%d" % i):
            if i == 1:
                return total
""")
print(run(main()))
