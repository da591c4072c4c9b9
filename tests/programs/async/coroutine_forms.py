import asyncio


class Base:
    async def greet(self, who):
        await asyncio.sleep(0)
        return "hello " + who


class Child(Base):
    async def greet(self, who):
        r = await super().greet(who)
        return r.upper()

    @staticmethod
    async def static_coro(x):
        return x * 2

    @classmethod
    async def cls_coro(cls):
        return cls.__name__


def make_counter():
    count = 0

    async def bump(n):
        nonlocal count
        for _ in range(n):
            await asyncio.sleep(0)
            count += 1
        return count

    return bump


async def with_finally(log):
    try:
        await asyncio.sleep(0)
        return "from try"
    finally:
        await asyncio.sleep(0)
        log.append("finally awaited")


async def deco_target(x):
    return x + 1


def logged(fn):
    async def wrapper(*args, **kw):
        print("calling", fn.__name__)
        return await fn(*args, **kw)

    return wrapper


@logged
async def decorated(a, *, b=2):
    await asyncio.sleep(0)
    return a * b


async def main():
    print(await Child().greet("bob"))
    print(await Child.static_coro(21), await Child().cls_coro())
    bump = make_counter()
    print(await asyncio.gather(bump(2), bump(3)))
    log = []
    print(await with_finally(log), log)
    print(await decorated(5, b=3))
    coros = [deco_target(i) for i in range(3)]
    print([await deco_target(i) for i in range(3) if await deco_target(i) != 2])
    print({k: await deco_target(k) for k in "ab" if k} if False else {await deco_target(1)})
    print([[await deco_target(x * y) for x in range(2)] for y in range(1, 3)])
    total = 0
    for c in coros:
        total += await c
    print(total)
    lam = lambda: deco_target(41)
    print(await lam())


asyncio.run(main())
