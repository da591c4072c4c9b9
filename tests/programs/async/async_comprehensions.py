# async for in list, set and dict comprehensions.
import asyncio


class ARange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    print([x async for x in ARange(4)])
    print([x async for x in ARange(6) if x % 2])
    print({x % 3 async for x in ARange(7)} == {0, 1, 2})
    print({x: await double(x) async for x in ARange(3)})
    print([(x, y) async for x in ARange(2) for y in "ab"])
    print([(x, y) for x in "ab" async for y in ARange(2)])
    print([[y async for y in ARange(x)] async for x in ARange(3)])
    try:
        [x async for x in [1, 2]]
    except AttributeError:
        print("AttributeError: a list has no __aiter__")


asyncio.run(main())
