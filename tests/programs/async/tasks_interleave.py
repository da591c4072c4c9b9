# Tasks interleave at each await; await on a task returns its value.
import asyncio


async def worker(name, n, delay):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(delay)
    return name + " done"


async def main():
    t1 = asyncio.create_task(worker("a", 3, 0.1))
    t2 = asyncio.create_task(worker("b", 2, 0.15))
    print(t1.done(), t2.done())
    print(await t1)
    print(await t2)
    print(t1.done(), t2.done())
    # Awaiting a finished task again gives the same value.
    print(await t1)
    r = await asyncio.gather(worker("c", 1, 0), worker("d", 1, 0))
    print(r)
    print(await asyncio.gather())
    return 42


print(asyncio.run(main()))
