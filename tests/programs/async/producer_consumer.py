# A producer and two consumers coordinated with Event and Lock.
import asyncio

queue = []
ready = asyncio.Event()
lock = asyncio.Lock()
consumed = []


async def producer(n):
    for i in range(n):
        async with lock:
            queue.append(i)
        ready.set()
        await asyncio.sleep_ms(2)
    queue.append(None)
    queue.append(None)
    ready.set()


async def consumer(name):
    while True:
        await ready.wait()
        async with lock:
            if not queue:
                ready.clear()
                continue
            item = queue.pop(0)
        if item is None:
            return name + " finished"
        consumed.append(item)
        await asyncio.sleep(0)


async def main():
    results = await asyncio.gather(consumer("c1"), consumer("c2"), producer(6))
    print(results)
    print(sorted(consumed))


asyncio.run(main())
