# wait_for: the value when in time, TimeoutError (and a cancelled task) when not.
import asyncio


async def slow(delay, value):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("slow", value, "cancelled")
        raise
    return value


async def fails():
    await asyncio.sleep(0)
    raise ValueError("bad")


async def main():
    print(await asyncio.wait_for(slow(0.005, "fast"), 1))
    try:
        await asyncio.wait_for(slow(1, "late"), 0.01)
    except asyncio.TimeoutError:
        print("timed out")
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(fails(), 1)
    except ValueError as e:
        print("ValueError:", e)
    print(await asyncio.wait_for(slow(0, "no timeout"), None))
    print(issubclass(asyncio.TimeoutError, Exception))


asyncio.run(main())
