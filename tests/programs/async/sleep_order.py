# Sleeping tasks wake in deadline order; sleep(0) yields to the others.
import asyncio

log = []


async def sleeper(name, ms):
    await asyncio.sleep_ms(ms)
    log.append(name)


async def spinner(name, n):
    for i in range(n):
        log.append(name + str(i))
        await asyncio.sleep(0)


async def main():
    tasks = [asyncio.create_task(sleeper(n, ms)) for n, ms in (("c", 300), ("a", 100), ("b", 200))]
    await asyncio.gather(spinner("x", 3), spinner("y", 2))
    await asyncio.gather(*tasks)
    print(log)


asyncio.run(main())
