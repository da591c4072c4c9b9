# A Lock handed to a waiter that is cancelled before it runs passes on.
import asyncio


async def taker(lock, name, log):
    try:
        async with lock:
            log.append(name + " has it")
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(name + " cancelled")


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    t1 = asyncio.create_task(taker(lock, "t1", log))
    t2 = asyncio.create_task(taker(lock, "t2", log))
    await asyncio.sleep(0)
    lock.release()  # handed to t1, which has not run yet
    t1.cancel()
    await asyncio.gather(t1, t2)
    print(log, lock.locked())


asyncio.run(main())
