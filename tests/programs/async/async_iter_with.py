# async for and async with inside asyncio tasks.
import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i == self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False


async def use(name, fail):
    async with Resource(name) as r:
        if fail:
            raise ValueError(name)
        return r.name + " used"


async def main():
    async for i in Ticker(3):
        print("tick", i)
    async for i in Ticker(5):
        if i == 2:
            break
    else:
        print("not reached")
    print("broke at", i)
    async for i in Ticker(0):
        print("never")
    else:
        print("empty ticker, else runs")
    print(await use("r1", False))
    try:
        await use("r2", True)
    except ValueError as e:
        print("ValueError", e)
    async with Resource("a") as a, Resource("b") as b:
        print("both", a.name, b.name)


asyncio.run(main())
