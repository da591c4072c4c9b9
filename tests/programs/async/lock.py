# Lock: mutual exclusion, handed to waiters in order; async with.
import asyncio


async def critical(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.005)
        log.append(name + " out")


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    print(await lock.acquire())
    print(lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    log = []
    await asyncio.gather(*[critical(lock, n, log) for n in "abc"])
    for line in log:
        print(line)
    print(lock.locked())

    # A waiter cancelled while queued does not keep the lock.
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    lock.release()
    print("after cancelled waiter:", lock.locked())


asyncio.run(main())
