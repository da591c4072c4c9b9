# Event: wait blocks until set; set wakes every waiter.
import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.01)
    print("setting")
    ev.set()
    print(ev.is_set())
    await asyncio.gather(*tasks)
    # Already set: wait returns at once.
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(waiter(ev, "w4"))
    await asyncio.sleep(0.01)
    print("w4 still waiting:", not t.done())
    ev.set()
    await t
    print("w4 done:", t.done())


asyncio.run(main())
