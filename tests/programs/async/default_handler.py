# Without a handler, an unretrieved task exception is printed to stderr.
import asyncio


async def bad():
    raise ValueError("nobody awaits me")


async def main():
    asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    print("main still runs")


asyncio.run(main())
