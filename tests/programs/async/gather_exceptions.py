# gather: results in argument order; return_exceptions keeps going.
import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    return v


async def boom(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(value(1, 0.02), value(2, 0.01), value(3, 0)))
    r = await asyncio.gather(value("a", 0), boom("x", 0.005), return_exceptions=True)
    print(r[0], type(r[1]).__name__, r[1])
    try:
        await asyncio.gather(value("b", 0.01), boom("first", 0))
    except ValueError as e:
        print("gather raised", e)
    t = asyncio.create_task(value("task", 0))
    print(await asyncio.gather(t, value("coro", 0)))


asyncio.run(main())
