# ThreadSafeFlag: wait() blocks until set() and consumes the flag.
import asyncio


async def waiter(flag, log):
    for i in range(2):
        await flag.wait()
        log.append("woke %d" % i)


async def main():
    flag = asyncio.ThreadSafeFlag()
    log = []
    t = asyncio.create_task(waiter(flag, log))
    await asyncio.sleep(0)
    log.append("set 1")
    flag.set()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append("set 2")
    flag.set()
    await t
    print(log)
    flag.set()
    flag.clear()
    try:
        await asyncio.wait_for(flag.wait(), 0.01)
    except asyncio.TimeoutError:
        print("cleared flag: wait timed out")
    flag.set()
    await flag.wait()
    print("already set: no wait")


asyncio.run(main())
